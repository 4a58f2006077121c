import { entryTier, nameTier, PaletteEntry, rankEntries } from '../../../src/taskpane/state/palette-search';
import { readRecent, RECENT_KEY, RECENT_LIMIT, rememberUse } from '../../../src/taskpane/state/recent-uses';

/* Issue 14: one search box over everything, ranked prefix > word start > substring, recent uses first. */
const entry = (id: string, en: string, zh = en, extra: Partial<PaletteEntry> = {}): PaletteEntry => ({ id, kind: 'action', name: { en, zh }, ...extra });
const clv = entry('function:CLV', 'CRM.CLV', 'CRM.CLV', { kind: 'function', keys: ['CLV'], detail: 'Customer lifetime value' });
const clvBg = entry('function:CLV.BGNBD', 'CRM.CLV.BGNBD', 'CRM.CLV.BGNBD', { kind: 'function', keys: ['CLV.BGNBD'], detail: 'CLV from a BG/NBD fit' });
const churn = entry('function:CHURN', 'CRM.CHURN', 'CRM.CHURN', { kind: 'function', keys: ['CHURN'], detail: 'Churn rate' });
const service = entry('template:t4', 'Customer service quality assessment', '客户服务质量评估指标模板', { kind: 'template' });
const selection = entry('template:t2', 'CRM system selection (tender) scoring', 'CRM系统选型评分标准', { kind: 'template' });
const capability = entry('template:t6', 'CRM capability assessment', '客户关系管理能力评价', { kind: 'template' });
const ALL = [selection, service, capability, clvBg, clv, churn];
const ids = (list: PaletteEntry[]) => list.map((e) => e.id);

describe('how well a name answers', () => {
  // Each tier by hand: "assess" is inside "assessment" at a word start; "ssess" only inside it.
  test.each([
    ['capability', 'capability', 4],
    ['capability assessment', 'capa', 3],
    ['crm capability assessment', 'assess', 2],
    ['crm.clv.bgnbd', 'bgnbd', 2],
    ['crm capability assessment', 'ssess', 1],
    ['crm capability assessment', 'churn', 0],
    ['客户关系管理能力评价', '客户', 3],
    ['客户关系管理能力评价', '能力', 1],
  ])('“%s” answers “%s” at tier %d', (name, query, tier) => expect(nameTier(name, query)).toBe(tier));

  test('words found only in the detail, or spread over the names, match below any name; words found nowhere do not match', () => {
    expect(entryTier(clv, ['lifetime'])).toBe(0.5);
    expect(entryTier(clv, ['lifetime', 'value'])).toBe(0.5);
    expect(entryTier(service, ['quality', 'customer'])).toBe(0.5);
    expect(entryTier(service, ['loyalty'])).toBe(-1);
  });
});

describe('ranking', () => {
  test('a function name as typed in a cell puts that function first: CRM.CLV, =crm.clv(, full-width', () => {
    for (const q of ['CRM.CLV', '=crm.clv(', '=CRM.CLV(A2, B2', 'ＣＲＭ．ＣＬＶ', 'clv']) expect(ids(rankEntries(ALL, q, []))[0]).toBe('function:CLV');
    // Exact before prefix, prefix before a match only in the detail.
    expect(ids(rankEntries(ALL, 'clv', []))).toEqual(['function:CLV', 'function:CLV.BGNBD']);
  });

  test('prefix before word start before substring, then the order given', () => {
    // "ser" starts "Service level" (3), starts a word of "Customer service" (2), is inside "Reassert" (1).
    const list = [entry('a', 'Reassert'), entry('b', 'Customer service'), entry('c', 'Service level'), entry('d', 'Server'), entry('e', 'Nothing')];
    expect(ids(rankEntries(list, 'ser', []))).toEqual(['c', 'd', 'b', 'a']);
  });

  test('names match in both languages whatever the pane shows', () => {
    expect(ids(rankEntries(ALL, '客户', []))).toEqual(['template:t4', 'template:t6']);
    expect(ids(rankEntries(ALL, '选型', []))).toEqual(['template:t2']);
    expect(ids(rankEntries(ALL, 'tender', []))).toEqual(['template:t2']);
  });

  test('recent uses come first, most recent first, when a name of theirs matches', () => {
    expect(ids(rankEntries(ALL, '', ['function:CHURN', 'template:t6']))).toEqual([
      'function:CHURN',
      'template:t6',
      'template:t2',
      'template:t4',
      'function:CLV.BGNBD',
      'function:CLV',
    ]);
    // CLV.BGNBD is only a prefix match, CLV an exact one; used recently, CLV.BGNBD leads.
    expect(ids(rankEntries(ALL, 'clv', ['function:CLV.BGNBD']))).toEqual(['function:CLV.BGNBD', 'function:CLV']);
    // A recent entry found only through its detail does not jump ahead of one named as typed.
    const list = [entry('named', 'Rate card'), entry('described', 'Churn', 'Churn', { detail: 'rate of loss' })];
    expect(ids(rankEntries(list, 'rate', ['described']))).toEqual(['named', 'described']);
  });
});

describe('recent uses between sessions', () => {
  const memory = (initial: Record<string, string> = {}) => {
    const data = { ...initial };
    return { data, getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v) };
  };

  test('a use moves to the front, once, and the list keeps the last few', () => {
    const s = memory();
    let recent: string[] = [];
    for (let i = 0; i < RECENT_LIMIT + 3; i++) recent = rememberUse(s, recent, `e${i}`);
    recent = rememberUse(s, recent, 'e5');
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.slice(0, 3)).toEqual(['e5', 'e10', 'e9']);
    expect(readRecent(s)).toEqual(recent);
  });

  test('storage that is absent, refuses or holds something else costs only the memory', () => {
    expect(readRecent(undefined)).toEqual([]);
    expect(readRecent(memory({ [RECENT_KEY]: '{not json' }))).toEqual([]);
    expect(readRecent(memory({ [RECENT_KEY]: '{"a":1}' }))).toEqual([]);
    expect(readRecent(memory({ [RECENT_KEY]: '["a", 3, null, "b"]' }))).toEqual(['a', 'b']);
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberUse(refusing, ['a'], 'b')).toEqual(['b', 'a']);
  });
});
