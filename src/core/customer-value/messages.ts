import type { Text } from '../errors';

/** What the customer-value workspace tells a user, in both languages; rows as the user numbers them. */
export const cvMessages = {
  noColumn: (which: Text): Text => ({
    en: `Choose the ${which.en} column: none of the headers looks like one.`,
    zh: `请选择${which.zh}列：没有哪个表头像是该列。`,
  }),
  sameColumn: (a: Text, b: Text): Text => ({
    en: `The ${a.en} and ${b.en} columns must be different columns.`,
    zh: `${a.zh}列和${b.zh}列必须是不同的列。`,
  }),
  emptyTable: (): Text => ({
    en: 'The table has no transactions: it holds no row below the header.',
    zh: '表中没有交易：表头下方没有任何行。',
  }),
  noUsableRow: (): Text => ({
    en: 'No row of the table has a customer id, a date and an amount.',
    zh: '表中没有任何一行同时具有客户编号、日期和金额。',
  }),
  badDate: (row: number, shown: string, more: number): Text => ({
    en: `Row ${row}: the date "${shown}" is not a date${more > 0 ? ` (and ${more} more rows like it)` : ''}. Use a date cell or text such as 2024-12-31.`,
    zh: `第 ${row} 行：日期“${shown}”不是日期${more > 0 ? `（另有 ${more} 行同样如此）` : ''}。请使用日期单元格或 2024-12-31 这样的文本。`,
  }),
  blankDate: (row: number, more: number): Text => ({
    en: `Row ${row}: the date is empty${more > 0 ? ` (and ${more} more rows like it)` : ''}.`,
    zh: `第 ${row} 行：日期为空${more > 0 ? `（另有 ${more} 行同样如此）` : ''}。`,
  }),
  badAmount: (row: number, shown: string, more: number): Text => ({
    en: `Row ${row}: the amount "${shown}" is text, not a number${more > 0 ? ` (and ${more} more rows like it)` : ''}.`,
    zh: `第 ${row} 行：金额“${shown}”是文本而不是数字${more > 0 ? `（另有 ${more} 行同样如此）` : ''}。`,
  }),
  blankAmount: (row: number, more: number): Text => ({
    en: `Row ${row}: the amount is empty${more > 0 ? ` (and ${more} more rows like it)` : ''}.`,
    zh: `第 ${row} 行：金额为空${more > 0 ? `（另有 ${more} 行同样如此）` : ''}。`,
  }),
  negativeAmount: (row: number, amount: number, more: number): Text => ({
    en: `Row ${row}: the amount ${amount} is below zero${more > 0 ? ` (and ${more} more rows like it)` : ''}. Net returns against their purchases before the analysis.`,
    zh: `第 ${row} 行：金额 ${amount} 小于零${more > 0 ? `（另有 ${more} 行同样如此）` : ''}。请先将退货与对应的购买相抵。`,
  }),
  oneCustomer: (id: string): Text => ({
    en: `The table holds one customer only ("${id}"): the models learn from differences between customers and need many.`,
    zh: `表中只有一位客户（“${id}”）：模型从客户之间的差异中学习，需要许多客户。`,
  }),
  noRepeatBuyers: (): Text => ({
    en: 'No customer bought twice before the calibration end: the models cannot learn how often customers buy.',
    zh: '在校准期结束前没有客户购买过两次：模型无法得知客户的购买频率。',
  }),
  nothingBeforeEnd: (end: string): Text => ({
    en: `No transaction falls on or before the calibration end ${end}.`,
    zh: `没有交易发生在校准期结束日 ${end} 当天或之前。`,
  }),
  holdoutNotAfter: (cal: string, hold: string): Text => ({
    en: `The holdout end ${hold} must be after the calibration end ${cal}.`,
    zh: `验证期结束日 ${hold} 必须晚于校准期结束日 ${cal}。`,
  }),
  badSetting: (name: Text, why: Text): Text => ({ en: `${name.en}: ${why.en}`, zh: `${name.zh}：${why.zh}` }),
  cancelled: (): Text => ({ en: 'The analysis was cancelled; nothing was written.', zh: '分析已取消，未写入任何内容。' }),
};
