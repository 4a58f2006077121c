import type { Text } from '../errors';

/**
 * Messages of the sheet-limits check (limits.ts), in the voice of ../messages.ts: what to
 * change first, then why. Fields name what the user wrote, the way the pane's editor names it
 * ("criterion 2 of section 1"), so the message says what to shorten.
 */

const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A short, printable glimpse of a name, so the user can find it without the whole text. */
export function preview(s: string, max = 24): string {
  const flat = s
    .replace(/[\u0000-\u001f\u007f\ufffe\uffff]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max).join('')}…`;
}

const named = (name: string | undefined, en: boolean): string =>
  name === undefined || name === '' ? '' : en ? ` ("${preview(name)}")` : `（“${preview(name)}”）`;

const criterionAt = (section: number, criterion: number, name?: string): Text => ({
  en: `criterion ${criterion} of section ${section}${named(name, true)}`,
  // A space after the number, as after "第 1 部分", unless the name in brackets follows.
  zh: `第 ${section} 部分的指标 ${criterion}${name ? named(name, false) : ' '}`,
});

/** The parts of a scorecard a generated cell is made from. */
export const fields = {
  title: (): Text => ({ en: 'the title', zh: '标题' }),
  department: (): Text => ({ en: 'the department', zh: '部门' }),
  notes: (): Text => ({ en: 'the notes', zh: '说明' }),
  sectionName: (section: number): Text => ({ en: `the name of section ${section}`, zh: `第 ${section} 部分的名称` }),
  criterionName: (section: number, criterion: number): Text => {
    const c = criterionAt(section, criterion);
    return { en: `the name of ${c.en}`, zh: `${c.zh}的名称` };
  },
  scoring: (section: number, criterion: number, name: string): Text => {
    const c = criterionAt(section, criterion, name);
    return { en: `the scoring of ${c.en} (its level labels, descriptions and bands)`, zh: `${c.zh}的评分方式（等级名称、说明和档位）` };
  },
  criterionSource: (section: number, criterion: number, name: string): Text => {
    const c = criterionAt(section, criterion, name);
    return { en: `the source of ${c.en}`, zh: `${c.zh}的信息来源` };
  },
  appraiser: (section: number, criterion: number, name: string): Text => {
    const c = criterionAt(section, criterion, name);
    return { en: `the appraiser of ${c.en}`, zh: `${c.zh}的考评人` };
  },
  levelIds: (section: number, criterion: number, name: string): Text => {
    const c = criterionAt(section, criterion, name);
    return { en: `the levels of ${c.en} (their ids, or how many there are)`, zh: `${c.zh}的等级（等级编号或等级数量）` };
  },
  gradeLevels: (section: number, criterion: number, name: string): Text => {
    const c = criterionAt(section, criterion, name);
    return {
      en: `the levels of ${c.en}, which the overall grade is read from (their labels, or how many there are)`,
      zh: `${c.zh}的等级（综合等级依据它们得出；等级名称或等级数量）`,
    };
  },
  rule: (section: number, criterion: number, name: string): Text => {
    const c = criterionAt(section, criterion, name);
    return { en: `the scoring rule of ${c.en} (its bands or points)`, zh: `${c.zh}的评分规则（档位或分值）` };
  },
  sections: (count: number): Text => ({ en: `the number of sections (${count})`, zh: `部分的数量（${count} 个）` }),
  candidateName: (candidate: number): Text => ({ en: `the name of candidate ${candidate}`, zh: `候选对象 ${candidate} 的名称` }),
  rating: (candidate: number, section: number, criterion: number, name: string): Text => {
    const c = criterionAt(section, criterion, name);
    return { en: `the rating of candidate ${candidate} on ${c.en}`, zh: `候选对象 ${candidate} 在${c.zh}上的评分` };
  },
  /** Fallback for plan parts no scorecard field is recorded for. */
  cell: (cell: string): Text => ({ en: `the content of cell ${cell}`, zh: `单元格 ${cell} 的内容` }),
  list: (range: string): Text => ({ en: `the dropdown list of ${range}`, zh: `${range} 的下拉列表` }),
  conditionalFormat: (range: string): Text => ({ en: `the highlighting rule of ${range}`, zh: `${range} 的突出显示规则` }),
  chart: (title: string): Text => ({ en: `the chart "${preview(title)}"`, zh: `图表“${preview(title)}”` }),
};

const codePoint = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

export const limitMessages = {
  textInFormula: (field: Text, cell: string, text: string, length: number, limit: number): Text => ({
    en: `Shorten ${field.en}: "${preview(text)}" is ${group(length)} characters long and ends up as text inside the formula of ${cell}; Excel allows at most ${group(limit)} there.`,
    zh: `请缩短${field.zh}：“${preview(text)}”长 ${group(length)} 个字符，会作为文本写入 ${cell} 的公式；Excel 在公式中最多允许 ${group(limit)} 个字符。`,
  }),
  formulaTooLong: (field: Text, cell: string, length: number, limit: number): Text => ({
    en: `Shorten or reduce ${field.en}: the formula of ${cell} would be ${group(length)} characters long; Excel allows at most ${group(limit)}.`,
    zh: `请缩短或减少${field.zh}：${cell} 的公式将长达 ${group(length)} 个字符；Excel 最多允许 ${group(limit)} 个。`,
  }),
  tooDeep: (field: Text, cell: string, depth: number, limit: number): Text => ({
    en: `Reduce ${field.en}: the formula of ${cell} would nest ${depth} functions inside each other; Excel allows at most ${limit}.`,
    zh: `请减少${field.zh}：${cell} 的公式将嵌套 ${depth} 层函数；Excel 最多允许 ${limit} 层。`,
  }),
  tooManyArguments: (field: Text, cell: string, count: number, limit: number): Text => ({
    en: `Reduce ${field.en}: a function in the formula of ${cell} would take ${count} arguments; Excel allows at most ${limit}.`,
    zh: `请减少${field.zh}：${cell} 的公式中有函数将带 ${count} 个参数；Excel 最多允许 ${limit} 个。`,
  }),
  cellTooLong: (field: Text, cell: string, length: number, limit: number): Text => ({
    en: `Shorten ${field.en}: ${cell} would hold ${group(length)} characters; an Excel cell holds at most ${group(limit)}.`,
    zh: `请缩短${field.zh}：${cell} 将包含 ${group(length)} 个字符；Excel 单元格最多容纳 ${group(limit)} 个。`,
  }),
  listTooLong: (field: Text, length: number, limit: number): Text => ({
    en: `Shorten ${field.en}: its entries take ${group(length)} characters; Excel allows at most ${group(limit)}.`,
    zh: `请缩短${field.zh}：其选项共 ${group(length)} 个字符；Excel 最多允许 ${group(limit)} 个。`,
  }),
  controlCharacter: (field: Text, where: string, code: number): Text => ({
    en: `Remove the invisible control character ${codePoint(code)} from ${field.en} (${where}): an Excel file cannot hold it.`,
    zh: `请删除${field.zh}中的不可见控制字符 ${codePoint(code)}（${where}）：Excel 文件无法保存该字符。`,
  }),
  /** The whole refusal: the first problems, and how many more there are. */
  refused: (problems: readonly Text[], shown = 3): Text => {
    const head = problems.slice(0, shown);
    const more = problems.length - head.length;
    return {
      en: `The sheet was not written, because Excel would not accept it. ${head.map((p) => p.en).join(' ')}${more > 0 ? ` (${more} more like this.)` : ''}`,
      zh: `工作表未写入，因为 Excel 无法接受其内容。${head.map((p) => p.zh).join('')}${more > 0 ? `（另有 ${more} 处类似问题。）` : ''}`,
    };
  },
};
