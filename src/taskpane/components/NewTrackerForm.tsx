import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import { CrmError, Lang } from '../../core/errors';
import { BUILT_IN_TRACKERS, PERIOD_KINDS, PeriodKind, trackerFor, validateTracker } from '../../core/kpi';
import { inLanguage, TRACKER_WORDS } from '../../core/vocabulary';
import type { TrackerHost } from '../host/pane-host';
import { t } from '../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  year: { width: '7rem' },
  teams: { display: 'flex', flexDirection: 'column' },
});

type Notice = { intent: 'success' | 'error' | 'warning'; text: string } | null;

/** Makes a tracker from a built-in one: year, columns and teams; a sheet in Excel, a download in a browser. */
export function NewTrackerForm({
  lang,
  trackers,
  onWritten,
  initialTemplate,
}: {
  lang: Lang;
  trackers: TrackerHost;
  onWritten?: () => void;
  /** A built-in tracker chosen in the Templates gallery: the form opens on it, in view. */
  initialTemplate?: string;
}) {
  const styles = useStyles();
  const [templateId, setTemplateId] = React.useState(BUILT_IN_TRACKERS.find((x) => x.id === initialTemplate)?.id ?? BUILT_IN_TRACKERS[0].id);
  const section = React.useRef<HTMLElement>(null);
  React.useEffect(() => {
    // jsdom has no scrollIntoView; a browser scrolls the form into view.
    if (initialTemplate) section.current?.scrollIntoView?.({ block: 'start' });
  }, [initialTemplate]);
  const template = BUILT_IN_TRACKERS.find((x) => x.id === templateId)!;
  const [year, setYear] = React.useState(String(template.year));
  const [periods, setPeriods] = React.useState<PeriodKind>(template.periods);
  const [teams, setTeams] = React.useState<string[]>(template.teams.map((x) => x.id));
  const [progress, setProgress] = React.useState<number | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const id = React.useId();

  const choose = (next: string) => {
    const x = BUILT_IN_TRACKERS.find((y) => y.id === next)!;
    setTemplateId(next);
    setYear(String(x.year));
    setPeriods(x.periods);
    setTeams(x.teams.map((y) => y.id));
    setNotice(null);
  };
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : NaN;
  const yearOk = yearNumber >= 1901 && yearNumber <= 9998;
  const problem = !yearOk ? t(lang, 'badYear') : teams.length === 0 ? t(lang, 'pickTeam') : null;

  const make = async () => {
    if (problem) return;
    setNotice(null);
    const made = trackerFor(template, { year: yearNumber, periods, teams });
    const checked = validateTracker(made.tracker);
    if (!checked.ok) {
      setNotice({ intent: 'error', text: `${t(lang, 'trackerFailed')} ${inLanguage(checked.errors[0].text, lang)}` });
      return;
    }
    setProgress(0);
    try {
      const out = await trackers.generate(checked.tracker, lang, setProgress);
      const done = out.kind === 'sheet' ? t(lang, 'trackerWritten', { sheet: out.sheetName }) : t(lang, 'trackerDownloaded', { file: out.fileName });
      const emptied = made.emptied ? ` ${t(lang, 'emptiedYear', { sample: template.year, year: yearNumber })}` : '';
      setNotice({ intent: 'success', text: done + emptied });
      onWritten?.();
    } catch (e) {
      setNotice({ intent: 'error', text: `${t(lang, 'trackerFailed')} ${e instanceof CrmError ? e.localized(lang) : (e as Error).message}` });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section ref={section} className={styles.form} aria-labelledby={`${id}-heading`}>
      <Subtitle2 as="h2" id={`${id}-heading`}>
        {t(lang, 'newTracker')}
      </Subtitle2>
      <Field label={t(lang, 'trackerTemplate')}>
        <Dropdown value={inLanguage(template.title, lang)} selectedOptions={[templateId]} onOptionSelect={(_, d) => d.optionValue && choose(d.optionValue)}>
          {BUILT_IN_TRACKERS.map((x) => (
            <Option key={x.id} value={x.id}>
              {inLanguage(x.title, lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1>
        {t(lang, 'trackerKpis', { n: template.kpis.length, names: template.kpis.map((k) => inLanguage(k.name, lang)).join(lang === 'zh-CN' ? '、' : ', ') })}
      </Caption1>
      <div className={styles.row}>
        <Field label={t(lang, 'trackerYear')} validationState={yearOk ? 'none' : 'error'} validationMessage={yearOk ? undefined : t(lang, 'badYear')}>
          <Input className={styles.year} inputMode="numeric" value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field label={t(lang, 'trackerPeriods')}>
          <Dropdown
            value={inLanguage(TRACKER_WORDS[periods], lang)}
            selectedOptions={[periods]}
            onOptionSelect={(_, d) => d.optionValue && setPeriods(d.optionValue as PeriodKind)}
          >
            {PERIOD_KINDS.map((p) => (
              <Option key={p} value={p}>
                {inLanguage(TRACKER_WORDS[p], lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <fieldset className={styles.teams} style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend>{t(lang, 'trackerTeams')}</legend>
        {template.teams.map((x) => (
          <Checkbox
            key={x.id}
            label={inLanguage(x.name, lang)}
            checked={teams.includes(x.id)}
            onChange={(_, d) =>
              setTeams((now) => (d.checked ? template.teams.map((y) => y.id).filter((y) => y === x.id || now.includes(y)) : now.filter((y) => y !== x.id)))
            }
          />
        ))}
      </fieldset>
      {teams.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lang, 'pickTeam')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={problem !== null || progress !== null} onClick={() => void make()}>
          {t(lang, 'generateTracker')}
        </Button>
      </div>
      {progress !== null && <ProgressBar value={progress} />}
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
