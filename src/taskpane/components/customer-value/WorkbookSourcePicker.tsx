import { Button, Caption1, Dropdown, Field, Option, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { TransactionSource } from '../../../core/customer-value/source';
import type { Lang } from '../../../core/errors';
import type { Cell } from '../../../core/grid';
import { quoteSheet } from '../../../core/sheet/a1';
import type { CustomerValueHost } from '../../host/pane-host';
import { t } from '../../i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

const sourceLabel = (lang: Lang, s: TransactionSource): string =>
  t(lang, `cvSource_${s.kind}`, {
    name: s.name,
    sheet: s.sheet,
    address: s.address,
    where: `${quoteSheet(s.sheet)}!${s.address}`,
    rows: Math.max(0, s.rows - 1),
  });

/**
 * Inside Excel: where the purchases are (the selection, an Excel table, a sheet's used range),
 * and reading them in chunks with progress and Cancel. `onRead` gets the source's key (stored
 * with the results for Refresh) and the cells, header row first.
 */
export function WorkbookSourcePicker({
  lang,
  workbook,
  onStart,
  onRead,
  onError,
}: {
  lang: Lang;
  workbook: CustomerValueHost;
  onStart: () => void;
  onRead: (key: string, rows: Cell[][]) => void;
  onError: (e: unknown) => void;
}) {
  const styles = useStyles();
  const [sources, setSources] = React.useState<TransactionSource[] | null>(null);
  const [sourceKey, setSourceKey] = React.useState<string | null>(null);
  const [reading, setReading] = React.useState<number | null>(null);
  const cancelled = React.useRef(false);

  const found = (list: TransactionSource[]) => {
    setSources(list);
    setSourceKey((k) => (list.some((s) => s.key === k) ? k : (list[0]?.key ?? null)));
  };
  // The workbook's tables as the page opens; "Look again" asks after the user changed them.
  React.useEffect(() => {
    let live = true;
    workbook.sources().then(
      (list) => live && found(list),
      (e: unknown) => live && onError(e),
    );
    return () => void (live = false);
  }, [workbook, onError]);

  const read = async () => {
    const source = sources?.find((s) => s.key === sourceKey);
    if (!source) return;
    onStart();
    cancelled.current = false;
    setReading(0);
    try {
      onRead(source.key, await workbook.read(source, setReading, () => cancelled.current));
    } catch (e) {
      onError(e);
    } finally {
      setReading(null);
    }
  };

  const chosen = sources?.find((s) => s.key === sourceKey);
  return (
    <div data-testid="cv-workbook" className={styles.box}>
      <Field label={t(lang, 'cvSource')} hint={t(lang, 'cvOpenHint')}>
        {sources && sources.length > 0 ? (
          <Dropdown
            data-testid="cv-source"
            value={chosen ? sourceLabel(lang, chosen) : ''}
            selectedOptions={sourceKey ? [sourceKey] : []}
            onOptionSelect={(_, d) => setSourceKey(d.optionValue ?? null)}
          >
            {sources.map((s) => (
              <Option key={s.key} value={s.key}>
                {sourceLabel(lang, s)}
              </Option>
            ))}
          </Dropdown>
        ) : (
          <Caption1>{sources ? t(lang, 'cvNoSources') : t(lang, 'cvLooking')}</Caption1>
        )}
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!sourceKey || reading !== null} onClick={() => void read()}>
          {t(lang, 'cvRead')}
        </Button>
        <Button disabled={reading !== null} onClick={() => void workbook.sources().then(found, onError)}>
          {t(lang, 'cvLookAgain')}
        </Button>
        {reading !== null && <Button onClick={() => (cancelled.current = true)}>{t(lang, 'cancel')}</Button>}
      </div>
      {reading !== null && (
        <Field validationMessage={t(lang, 'cvReading', { percent: Math.round(reading * 100) })} validationState="none">
          <ProgressBar value={reading} />
        </Field>
      )}
    </div>
  );
}
