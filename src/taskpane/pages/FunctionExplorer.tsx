import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { FunctionDoc, loadFunctionDocs, matches, FetchJson } from '../state/function-docs';
import type { PaneHost } from '../host/pane-host';
import { StringKey, t, withReason } from '../i18n';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: 0, margin: 0, listStyleType: 'none' },
  example: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: '2px 6px',
    borderRadius: tokens.borderRadiusSmall,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  params: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

// A notice keeps its string key, not its text, so it follows a change of language.
/** What came of Insert or Copy, shown in the card of the function (`fn`) whose button caused it. */
type Notice = { fn: string; intent: 'success' | 'error' | 'warning'; key: StringKey; detail?: string; confirm?: string } | null;

export function FunctionExplorer({ lang, host, fetchJson }: { lang: Lang; host: PaneHost; fetchJson?: FetchJson }) {
  const styles = useStyles();
  // The list remembers the language it was loaded in, so a change of language shows the
  // spinner until the other list arrives, without resetting state inside the effect.
  const [loaded, setLoaded] = React.useState<{ lang: Lang; docs: FunctionDoc[] } | null>(null);
  const docs = loaded?.lang === lang ? loaded.docs : null;
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [query, setQuery] = React.useState('');
  const [notice, setNotice] = React.useState<Notice>(null);

  React.useEffect(() => {
    let live = true;
    loadFunctionDocs(lang, fetchJson)
      .then((d) => live && setLoaded({ lang, docs: d }))
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, [lang, fetchJson]);

  const insert = async (fn: string, formula: string, replace = false) => {
    try {
      const outcome = await host.insertFormula(formula, replace);
      if (outcome === 'occupied') setNotice({ fn, intent: 'warning', key: 'occupied', confirm: formula });
      else setNotice({ fn, intent: 'success', key: outcome === 'inserted' ? 'inserted' : 'copied' });
    } catch (e) {
      setNotice(
        host.kind === 'browser' ? { fn, intent: 'error', key: 'copyFailed' } : { fn, intent: 'error', key: 'insertFailed', detail: (e as Error).message },
      );
    }
  };
  const noticeOf = (fn: string) =>
    notice?.fn === fn && (
      <MessageBar intent={notice.intent} role="alert">
        <MessageBarBody>
          {notice.detail ? withReason(lang, notice.key, notice.detail) : t(lang, notice.key)}{' '}
          {notice.confirm && (
            <>
              <Button size="small" appearance="primary" onClick={() => insert(fn, notice.confirm!, true)}>
                {t(lang, 'replace')}
              </Button>{' '}
              <Button size="small" onClick={() => setNotice(null)}>
                {t(lang, 'cancel')}
              </Button>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    );

  if (loadError)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{withReason(lang, 'loadFailed', loadError)}</MessageBarBody>
      </MessageBar>
    );
  if (!docs) return <Spinner label={t(lang, 'loading')} />;

  const shown = docs.filter((d) => matches(d, query));
  return (
    <section aria-label={t(lang, 'functionsTab')}>
      <Field label={t(lang, 'searchLabel')}>
        <SearchBox
          value={query}
          placeholder={t(lang, 'searchPlaceholder')}
          onChange={(_, data) => {
            setQuery(data.value);
            // A new search moves on from the formula just copied: its confirmation no longer applies.
            setNotice(null);
          }}
        />
      </Field>
      <Caption1 role="status">{shown.length ? t(lang, 'count', { n: shown.length }) : t(lang, 'noMatch')}</Caption1>
      <ul className={styles.list}>
        {shown.map((d) => (
          <li key={d.id}>
            <Card aria-labelledby={`fn-${d.id}`}>
              <CardHeader
                header={
                  <Text weight="semibold" id={`fn-${d.id}`}>
                    CRM.{d.id}
                  </Text>
                }
                description={<Body1>{d.description}</Body1>}
              />
              <Caption1>{t(lang, 'arguments')}</Caption1>
              <ul className={styles.params}>
                {d.parameters.map((p) => (
                  <li key={p.name}>
                    <Text weight="semibold">{p.name}</Text>
                    {p.optional && (
                      <Badge appearance="outline" size="small">
                        {t(lang, 'optional')}
                      </Badge>
                    )}{' '}
                    <Caption1>{p.description}</Caption1>
                  </li>
                ))}
              </ul>
              <div className={styles.row}>
                <Caption1>{t(lang, 'example')}</Caption1>
                <code className={styles.example}>{d.example}</code>
                {d.result && <Caption1>→ {d.result}</Caption1>}
                <Button
                  size="small"
                  appearance="primary"
                  onClick={() => insert(d.id, d.example)}
                  aria-label={`${t(lang, host.kind === 'excel' ? 'insert' : 'copy')} CRM.${d.id}`}
                >
                  {t(lang, host.kind === 'excel' ? 'insert' : 'copy')}
                </Button>
              </div>
              {noticeOf(d.id)}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
