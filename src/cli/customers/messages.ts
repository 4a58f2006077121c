import type { Text } from '../../core/errors';

/**
 * What crm-customers says, in both shipped languages, beside crm-scorecards' own catalogue
 * (../messages.ts), whose messages about options, files and languages it shares. Kept apart
 * from the command so that `--help` needs nothing but this file and the argument parser.
 */
const q = (s: string) => `"${s}"`;

export const customersMessages = {
  usage: (): Text => ({
    en: [
      'Usage:',
      '  crm-customers analyze <transactions.csv|.parquet> [--end 2024-12-31] [--out customers.xlsx] [options]',
      '  crm-customers analyze <file> --print-sql [options]',
      '  crm-customers --help [--lang zh-CN|en-US]',
      '',
      'analyze summarises a transaction log of any size with DuckDB (one row per customer),',
      'fits the purchase and spend models on the summary and writes the results workbook',
      "the add-in's Customer value page writes.",
      '',
      'Options:',
      '  --end         calibration end, yyyy-mm-dd; later transactions are ignored (default: the last date in the file)',
      '  --holdout     holdout end, yyyy-mm-dd, after --end: purchases after --end up to it are kept aside (default: none)',
      '  --unit        period of frequency, recency and horizon: day, week (default) or month',
      '  --horizon     periods ahead for expected purchases and CLV (default 52)',
      '  --discount    discount rate per year, 0.1 or 10% (default 10%)',
      '  --margin      share of spend that is profit, 0.3 or 30% (default 100%: CLV as revenue)',
      '  --model       purchase model: bgnbd (default)',
      '  --id, --date, --amount',
      '                the column (its header) holding the customer id, the date, the amount;',
      '                by default found from the headers as the Customer value page finds them',
      '  --out         the workbook to write (default <file>-customer-value.xlsx)',
      '  --print-sql   print the SQL of the per-customer summary and stop, running nothing',
      '  --lang        language of the workbook and of these messages: en-US (default) or zh-CN',
      '  -h, --help    show this help',
      '',
      'Exit status: 0 done, 1 the file could not be used or analysed, 2 the command line is wrong.',
    ].join('\n'),
    zh: [
      '用法：',
      '  crm-customers analyze <交易.csv|.parquet> [--end 2024-12-31] [--out 客户.xlsx] [选项]',
      '  crm-customers analyze <文件> --print-sql [选项]',
      '  crm-customers --help [--lang zh-CN|en-US]',
      '',
      'analyze 用 DuckDB 汇总任意大小的交易记录（每位客户一行），在汇总上拟合购买模型和消费金额模型，',
      '并写出与加载项“客户价值”页相同的结果工作簿。',
      '',
      '选项：',
      '  --end         校准期结束日，yyyy-mm-dd；此后的交易不计（默认：文件中的最后日期）',
      '  --holdout     验证期结束日，yyyy-mm-dd，须晚于 --end：--end 之后至该日的购买留作检验（默认：无）',
      '  --unit        频次、近度和预测期的期间单位：day（日）、week（周，默认）或 month（月）',
      '  --horizon     预测期数，用于期望购买次数和客户生命周期价值（默认 52）',
      '  --discount    年折现率，0.1 或 10%（默认 10%）',
      '  --margin      消费中利润所占比例，0.3 或 30%（默认 100%：按收入计算客户生命周期价值）',
      '  --model       购买模型：bgnbd（默认）',
      '  --id、--date、--amount',
      '                客户编号、日期、金额所在的列（其表头）；',
      '                默认按“客户价值”页的方式从表头识别',
      '  --out         要写入的工作簿（默认 <文件>-customer-value.xlsx）',
      '  --print-sql   打印每位客户汇总的 SQL 后停止，不运行任何内容',
      '  --lang        工作簿及本提示的语言：en-US（默认）或 zh-CN',
      '  -h, --help    显示本帮助',
      '',
      '退出状态：0 完成，1 文件无法使用或无法分析，2 命令行有误。',
    ].join('\n'),
  }),
  analyzeNeedsOne: (): Text => ({
    en: 'analyze needs one transaction file (.csv or .parquet).',
    zh: 'analyze 需要一个交易文件（.csv 或 .parquet）。',
  }),
  printSqlNeedsEnd: (): Text => ({
    en: '--print-sql needs --end: the SQL states the calibration end, and finding the last date would mean reading the file.',
    zh: '--print-sql 需要 --end：SQL 中须写明校准期结束日，而找出最后日期就要读取文件。',
  }),
  badDateOption: (opt: string, got: string): Text => ({
    en: `${opt} must be a date such as 2024-12-31, not ${q(got)}.`,
    zh: `${opt} 须为日期（如 2024-12-31），而不是 ${q(got)}。`,
  }),
  badNumberOption: (opt: string, got: string): Text => ({
    en: `${opt} must be a number, not ${q(got)}.`,
    zh: `${opt} 须为数字，而不是 ${q(got)}。`,
  }),
  badUnit: (got: string): Text => ({
    en: `--unit must be day, week or month, not ${q(got)}.`,
    zh: `--unit 须为 day、week 或 month，而不是 ${q(got)}。`,
  }),
  badModel: (got: string, ids: readonly string[]): Text => ({
    en: `--model must be ${ids.join(' or ')}, not ${q(got)}.`,
    zh: `--model 须为 ${ids.join(' 或 ')}，而不是 ${q(got)}。`,
  }),
  noSuchColumn: (opt: string, got: string, names: readonly string[]): Text => ({
    en: `${opt}: the file has no column ${q(got)}. Its columns: ${names.map(q).join(', ')}.`,
    zh: `${opt}：文件中没有列 ${q(got)}。文件的列：${names.map(q).join('、')}。`,
  }),
  chooseWith: (opt: string): Text => ({ en: `Name it with ${opt}.`, zh: `请用 ${opt} 指定。` }),
  notReadable: (file: string, kind: string, detail: string): Text => ({
    en: `${file} could not be read as a ${kind} file: ${detail}`,
    zh: `无法以 ${kind} 文件读取 ${file}：${detail}`,
  }),
  tooManyCustomers: (n: number, max: number): Text => ({
    en: `The file holds ${n.toLocaleString('en-US')} customers; a worksheet holds ${max.toLocaleString('en-US')} below its header, so the results sheet cannot. Analyse a part of the customers (a region, a cohort) at a time. Nothing was written.`,
    zh: `文件中有 ${n} 位客户；工作表在表头下最多容纳 ${max} 行，结果表无法容纳。请分批分析部分客户（按地区、批次等）。未写入任何内容。`,
  }),
  read: (rows: number, customers: number, first: string, last: string): Text => ({
    en: `Read ${rows.toLocaleString('en-US')} rows: ${customers.toLocaleString('en-US')} customers in the summary, dates ${first} to ${last}.`,
    zh: `已读取 ${rows} 行：汇总中有 ${customers} 位客户，日期 ${first} 至 ${last}。`,
  }),
  leftOut: (n: number, rows: readonly number[]): Text => ({
    en: `${n} rows without a customer id left out (rows ${rows.join(', ')}${n > rows.length ? ', …' : ''}).`,
    zh: `已略去 ${n} 行没有客户编号的行（第 ${rows.join('、')}${n > rows.length ? ' 等' : ''} 行）。`,
  }),
  fitted: (model: string, params: string): Text => ({ en: `${model}: ${params}`, zh: `${model}：${params}` }),
  failed: (detail: string): Text => ({
    en: `crm-customers failed unexpectedly: ${detail}`,
    zh: `crm-customers 意外失败：${detail}`,
  }),
};
