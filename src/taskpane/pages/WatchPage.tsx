import { Badge, Body1, Button, Caption1, Link, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import type { TrackerWatch, WatchAlert } from '../../core/sheet/tracker-watch';
import { inLanguage, KPI_STATUS } from '../../core/vocabulary';
import { TrackerEditor } from '../components/TrackerEditor';
import { TrackerReport } from '../components/TrackerReport';
import { NewTrackerForm } from '../components/NewTrackerForm';
import type { PaneHost } from '../host/pane-host';
import { t, reasonOf } from '../i18n';
import type { WatchState } from '../state/use-tracker-watch';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  tracker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  alerts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  alert: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  atRisk: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

function AlertItem({ alert, sheet, lang, host }: { alert: WatchAlert; sheet: string; lang: Lang; host: PaneHost }) {
  const styles = useStyles();
  const off = alert.status === 'offTrack';
  const select = host.trackers?.select;
  return (
    <li className={off ? styles.alert : `${styles.alert} ${styles.atRisk}`}>
      <div className={styles.head}>
        <Badge appearance="filled" color={off ? 'danger' : 'warning'}>
          {inLanguage(KPI_STATUS[alert.status], lang)}
        </Badge>
        <Body1>
          <strong>{inLanguage(alert.kpi, lang)}</strong>
        </Body1>
      </div>
      <Caption1>{t(lang, 'alertLine', { team: inLanguage(alert.team, lang), period: inLanguage(alert.period, lang) })}</Caption1>
      <Body1>{t(lang, 'alertAction', { action: inLanguage(alert.action, lang), owner: inLanguage(alert.owner, lang) })}</Body1>
      {select ? (
        <Link as="button" onClick={() => void select(sheet, alert.cell)}>
          {t(lang, 'goToCell', { cell: alert.cell })}
        </Link>
      ) : (
        <Caption1>{t(lang, 'cellOf', { sheet, cell: alert.cell })}</Caption1>
      )}
    </li>
  );
}

function TrackerAlerts({ watch, lang, host }: { watch: TrackerWatch; lang: Lang; host: PaneHost }) {
  const styles = useStyles();
  const [editing, setEditing] = React.useState(false);
  return (
    <section className={styles.tracker} aria-label={inLanguage(watch.title, lang)}>
      <Subtitle2 as="h3">{t(lang, 'trackerTitle', { title: inLanguage(watch.title, lang), year: watch.year })}</Subtitle2>
      <div className={styles.head}>
        <Caption1>{t(lang, 'trackerSheet', { sheet: watch.sheet })}</Caption1>
        {host.trackers && !editing && (
          <Button size="small" onClick={() => setEditing(true)}>
            {t(lang, 'editTracker')}
          </Button>
        )}
      </div>
      {editing && host.trackers && <TrackerEditor lang={lang} trackers={host.trackers} watch={watch} onDone={() => setEditing(false)} />}
      {watch.alerts.length === 0 ? (
        <Body1>{t(lang, 'allOnTrack')}</Body1>
      ) : (
        <ul className={styles.alerts}>
          {watch.alerts.map((a) => (
            <AlertItem key={`${a.cell}`} alert={a} sheet={watch.sheet} lang={lang} host={host} />
          ))}
        </ul>
      )}
      {watch.skipped.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lang, 'skippedValues', { cells: watch.skipped.join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The KPI watch: every tracker's alerts, worst first, and a form to make a new tracker. */
export function WatchPage({ lang, host, watch, trackerTemplate }: { lang: Lang; host: PaneHost; watch: WatchState; trackerTemplate?: string }) {
  const styles = useStyles();
  const trackers = host.trackers;
  const inBrowser = !!trackers?.watchFile;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = React.useState<string | null>(null);
  if (!trackers) return null;
  const list = watch.watches;
  return (
    <div className={styles.page}>
      <section className={styles.tracker}>
        <Subtitle2 as="h2">{t(lang, 'watchHeading')}</Subtitle2>
        <Body1>{t(lang, inBrowser ? 'watchIntroBrowser' : 'watchIntroExcel')}</Body1>
        <div className={styles.row}>
          {inBrowser ? (
            <>
              {/* The browser's own file control speaks the browser's language; a button in the pane's opens it. */}
              <input
                ref={fileInput}
                hidden
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={t(lang, 'openWorkbook')}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) {
                    setFileName(f.name);
                    void watch.openFile(f);
                  }
                  e.target.value = '';
                }}
              />
              <Button appearance="primary" onClick={() => fileInput.current?.click()}>
                {t(lang, 'openWorkbook')}
              </Button>
              {watch.file && <Button onClick={() => void watch.refresh()}>{t(lang, 'readAgain')}</Button>}
              {fileName && <Caption1>{fileName}</Caption1>}
            </>
          ) : (
            <Button onClick={() => void watch.refresh()}>{t(lang, 'refresh')}</Button>
          )}
        </div>
        {watch.error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t(lang, 'watchFailed')} {reasonOf(watch.error, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
        {list && list.length === 0 && <Body1>{t(lang, inBrowser ? 'noTrackersFile' : 'noTrackers')}</Body1>}
      </section>
      {list?.map((w) => (
        <TrackerAlerts key={w.sheet} watch={w} lang={lang} host={host} />
      ))}
      {list && list.length > 0 && <TrackerReport lang={lang} trackers={trackers} watches={list} />}
      <NewTrackerForm
        key={trackerTemplate}
        initialTemplate={trackerTemplate}
        lang={lang}
        trackers={trackers}
        onWritten={inBrowser ? undefined : () => void watch.refresh()}
      />
    </div>
  );
}
