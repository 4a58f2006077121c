import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import { CrmError, type Lang } from '../../core/errors';
import type { Cell } from '../../core/grid';
import {
  type Analysis,
  type ColumnChoice,
  type ColumnRole,
  COLUMN_ROLES,
  CUSTOMER_MODELS,
  type CustomerValueSettings,
  DEFAULT_SETTINGS,
  checkSettings,
  daySerial,
  detectColumns,
  fitModels,
  holdoutCheck,
  isoOfSerial,
  periodDiscount,
  readTable,
  score,
  summarise,
  type TimeUnit,
  SheetsExistError,
  UNIT_DAYS,
} from '../../core/customer-value';
import { pick } from '../state/text';
import { readTableFile } from '../host/read-table-file';
import type { PaneHost } from '../host/pane-host';
import { t, reasonOf } from '../i18n';
import { HoldoutCheckView } from '../components/HoldoutCheckView';
import { StoredAnalyses } from '../components/customer-value/StoredAnalyses';
import { WorkbookSourcePicker } from '../components/customer-value/WorkbookSourcePicker';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  preview: { overflowX: 'auto', maxWidth: '100%' },
  // Each line of the results on its own row: the texts are inline elements.
  results: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& td, & th': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', whiteSpace: 'nowrap' },
  },
});

const tick = () => new Promise<void>((r) => setTimeout(r, 0));
const money = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

interface Loaded {
  /** The file's name, or the workbook source's key (stored with the results for a rerun). */
  name: string;
  rows: Cell[][];
}

/**
 * The customer-value workspace: open a transaction table, check the columns and counts, set
 * the analysis, fit, and write the results. Each step runs the pure steps of core; only the
 * file reading and the download go through the host.
 */
export function CustomerValuePage({ lang, host }: { lang: Lang; host: PaneHost }) {
  const styles = useStyles();
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [columns, setColumns] = React.useState<ColumnChoice>({ id: null, date: null, amount: null });
  const [settings, setSettings] = React.useState<CustomerValueSettings>(DEFAULT_SETTINGS);
  const [calText, setCalText] = React.useState('');
  const [holdText, setHoldText] = React.useState('');
  const [stage, setStage] = React.useState<string | null>(null);
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const cancelled = React.useRef(false);
  const workbook = host.customerValue;
  const [writing, setWriting] = React.useState<number | null>(null);
  const [ask, setAsk] = React.useState<string[] | null>(null);
  const [leftOut, setLeftOut] = React.useState<string[]>([]);
  const fail = React.useCallback((e: unknown) => setError(reasonOf(e, lang)), [lang]);
  const starting = () => {
    setAnalysis(null);
    setError(null);
    setNotice(null);
    setLeftOut([]);
  };
  const take = (name: string, rows: Cell[][]) => {
    setLoaded({ name, rows });
    setColumns(detectColumns(rows[0] ?? []));
  };

  const read = React.useMemo(() => {
    if (!loaded) return null;
    try {
      return { ok: readTable(loaded.rows, columns) } as const;
    } catch (e) {
      return { error: reasonOf(e, lang) } as const;
    }
  }, [loaded, columns, lang]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setAnalysis(null);
    setError(null);
    setNotice(null);
    try {
      take(file.name, await readTableFile(file));
    } catch (e) {
      setError(reasonOf(e, lang));
    }
  };

  const headers = loaded?.rows[0] ?? [];
  const ok = read && 'ok' in read ? read.ok : null;
  let rateText = '';
  try {
    rateText = `${(periodDiscount(settings) * 100).toFixed(4)} %`;
  } catch {
    rateText = '—';
  }

  const run = async () => {
    if (!ok) return;
    setError(null);
    setNotice(null);
    setAnalysis(null);
    cancelled.current = false;
    try {
      const cal = calText ? daySerial(calText) : null;
      const hold = holdText ? daySerial(holdText) : null;
      const s: CustomerValueSettings = { ...settings, calibrationEnd: cal, holdoutEnd: hold };
      checkSettings(s);
      const end = cal ?? ok.report.lastDay;
      setStage(t(lang, 'cvStage_summarise'));
      await tick();
      const summary = summarise(ok.transactions, end, hold, UNIT_DAYS[s.unit]);
      const fit = fitModels(summary, s.model, (st, n) => {
        if (n % 5 === 0) setStage(t(lang, st === 'purchases' ? 'cvStage_purchases' : 'cvStage_spend', { n, model: pick(CUSTOMER_MODELS[s.model].name, lang) }));
        return !cancelled.current;
      });
      setStage(t(lang, 'cvStage_score'));
      await tick();
      if (cancelled.current) throw new CrmError('VALUE', { en: 'The analysis was cancelled; nothing was written.', zh: '分析已取消，未写入任何内容。' });
      const scores = score(summary, fit, s);
      setAnalysis({ settings: s, calibrationEnd: end, summary, fit, scores });
    } catch (e) {
      setError(reasonOf(e, lang));
    } finally {
      setStage(null);
    }
  };

  const download = async () => {
    if (!analysis || !ok || !loaded) return;
    try {
      const { customerValueXlsx } = await import('../../xlsx/customer-value-workbook');
      const bytes = await customerValueXlsx(analysis, ok.transactions, lang, loaded.name, columns);
      const name = `${loaded.name.replace(/\.[^.]+$/, '')}-customer-value.xlsx`;
      await host.saveFile(name, new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      setNotice(t(lang, 'cvDownloaded', { file: name }));
    } catch (e) {
      setError(reasonOf(e, lang));
    }
  };

  const writeHere = async (replace: boolean) => {
    if (!workbook || !analysis || !ok || !loaded) return;
    setAsk(null);
    setError(null);
    setNotice(null);
    setLeftOut([]);
    setWriting(0);
    try {
      const w = await workbook.write(analysis, ok.transactions, lang, loaded.name, columns, replace, setWriting);
      setNotice(t(lang, 'cvWritten', { summary: w.summarySheet, results: w.resultsSheet }));
      setLeftOut(w.leftOut);
    } catch (e) {
      if (e instanceof SheetsExistError) setAsk(e.sheets);
      else setError(reasonOf(e, lang));
    } finally {
      setWriting(null);
    }
  };

  const check = React.useMemo(() => {
    if (!analysis || !ok) return null;
    try {
      return { ok: holdoutCheck(analysis, ok.transactions) } as const;
    } catch (e) {
      return { error: reasonOf(e, lang) } as const;
    }
  }, [analysis, ok, lang]);

  const setS = (patch: Partial<CustomerValueSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
  const total = analysis ? analysis.scores.clv.reduce((a, b) => a + b, 0) : 0;

  return (
    <section className={styles.page} aria-label={t(lang, 'customersTab')}>
      <Subtitle2 as="h2">{t(lang, 'cvDataHeading')}</Subtitle2>
      {workbook && (
        <StoredAnalyses
          lang={lang}
          workbook={workbook}
          version={notice}
          onStart={() => {
            setError(null);
            setNotice(null);
            setLeftOut([]);
          }}
          onDone={(w) => {
            setNotice(t(lang, 'cvRefreshed', { summary: w.summarySheet, results: w.resultsSheet }));
            setLeftOut(w.leftOut);
          }}
          onError={fail}
        />
      )}
      {workbook && <WorkbookSourcePicker lang={lang} workbook={workbook} onStart={starting} onRead={take} onError={fail} />}
      <Field label={workbook ? t(lang, 'cvOrFile') : t(lang, 'cvOpenFile')} hint={workbook ? undefined : t(lang, 'cvOpenHint')}>
        <input type="file" accept=".csv,.txt,.xlsx,text/csv" data-testid="cv-file" onChange={(e) => void open(e.target.files?.[0])} />
      </Field>
      {loaded && (
        <div className={styles.grid}>
          {COLUMN_ROLES.map((role: ColumnRole) => (
            <Field key={role} label={t(lang, `cvColumn_${role}`)}>
              <Dropdown
                value={columns[role] === null ? '' : String(headers[columns[role]!] ?? columns[role]! + 1)}
                selectedOptions={columns[role] === null ? [] : [String(columns[role])]}
                onOptionSelect={(_, d) => setColumns((c) => ({ ...c, [role]: Number(d.optionValue) }))}
              >
                {headers.map((h, i) => (
                  <Option key={i} value={String(i)}>
                    {String(h ?? i + 1)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ))}
        </div>
      )}
      {loaded && (
        <div className={styles.preview}>
          <table className={styles.table}>
            <tbody>
              {loaded.rows.slice(0, 6).map((r, i) => (
                <tr key={i}>
                  {headers.map((_, k) =>
                    i === 0 ? (
                      <th key={k}>{String(r[k] ?? '')}</th>
                    ) : (
                      <td key={k}>{r[k] instanceof Date ? (r[k] as Date).toISOString().slice(0, 10) : String(r[k] ?? '')}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {read && 'error' in read && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{read.error}</MessageBarBody>
        </MessageBar>
      )}
      {ok && (
        <Body1 role="status" data-testid="cv-counts">
          {t(lang, 'cvCounts', {
            rows: ok.report.rows,
            customers: ok.report.customers,
            first: isoOfSerial(ok.report.firstDay),
            last: isoOfSerial(ok.report.lastDay),
          })}{' '}
          {ok.report.blankId.count > 0 && t(lang, 'cvSkipped', { n: ok.report.blankId.count, list: ok.report.blankId.rows.join(', ') })}{' '}
          {ok.report.blankRows > 0 && t(lang, 'cvBlankRows', { n: ok.report.blankRows })}
        </Body1>
      )}
      {ok && (
        <>
          <Subtitle2 as="h2">{t(lang, 'cvSettingsHeading')}</Subtitle2>
          <div className={styles.grid}>
            <Field label={t(lang, 'cvCalibrationEnd')} hint={t(lang, 'cvCalibrationEndHint')}>
              <Input type="date" value={calText} placeholder={isoOfSerial(ok.report.lastDay)} onChange={(_, d) => setCalText(d.value)} data-testid="cv-cal" />
            </Field>
            <Field label={t(lang, 'cvHoldoutEnd')} hint={t(lang, 'cvHoldoutEndHint')}>
              <Input type="date" value={holdText} onChange={(_, d) => setHoldText(d.value)} data-testid="cv-hold" />
            </Field>
            <Field label={t(lang, 'cvModel')} hint={t(lang, 'cvModelHint')}>
              <Dropdown
                data-testid="cv-model"
                value={pick(CUSTOMER_MODELS[settings.model].name, lang)}
                selectedOptions={[settings.model]}
                onOptionSelect={(_, d) => setS({ model: d.optionValue ?? settings.model })}
              >
                {Object.values(CUSTOMER_MODELS).map((m) => (
                  <Option key={m.id} value={m.id}>
                    {pick(m.name, lang)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t(lang, 'cvUnit')} hint={t(lang, 'cvUnitHint')}>
              <Dropdown
                value={t(lang, `cvUnit_${settings.unit}`)}
                selectedOptions={[settings.unit]}
                onOptionSelect={(_, d) => setS({ unit: d.optionValue as TimeUnit })}
              >
                {(['day', 'week', 'month'] as const).map((u) => (
                  <Option key={u} value={u}>
                    {t(lang, `cvUnit_${u}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t(lang, 'cvHorizon')} hint={t(lang, 'cvHorizonHint')}>
              <Input type="number" value={String(settings.horizon)} onChange={(_, d) => setS({ horizon: num(d.value) })} />
            </Field>
            <Field label={t(lang, 'cvDiscount')} hint={t(lang, 'cvDiscountHint', { rate: rateText })}>
              <Input
                type="number"
                value={String(Math.round(settings.annualDiscount * 10000) / 100)}
                contentAfter="%"
                onChange={(_, d) => setS({ annualDiscount: num(d.value) / 100 })}
              />
            </Field>
            <Field label={t(lang, 'cvMargin')} hint={t(lang, 'cvMarginHint')}>
              <Input
                type="number"
                value={String(Math.round(settings.margin * 10000) / 100)}
                contentAfter="%"
                onChange={(_, d) => setS({ margin: num(d.value) / 100 })}
              />
            </Field>
          </div>
          <Subtitle2 as="h2">{t(lang, 'cvFitHeading')}</Subtitle2>
          <div className={styles.row}>
            <Button appearance="primary" disabled={stage !== null} onClick={() => void run()}>
              {t(lang, 'cvRun')}
            </Button>
            {stage !== null && (
              <>
                <Spinner size="tiny" label={stage} />
                <Button onClick={() => (cancelled.current = true)}>{t(lang, 'cancel')}</Button>
              </>
            )}
          </div>
        </>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t(lang, 'cvFailed')} {error}
          </MessageBarBody>
        </MessageBar>
      )}
      {analysis && (
        <div data-testid="cv-fit" className={styles.results}>
          <Body1 as="p">{t(lang, 'cvFitted', { n: analysis.summary.customers })}</Body1>
          <table className={styles.table}>
            <tbody>
              {analysis.fit.purchases.model.names.map((n, i) => (
                <tr key={n}>
                  <th>{n}</th>
                  <td data-testid={`cv-param-${n}`}>{analysis.fit.purchases.params[i].toFixed(4)}</td>
                  <td>± {(analysis.fit.purchases.verdict.relativeSE[i] * 100).toFixed(0)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Caption1 as="p">{pick(analysis.fit.purchases.verdict.text, lang)}</Caption1>
          <Body1 as="p">{t(lang, 'cvTotalClv', { total: money(total), mean: money(total / analysis.summary.customers) })}</Body1>
          {check && 'ok' in check && check.ok && <HoldoutCheckView lang={lang} check={check.ok} calibrationEnd={analysis.calibrationEnd} />}
          {check && 'error' in check && (
            <MessageBar intent="warning">
              <MessageBarBody>{check.error}</MessageBarBody>
            </MessageBar>
          )}
          <Subtitle2 as="h2">{t(lang, 'cvResultsHeading')}</Subtitle2>
          <div className={styles.row}>
            {workbook && (
              <Button appearance="primary" disabled={writing !== null} onClick={() => void writeHere(false)}>
                {t(lang, 'cvWrite')}
              </Button>
            )}
            <Button appearance={workbook ? 'secondary' : 'primary'} onClick={() => void download()}>
              {t(lang, 'cvDownload')}
            </Button>
          </div>
          {writing !== null && (
            <Field validationMessage={t(lang, 'cvWriting', { percent: Math.round(writing * 100) })} validationState="none">
              <ProgressBar value={writing} />
            </Field>
          )}
          {ask && (
            <MessageBar intent="warning" data-testid="cv-ask">
              <MessageBarBody>{t(lang, 'cvAskReplace', { sheets: ask.map((n) => `“${n}”`).join(lang === 'zh-CN' ? '、' : ', ') })}</MessageBarBody>
              <div className={styles.row}>
                <Button appearance="primary" onClick={() => void writeHere(true)}>
                  {t(lang, 'replace')}
                </Button>
                <Button onClick={() => setAsk(null)}>{t(lang, 'cancel')}</Button>
              </div>
            </MessageBar>
          )}
          {leftOut.length > 0 && (
            <MessageBar intent="warning" role="status">
              <MessageBarBody>
                {t(lang, 'cvLeftOut', {
                  parts: leftOut.map((p) => t(lang, p === 'data bars' ? 'cvPart_dataBars' : 'cvPart_colourScales')).join(lang === 'zh-CN' ? '和' : ' and '),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
