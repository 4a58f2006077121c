import {
  Button,
  Caption1,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import * as React from 'react';
import { CrmError, type Lang, type Text } from '../../core/errors';
import { addKpi, changeKpi, freeKpiId, removeKpi, withActualsOf } from '../../core/kpi/edit';
import type { Tracker, TrackerKpi } from '../../core/kpi/model';
import { validateTracker } from '../../core/kpi/validate';
import type { TrackerWatch } from '../../core/sheet/tracker-watch';
import { inLanguage } from '../../core/vocabulary';
import type { TrackerHost } from '../host/pane-host';
import { t, withReason } from '../i18n';
import { NumberInput } from './NumberInput';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  kpi: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Notice = { intent: 'success' | 'error'; text: string } | null;

/** Targets of shares and of growth are typed in percent, as the sheet shows them. */
const percentOf = (k: TrackerKpi) => k.unit === 'percent' || k.direction === 'growth';
/** Only the pane's language changes: the other keeps what the tracker says in it. */
const withText = (x: Text, lang: Lang, value: string): Text => (lang === 'zh-CN' ? { ...x, zh: value } : { ...x, en: value });

/**
 * Edits a tracker that has a sheet: KPIs removed or added, targets, warning edges, owners and
 * actions changed; then the sheet is rewritten (Excel, after asking) or an edited workbook
 * downloads (browser). The actuals typed on the sheet are kept (core/kpi/edit.ts).
 */
export function TrackerEditor({ lang, trackers, watch, onDone }: { lang: Lang; trackers: TrackerHost; watch: TrackerWatch; onDone: () => void }) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Tracker>(() => JSON.parse(JSON.stringify(watch.tracker)) as Tracker);
  const [newName, setNewName] = React.useState('');
  const [confirming, setConfirming] = React.useState(false);
  const [progress, setProgress] = React.useState<number | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const inExcel = !trackers.watchFile;
  const checked = React.useMemo(() => validateTracker(withActualsOf(draft, watch.tracker)), [draft, watch.tracker]);
  const problems = checked.ok ? [] : checked.errors.map((e) => inLanguage(e.text, lang));

  const add = () => {
    const name = newName.trim();
    if (!name) return;
    const first = draft.kpis[0];
    setDraft(
      addKpi(draft, {
        id: freeKpiId(draft),
        name: { en: name, zh: name },
        unit: 'percent',
        direction: 'at-least',
        target: 0.9,
        warning: 0.85,
        review: draft.periods === 'month' ? 'monthly' : draft.periods === 'quarter' ? 'quarterly' : 'half-yearly',
        owner: first?.owner ?? { en: name, zh: name },
        action: first?.action ?? { en: name, zh: name },
      }),
    );
    setNewName('');
  };

  const write = async () => {
    setNotice(null);
    setProgress(0);
    try {
      const out = await trackers.rewrite(watch, draft, lang, setProgress);
      setNotice({
        intent: 'success',
        text: out.kind === 'sheet' ? t(lang, 'trackerRewritten', { sheet: out.sheetName }) : t(lang, 'trackerDownloaded', { file: out.fileName }),
      });
    } catch (e) {
      setNotice({ intent: 'error', text: withReason(lang, 'trackerFailed', e instanceof CrmError ? e.localized(lang) : (e as Error).message) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className={styles.editor} aria-label={t(lang, 'editorHeading', { title: inLanguage(watch.title, lang) })}>
      <Subtitle2 as="h4">{t(lang, 'editorHeading', { title: inLanguage(watch.title, lang) })}</Subtitle2>
      {draft.kpis.map((k) => {
        const name = inLanguage(k.name, lang);
        const pct = percentOf(k);
        const scale = pct ? 100 : 1;
        const numberLabel = (key: 'kpiTarget' | 'kpiWarning') => t(lang, pct ? (key === 'kpiTarget' ? 'kpiTargetPct' : 'kpiWarningPct') : key);
        // Typed in percent: 85.5 % is kept as 0.855, not 0.8550000000000001.
        const fromField = (v: number | null) => (v === null ? null : Math.round((v / scale) * 1e9) / 1e9);
        return (
          <Card key={k.id} className={styles.kpi} role="group" aria-label={name}>
            <div className={styles.head}>
              <strong>{name}</strong>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t(lang, 'removeKpi', { name })}
                onClick={() => setDraft(removeKpi(draft, k.id))}
              />
            </div>
            <div className={styles.pair}>
              {/* NumberInput wraps its input, so the field's label is also given as its name. */}
              <Field label={numberLabel('kpiTarget')}>
                <NumberInput
                  lang={lang}
                  percentField={pct}
                  aria-label={numberLabel('kpiTarget')}
                  value={Math.round(k.target * scale * 1e9) / 1e9}
                  onValue={(v) => {
                    const x = fromField(v);
                    if (x !== null) setDraft(changeKpi(draft, k.id, { target: x }));
                  }}
                />
              </Field>
              <Field label={numberLabel('kpiWarning')}>
                <NumberInput
                  lang={lang}
                  percentField={pct}
                  aria-label={numberLabel('kpiWarning')}
                  value={Math.round(k.warning * scale * 1e9) / 1e9}
                  onValue={(v) => {
                    const x = fromField(v);
                    if (x !== null) setDraft(changeKpi(draft, k.id, { warning: x }));
                  }}
                />
              </Field>
            </div>
            <Field label={t(lang, 'kpiOwner')}>
              <Input value={inLanguage(k.owner, lang)} onChange={(_, d) => setDraft(changeKpi(draft, k.id, { owner: withText(k.owner, lang, d.value) }))} />
            </Field>
            <Field label={t(lang, 'kpiAction')}>
              <Textarea
                resize="vertical"
                rows={3}
                value={inLanguage(k.action, lang)}
                onChange={(_, d) => setDraft(changeKpi(draft, k.id, { action: withText(k.action, lang, d.value) }))}
              />
            </Field>
          </Card>
        );
      })}
      <div className={styles.row}>
        <Field label={t(lang, 'newKpiName')} className={styles.grow}>
          <Input value={newName} onChange={(_, d) => setNewName(d.value)} />
        </Field>
        <Button disabled={newName.trim() === ''} onClick={add}>
          {t(lang, 'addKpi')}
        </Button>
      </div>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'editInvalid')}</MessageBarTitle>
            <ul className={styles.list}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!inExcel && <Caption1>{t(lang, 'editHintBrowser')}</Caption1>}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!checked.ok || progress !== null} onClick={() => (inExcel ? setConfirming(true) : void write())}>
          {inExcel ? t(lang, 'updateTracker', { sheet: watch.sheet }) : t(lang, 'downloadEdited')}
        </Button>
        <Button onClick={onDone}>{t(lang, 'closeEditor')}</Button>
      </div>
      {progress !== null && <ProgressBar value={progress} />}
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, 'confirmTrackerTitle')}</DialogTitle>
            <DialogContent>{t(lang, 'confirmTracker', { sheet: watch.sheet })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void write();
                }}
              >
                {t(lang, 'confirmUpdate')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t(lang, 'cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
