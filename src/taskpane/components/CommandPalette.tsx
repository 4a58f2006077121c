import { Badge, Caption1, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { inLanguage, PALETTE_KINDS } from '../../core/vocabulary';
import { t } from '../i18n';
import { rankEntries } from '../state/palette-search';
import type { PaletteItem } from '../state/use-palette-entries';
import { pick } from '../state/text';

const useStyles = makeStyles({
  // Not positioned itself: the list drops from the nearest positioned ancestor (the pane's
  // header), so at 350 px it takes the pane's whole width, not only the box's.
  wrap: { flexGrow: 1, minWidth: 0 },
  input: { width: '100%' },
  popup: {
    position: 'absolute',
    top: 'calc(100% + 2px)',
    left: 0,
    right: 0,
    zIndex: 10,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  list: { listStyleType: 'none', margin: 0, padding: tokens.spacingVerticalXS, maxHeight: 'min(60vh, 24rem)', overflowY: 'auto' },
  option: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  // A function's purpose is one sentence: it wraps rather than being cut, and the list scrolls.
  hint: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  empty: { display: 'block', padding: tokens.spacingVerticalS },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** At most this many results are listed; typing more narrows them. */
const SHOWN = 50;

/** Ctrl+Shift+P (⌘⇧P on a Mac), the editor's shortcut for the same box. */
const isShortcut = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p';

export interface CommandPaletteProps {
  lang: Lang;
  items: readonly PaletteItem[];
  recent: readonly string[];
  /** Runs an entry (the app remembers it as used and shows what came of it). */
  onRun(item: PaletteItem): void;
  /** Called as the list opens: the workbook's items are read again then. */
  onOpen?(): void;
}

/**
 * One search box over everything the pane can do, at the top of the pane: a combobox with a
 * listbox of results (WAI-ARIA APG, "Editable Combobox With List Autocomplete"). Ctrl+Shift+P
 * anywhere in the pane puts the cursor in it; arrows move through the results, Enter runs one,
 * Escape closes the list and puts focus back where it was before the shortcut.
 */
export function CommandPalette({ lang, items, recent, onRun, onOpen }: CommandPaletteProps) {
  const styles = useStyles();
  const [query, setQuery] = React.useState('');
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(0);
  const input = React.useRef<HTMLInputElement>(null);
  const popup = React.useRef<HTMLDivElement>(null);
  // Where focus was when the shortcut was pressed, to go back to.
  const before = React.useRef<HTMLElement | null>(null);
  const listId = React.useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const shown = React.useMemo(() => rankEntries(items, query, recent).slice(0, SHOWN), [items, query, recent]);
  const current = Math.min(active, shown.length - 1);

  const show = React.useCallback(() => {
    if (!open) onOpen?.();
    setOpen(true);
  }, [open, onOpen]);

  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isShortcut(e)) return;
      e.preventDefault();
      const focused = document.activeElement;
      if (focused !== input.current) before.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
      input.current?.focus();
      input.current?.select();
      setActive(0);
      show();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [show]);

  React.useEffect(() => {
    if (open && current >= 0) document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  const close = (restore: boolean) => {
    setOpen(false);
    setQuery('');
    setActive(0);
    const back = before.current;
    before.current = null;
    if (restore && back?.isConnected) back.focus();
  };

  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    close(true);
    onRun(item);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return show();
      if (shown.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + shown.length) % shown.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open) run(shown[current]);
      else show();
    } else if (e.key === 'Escape') {
      if (open || query) {
        // The pane's own dialogs also close on Escape: this one is closing, not them.
        e.preventDefault();
        e.stopPropagation();
      }
      close(true);
    }
  };

  return (
    <div className={styles.wrap}>
      <Input
        className={styles.input}
        size="small"
        contentBefore={<SearchRegular aria-hidden="true" />}
        ref={input}
        role="combobox"
        aria-label={t(lang, 'paletteLabel')}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        aria-keyshortcuts="Control+Shift+P"
        placeholder={t(lang, 'palettePlaceholder')}
        value={query}
        onChange={(_, d) => {
          setQuery(d.value);
          setActive(0);
          show();
        }}
        onClick={show}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // Focus moving into the list (its scroll bar) keeps it open.
          if (popup.current?.contains(e.relatedTarget as Node | null)) return;
          setOpen(false);
          before.current = null;
        }}
      />
      <div ref={popup} className={styles.popup} hidden={!open}>
        {/* A scrolling region must be focusable (axe: scrollable-region-focusable); out of the tab
            order, and focus landing on it (a click on its scroll bar) goes back to the box. */}
        <ul id={listId} role="listbox" tabIndex={-1} onFocus={() => input.current?.focus()} aria-label={t(lang, 'paletteResults')} className={styles.list}>
          {open &&
            shown.map((item, i) => (
              <li
                key={item.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                className={mergeClasses(styles.option, i === current && styles.active)}
                // The input keeps focus while the pointer picks a result.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => i !== current && setActive(i)}
                onClick={() => run(item)}
              >
                <span className={styles.name}>{pick(item.name, lang)}</span>
                <Badge appearance="tint" size="small">
                  {inLanguage(PALETTE_KINDS[item.kind], lang)}
                </Badge>
                {item.hint && <Caption1 className={styles.hint}>{item.hint}</Caption1>}
              </li>
            ))}
        </ul>
        {open && shown.length === 0 && <Caption1 className={styles.empty}>{t(lang, 'paletteNoMatch')}</Caption1>}
      </div>
      <span className={styles.hidden} role="status">
        {open ? (shown.length ? t(lang, 'paletteCount', { n: shown.length }) : t(lang, 'paletteNoMatch')) : ''}
      </span>
    </div>
  );
}
