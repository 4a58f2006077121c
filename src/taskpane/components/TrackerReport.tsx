import { Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { CrmError, type Lang } from '../../core/errors';
import { columnsOf, periodLabel } from '../../core/kpi';
import type { TrackerWatch } from '../../core/sheet/tracker-watch';
import { inLanguage } from '../../core/vocabulary';
import type { TrackerHost } from '../host/pane-host';
import { t, withReason } from '../i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  // A long tracker title must not push the pane wider than 320 px.
  pick: { minWidth: 0, maxWidth: '100%' },
});

type Notice = { intent: 'success' | 'error'; text: string } | null;

/** The last period of the tracker anyone has typed an actual for (the one a report is usually wanted for), else its first. */
function latestFilled(w: TrackerWatch): number {
  const columns = columnsOf(w.tracker.periods);
  const filled = columns.filter((c) => w.tracker.teams.some((team) => Object.values(team.actuals).some((months) => months[c.endMonth - 1] !== null)));
  return (filled.at(-1) ?? columns[0]).endMonth;
}

/** "Export report": a tracker of the workbook (or opened file) and a period, as one printed page. */
export function TrackerReport({ lang, trackers, watches }: { lang: Lang; trackers: TrackerHost; watches: readonly TrackerWatch[] }) {
  const styles = useStyles();
  const [sheet, setSheet] = React.useState(watches[0].sheet);
  const chosen = watches.find((w) => w.sheet === sheet) ?? watches[0];
  const [endMonth, setEndMonth] = React.useState(() => latestFilled(chosen));
  const [progress, setProgress] = React.useState<number | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const id = React.useId();
  const columns = columnsOf(chosen.tracker.periods);
  // A tracker of other columns has no such period: fall back to its own latest.
  const column = columns.find((c) => c.endMonth === endMonth) ?? columns.find((c) => c.endMonth === latestFilled(chosen))!;
  const titleOf = (w: TrackerWatch) => t(lang, 'trackerTitle', { title: inLanguage(w.title, lang), year: w.year });

  const exportReport = async () => {
    setNotice(null);
    setProgress(0);
    try {
      const out = await trackers.report(chosen, column.endMonth, lang, setProgress);
      setNotice({
        intent: 'success',
        text: out.kind === 'sheet' ? t(lang, 'reportWritten', { sheet: out.sheetName }) : t(lang, 'downloaded', { file: out.fileName }),
      });
    } catch (e) {
      setNotice({ intent: 'error', text: withReason(lang, 'reportFailed', e instanceof CrmError ? e.localized(lang) : (e as Error).message) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <Subtitle2 as="h2" id={`${id}-heading`}>
        {t(lang, 'reportHeading')}
      </Subtitle2>
      <Caption1>{t(lang, 'reportHint')}</Caption1>
      <div className={styles.row}>
        {watches.length > 1 && (
          <Field label={t(lang, 'reportTracker')} className={styles.pick}>
            <Dropdown
              value={titleOf(chosen)}
              selectedOptions={[chosen.sheet]}
              onOptionSelect={(_, d) => {
                const next = watches.find((w) => w.sheet === d.optionValue);
                if (!next) return;
                setSheet(next.sheet);
                setEndMonth(latestFilled(next));
              }}
            >
              {watches.map((w) => (
                <Option key={w.sheet} value={w.sheet} text={titleOf(w)}>
                  {`${titleOf(w)} · ${w.sheet}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Field label={t(lang, 'reportPeriod')}>
          <Dropdown
            value={inLanguage(periodLabel(chosen.tracker.periods, column), lang)}
            selectedOptions={[String(column.endMonth)]}
            onOptionSelect={(_, d) => d.optionValue && setEndMonth(Number(d.optionValue))}
          >
            {columns.map((c) => (
              <Option key={c.endMonth} value={String(c.endMonth)}>
                {inLanguage(periodLabel(chosen.tracker.periods, c), lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" disabled={progress !== null} onClick={() => void exportReport()}>
          {t(lang, 'exportReport')}
        </Button>
      </div>
      {progress !== null && <ProgressBar value={progress} />}
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
