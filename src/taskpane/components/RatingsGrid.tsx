import {
  Caption1,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Lang, Text } from '../../core/errors';
import { Criterion, Rating, ruleOf, Scorecard } from '../../core/scorecard';
import { ratingOf } from '../../core/scorecard/ratings';
import { inLanguage } from '../../core/vocabulary';
import { t } from '../i18n';
import { candidateNoun } from '../state/candidate-noun';
import { ratingCheck, readField } from '../state/number-field';
import { pick } from '../state/text';
import { chooseByTyping } from '../state/type-to-choose';

const useStyles = makeStyles({
  // The grid scrolls sideways inside the pane; the criterion column stays where it is.
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { tableLayout: 'auto', width: 'auto', minWidth: '100%', borderCollapse: 'separate', borderSpacing: 0 },
  corner: { position: 'sticky', left: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground1 },
  criterion: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '9rem',
    maxWidth: '16rem',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    fontWeight: tokens.fontWeightRegular,
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  candidate: { minWidth: '5.5rem', whiteSpace: 'normal', overflowWrap: 'anywhere' },
  section: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  sectionName: { position: 'sticky', left: tokens.spacingHorizontalS },
  cell: {
    minWidth: '5.5rem',
    cursor: 'pointer',
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  empty: { color: tokens.colorNeutralForeground4 },
  invalid: { backgroundColor: tokens.colorPaletteRedBackground1 },
  editor: { width: '100%', minWidth: '5rem' },
  below: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

interface Pos {
  r: number;
  c: number;
}

/** A cell being edited: the text of a number, or the answer picked so far and the one before. */
type Editing = { pos: Pos; kind: 'number'; text: string } | { pos: Pos; kind: 'choice'; before: Rating | undefined };

export interface RatingsGridProps {
  lang: Lang;
  card: Scorecard;
  onRate: (candidateId: string, criterionId: string, rating: Rating | null) => void;
  /** A note on a cell the sheet held but could not be read, shown in the cell and under the grid. */
  noteOf?: (candidateId: string, criterionId: string) => string | undefined;
}

const same = (a: Pos, b: Pos) => a.r === b.r && a.c === b.c;

/**
 * Every rating of the card at once: criteria down, candidates across, entered by keyboard as
 * in a spreadsheet. Arrows move, Home/End go to the ends of a row, Enter moves down, typing
 * chooses an answer by its first letters (or starts a number), F2 or Space opens the cell
 * for editing, Escape cancels the edit, Delete clears the rating.
 *
 * The keys are handled here, with one focusable cell at a time (the WAI-ARIA grid pattern),
 * rather than through Fluent's arrow-navigation group: that one moves between elements by
 * their position on screen, which a sticky column overlaps, and it knows nothing of Enter
 * moving down or of typing into a cell. Fluent's Table draws the grid.
 */
export function RatingsGrid({ lang, card, onRate, noteOf }: RatingsGridProps) {
  const styles = useStyles();
  const criteria = React.useMemo(() => card.sections.flatMap((s) => s.criteria), [card.sections]);
  const candidates = card.candidates;
  const [activeRaw, setActive] = React.useState<Pos>({ r: 0, c: 0 });
  const active = { r: Math.min(activeRaw.r, criteria.length - 1), c: Math.min(activeRaw.c, candidates.length - 1) };
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const [problem, setProblem] = React.useState<{ pos: Pos; text: Text } | null>(null);
  const typed = React.useRef('');
  const cells = React.useRef(new Map<string, HTMLElement>());
  const wantFocus = React.useRef(false);
  const finishing = React.useRef(false);
  const id = React.useId();
  const who = candidateNoun(card, lang);

  React.useEffect(() => {
    if (!wantFocus.current || editing) return;
    wantFocus.current = false;
    cells.current.get(`${active.r}/${active.c}`)?.focus();
  });

  if (criteria.length === 0 || candidates.length === 0) return null;

  const nameOf = (c: number) => pick(candidates[c].name, lang) || t(lang, 'candidateName', { n: c + 1, who });
  const accepts = (criterion: Criterion) => ruleOf(criterion.scoring).accepts(criterion.scoring);
  const shown = (criterion: Criterion, rating: Rating | undefined): string | null => {
    if (rating === undefined) return null;
    const a = accepts(criterion);
    if (a.kind === 'number') return String(rating);
    const choice = a.choices.find((x) => x.id === rating);
    return choice ? inLanguage(choice.label, lang) : String(rating);
  };

  const moveTo = (pos: Pos) => {
    const next = { r: Math.max(0, Math.min(criteria.length - 1, pos.r)), c: Math.max(0, Math.min(candidates.length - 1, pos.c)) };
    typed.current = '';
    wantFocus.current = true;
    setActive(next);
  };
  const rate = (pos: Pos, rating: Rating | null) => onRate(candidates[pos.c].id, criteria[pos.r].id, rating);
  const startEdit = (pos: Pos, text?: string) => {
    const criterion = criteria[pos.r];
    const current = ratingOf(candidates[pos.c], criterion.id);
    setActive(pos);
    if (accepts(criterion).kind === 'number') setEditing({ pos, kind: 'number', text: text ?? (typeof current === 'number' ? String(current) : '') });
    else setEditing({ pos, kind: 'choice', before: current });
  };
  const stopEdit = (then?: Pos) => {
    finishing.current = true;
    setEditing(null);
    moveTo(then ?? active);
  };
  // A number is taken whole or not at all, with the words a form's number field uses.
  const commitNumber = (e: Extract<Editing, { kind: 'number' }>): boolean => {
    const criterion = criteria[e.pos.r];
    const current = ratingOf(candidates[e.pos.c], criterion.id);
    const read = readField(e.text, { check: ratingCheck(criterion), current: typeof current === 'number' ? current : null });
    if (!read.ok) {
      setProblem({ pos: e.pos, text: read.problem });
      return false;
    }
    setProblem(null);
    if (read.value !== (current ?? null)) rate(e.pos, read.value);
    return true;
  };

  const onCellKey = (ev: React.KeyboardEvent, pos: Pos) => {
    const criterion = criteria[pos.r];
    const a = accepts(criterion);
    const plain = !ev.ctrlKey && !ev.metaKey && !ev.altKey;
    let handled = true;
    switch (ev.key) {
      case 'ArrowUp':
        moveTo({ ...pos, r: pos.r - 1 });
        break;
      case 'ArrowDown':
        if (ev.altKey && a.kind === 'choice') startEdit(pos);
        else moveTo({ ...pos, r: pos.r + 1 });
        break;
      case 'ArrowLeft':
        moveTo({ ...pos, c: pos.c - 1 });
        break;
      case 'ArrowRight':
        moveTo({ ...pos, c: pos.c + 1 });
        break;
      case 'Home':
        moveTo(ev.ctrlKey ? { r: 0, c: 0 } : { ...pos, c: 0 });
        break;
      case 'End':
        moveTo(ev.ctrlKey ? { r: criteria.length - 1, c: candidates.length - 1 } : { ...pos, c: candidates.length - 1 });
        break;
      case 'Enter':
        moveTo({ ...pos, r: pos.r + (ev.shiftKey ? -1 : 1) });
        break;
      case 'F2':
        startEdit(pos);
        break;
      case 'Delete':
      case 'Backspace':
        setProblem(null);
        rate(pos, null);
        break;
      case ' ':
        if (a.kind === 'choice') startEdit(pos);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (!handled && plain && ev.key.length === 1) {
      handled = true;
      if (a.kind === 'choice') {
        const pickd = chooseByTyping(a.choices, lang, typed.current, ev.key);
        typed.current = pickd.typed;
        if (pickd.choice) {
          setProblem(null);
          rate(pos, pickd.choice.id);
        }
      } else if (/^[0-9０-９.,+\-−．]$/.test(ev.key)) {
        startEdit(pos, ev.key);
      }
    }
    if (handled) ev.preventDefault();
  };

  const editor = (e: Editing, criterion: Criterion, label: string) => {
    if (e.kind === 'number') {
      const problemId = problem && same(problem.pos, e.pos) ? `${id}-problem` : undefined;
      return (
        <Input
          className={styles.editor}
          size="small"
          autoFocus
          inputMode="decimal"
          aria-label={label}
          aria-invalid={problemId ? true : undefined}
          aria-describedby={problemId}
          value={e.text}
          onChange={(_, d) => setEditing({ ...e, text: d.value })}
          onKeyDown={(ev) => {
            if (ev.key === 'Enter') {
              ev.preventDefault();
              if (commitNumber(e)) stopEdit({ ...e.pos, r: e.pos.r + (ev.shiftKey ? -1 : 1) });
            } else if (ev.key === 'Escape') {
              ev.preventDefault();
              setProblem(null);
              stopEdit();
            } else if (ev.key === 'Tab') {
              ev.preventDefault();
              if (commitNumber(e)) stopEdit({ ...e.pos, c: e.pos.c + (ev.shiftKey ? -1 : 1) });
            }
          }}
          onBlur={() => {
            if (finishing.current) return;
            // Leaving the cell by mouse: what is whole is taken, anything else is refused visibly.
            commitNumber(e);
            setEditing(null);
          }}
        />
      );
    }
    const a = accepts(criterion);
    const choices = a.kind === 'choice' ? a.choices : [];
    const value = ratingOf(candidates[e.pos.c], criterion.id);
    return (
      <Select
        className={styles.editor}
        size="small"
        autoFocus
        aria-label={label}
        value={value === undefined ? '' : String(value)}
        onChange={(_, d) => rate(e.pos, d.value === '' ? null : d.value)}
        onKeyDown={(ev) => {
          if (ev.key === 'Enter') {
            ev.preventDefault();
            stopEdit({ ...e.pos, r: e.pos.r + (ev.shiftKey ? -1 : 1) });
          } else if (ev.key === 'Escape') {
            ev.preventDefault();
            rate(e.pos, e.before ?? null);
            stopEdit();
          }
        }}
        onBlur={() => {
          if (!finishing.current) setEditing(null);
        }}
      >
        <option value="">{t(lang, 'notRated')}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {inLanguage(c.label, lang)}
          </option>
        ))}
      </Select>
    );
  };

  // What the active cell means, under the grid: the standard of the chosen level, the hint of a number.
  const activeCriterion = criteria[active.r];
  const activeRating = ratingOf(candidates[active.c], activeCriterion.id);
  const activeAccepts = accepts(activeCriterion);
  const activeNote = noteOf?.(candidates[active.c].id, activeCriterion.id);
  const detail =
    activeAccepts.kind === 'number' ? inLanguage(activeAccepts.hint, lang) : pick(activeAccepts.choices.find((c) => c.id === activeRating)?.description, lang);

  // Each section's first row in the grid's own numbering (rows count criteria, not section headers).
  const firstRow = card.sections.map((_, i) => card.sections.slice(0, i).reduce((n, s) => n + s.criteria.length, 0));
  return (
    <div>
      <div className={styles.scroller}>
        <Table className={styles.table} role="grid" size="small" aria-label={t(lang, 'ratingsGrid', { who })} aria-describedby={`${id}-keys`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={mergeClasses(styles.criterion, styles.corner)} scope="col">
                {t(lang, 'colCriterion')}
              </TableHeaderCell>
              {candidates.map((k, c) => (
                <TableHeaderCell key={k.id} className={styles.candidate} scope="col">
                  {nameOf(c)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          {card.sections.map((s, si) => (
            <TableBody key={s.id}>
              <TableRow className={styles.section}>
                <TableHeaderCell colSpan={candidates.length + 1} scope="rowgroup" className={styles.section}>
                  <span className={styles.sectionName}>{pick(s.name, lang)}</span>
                </TableHeaderCell>
              </TableRow>
              {s.criteria.map((criterion, ci) => {
                const r = firstRow[si] + ci;
                const criterionName = pick(criterion.name, lang);
                return (
                  <TableRow key={criterion.id}>
                    <TableHeaderCell scope="row" className={styles.criterion}>
                      {criterionName}
                    </TableHeaderCell>
                    {candidates.map((k, c) => {
                      const pos = { r, c };
                      const value = shown(criterion, ratingOf(k, criterion.id));
                      const note = noteOf?.(k.id, criterion.id);
                      const named = t(lang, 'gridCell', { criterion: criterionName, candidate: nameOf(c), value: value ?? t(lang, 'notRated') });
                      const label = note ? `${named} ${note}` : named;
                      const isEditing = editing !== null && same(editing.pos, pos);
                      const wrong = problem !== null && same(problem.pos, pos);
                      return (
                        <TableCell
                          key={k.id}
                          role="gridcell"
                          ref={(el: HTMLElement | null) => {
                            if (el) cells.current.set(`${r}/${c}`, el);
                            else cells.current.delete(`${r}/${c}`);
                          }}
                          className={mergeClasses(styles.cell, (wrong || note) && styles.invalid)}
                          tabIndex={same(active, pos) && !isEditing ? 0 : -1}
                          aria-label={isEditing ? undefined : label}
                          aria-describedby={wrong && !isEditing ? `${id}-problem` : undefined}
                          onKeyDown={isEditing ? undefined : (ev: React.KeyboardEvent) => onCellKey(ev, pos)}
                          onFocus={() => {
                            finishing.current = false;
                            if (!same(active, pos)) {
                              typed.current = '';
                              setActive(pos);
                            }
                          }}
                          onClick={() => {
                            if (!isEditing) startEdit(pos);
                          }}
                        >
                          {isEditing ? editor(editing, criterion, label) : value === null ? <span className={styles.empty}>—</span> : value}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                );
              })}
            </TableBody>
          ))}
        </Table>
      </div>
      <div className={styles.below}>
        {problem && (
          <Caption1 id={`${id}-problem`} role="alert" className={styles.problem}>
            {inLanguage(problem.text, lang)}
          </Caption1>
        )}
        {detail && <Caption1>{t(lang, 'gridDetail', { criterion: pick(activeCriterion.name, lang), detail })}</Caption1>}
        {activeNote && <Caption1 className={styles.problem}>{activeNote}</Caption1>}
        <Caption1 id={`${id}-keys`}>{t(lang, 'gridKeys')}</Caption1>
      </div>
    </div>
  );
}
