import type { Cell } from '../grid';
import type { Text } from '../errors';

/** The three columns a transaction table needs. */
export type ColumnRole = 'id' | 'date' | 'amount';
export const COLUMN_ROLES: readonly ColumnRole[] = ['id', 'date', 'amount'];

export const ROLE_NAMES: Record<ColumnRole, Text> = {
  id: { en: 'customer id', zh: '客户编号' },
  date: { en: 'date', zh: '日期' },
  amount: { en: 'amount', zh: '金额' },
};

/** Column positions (0-based) for each role; null where none was found or chosen. */
export type ColumnChoice = Record<ColumnRole, number | null>;

/** The header text of the chosen columns, as the table had them. */
export type ColumnHeaders = Partial<Record<ColumnRole, string>>;

/**
 * Header words that name each role, most telling first: an exported CRM table says "customer
 * id" or 客户编号, a ledger 交易日期 or 销售额. Matching is on the header with case, spaces,
 * underscores and hyphens removed; an exact match wins over a header that only contains a word.
 */
const WORDS: Record<ColumnRole, readonly string[]> = {
  id: [
    'customerid',
    'customer',
    'clientid',
    'client',
    'custid',
    'buyer',
    'userid',
    'user',
    'memberid',
    'member',
    'accountid',
    'account',
    'id',
    '客户编号',
    '客户id',
    '客户代码',
    '客户号',
    '客户名称',
    '客户',
    '会员编号',
    '会员',
    '用户id',
    '用户',
    '买家',
  ],
  date: [
    'transactiondate',
    'orderdate',
    'purchasedate',
    'invoicedate',
    'date',
    'day',
    'time',
    'timestamp',
    '交易日期',
    '订单日期',
    '购买日期',
    '下单日期',
    '日期',
    '时间',
  ],
  amount: [
    'amount',
    'revenue',
    'sales',
    'spend',
    'value',
    'total',
    'price',
    'sum',
    'dollars',
    '金额',
    '销售额',
    '交易金额',
    '订单金额',
    '消费金额',
    '收入',
    '总额',
    '总价',
    '实付',
  ],
};

const normal = (c: Cell): string => (typeof c === 'string' ? c.toLowerCase().replace(/[\s_\-.（）()]/g, '') : '');

/** The best column for each role, each column used once; roles without a telling header stay null. */
export function detectColumns(header: readonly Cell[]): ColumnChoice {
  const names = header.map(normal);
  const choice: ColumnChoice = { id: null, date: null, amount: null };
  const taken = new Set<number>();
  for (const exact of [true, false])
    for (const role of COLUMN_ROLES) {
      if (choice[role] !== null) continue;
      for (const word of WORDS[role]) {
        const at = names.findIndex((n, i) => !taken.has(i) && n !== '' && (exact ? n === word : n.includes(word)));
        if (at >= 0) {
          choice[role] = at;
          taken.add(at);
          break;
        }
      }
    }
  return choice;
}

/** Whether the first row is a header: some cell of it is text that names a role. */
export function looksLikeHeader(first: readonly Cell[]): boolean {
  const c = detectColumns(first);
  return COLUMN_ROLES.some((r) => c[r] !== null);
}
