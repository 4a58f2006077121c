import type { Text } from '../core/errors';

/**
 * What crm-scorecards says, in both shipped languages. Kept apart from the command so that
 * `--help` needs nothing but this file and the argument parser.
 */
const q = (s: string) => `"${s}"`;

/** Why a file could not be read or written, for the error codes people actually meet. */
const FS_REASONS: Record<string, Text> = {
  ENOENT: { en: 'no such file or folder', zh: '文件或文件夹不存在' },
  EACCES: { en: 'permission denied', zh: '没有权限' },
  EPERM: { en: 'operation not permitted', zh: '不允许此操作' },
  EISDIR: { en: 'it is a folder', zh: '这是一个文件夹' },
  ENOTDIR: { en: 'a part of the path is not a folder', zh: '路径中有一部分不是文件夹' },
  EROFS: { en: 'the file system is read-only', zh: '文件系统为只读' },
  ENOSPC: { en: 'no space left on the device', zh: '磁盘空间不足' },
  EBUSY: { en: 'the file is in use (open in Excel?)', zh: '文件正被占用（是否在 Excel 中打开？）' },
};

/** The system's own words are the fallback: they are English, but they are precise. */
export function fsReason(e: unknown): Text {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && Object.prototype.hasOwnProperty.call(FS_REASONS, code)) return FS_REASONS[code];
  const detail = e instanceof Error ? e.message : String(e);
  return { en: detail, zh: detail };
}

export const cliMessages = {
  usage: (): Text => ({
    en: [
      'Usage:',
      '  crm-scorecards templates [--lang zh-CN|en-US]',
      '  crm-scorecards export <template-id> [--lang zh-CN|en-US] [--out file.xlsx]',
      '  crm-scorecards export --from scorecard.json [--lang zh-CN|en-US] [--out file.xlsx]',
      '  crm-scorecards export <tracker-id> [--year 2026] [--periods month|quarter|half] [--lang …] [--out …]',
      '  crm-scorecards merge <a.xlsx> <b.xlsx> [more.xlsx ...] [--lang zh-CN|en-US] [--out all.xlsx]',
      '  crm-scorecards --help [--lang zh-CN|en-US]',
      '',
      'Commands:',
      '  templates   list the built-in scorecard templates and KPI trackers (id, then title)',
      '  export      write a template or tracker, or a scorecard or tracker file, as an .xlsx workbook',
      '  merge       merge copies of one scorecard filled in by several appraisers (one file each) into',
      '              a workbook with a sheet per appraiser and a consolidated sheet',
      '',
      'Options:',
      '  --lang      language of the sheet and of these messages: en-US (default) or zh-CN',
      '  --out       the workbook to write; default <id>.xlsx (<id>.zh-CN.xlsx in Chinese),',
      '              for merge <id>-merged.xlsx',
      '  --from      a scorecard or tracker .json file (UTF-8) instead of a built-in template',
      "  --year      KPI trackers: the year tracked; another year than the sample's starts with no actuals",
      '  --periods   KPI trackers: the columns, month (default of the templates), quarter or half',
      '  -h, --help  show this help',
      '',
      'Exit status: 0 done, 1 the scorecard or a file could not be used, 2 the command line is wrong.',
    ].join('\n'),
    zh: [
      '用法：',
      '  crm-scorecards templates [--lang zh-CN|en-US]',
      '  crm-scorecards export <模板id> [--lang zh-CN|en-US] [--out 文件.xlsx]',
      '  crm-scorecards export --from 评分表.json [--lang zh-CN|en-US] [--out 文件.xlsx]',
      '  crm-scorecards export <跟踪表id> [--year 2026] [--periods month|quarter|half] [--lang …] [--out …]',
      '  crm-scorecards merge <a.xlsx> <b.xlsx> [更多.xlsx ...] [--lang zh-CN|en-US] [--out 汇总.xlsx]',
      '  crm-scorecards --help [--lang zh-CN|en-US]',
      '',
      '命令：',
      '  templates   列出内置评分表模板和KPI跟踪表（id 与标题）',
      '  export      将模板或跟踪表，或评分表、跟踪表文件写成 .xlsx 工作簿',
      '  merge       将多位考评人各自填写的同一评分表副本（每人一个文件）合并为一个工作簿，',
      '              每位考评人一张工作表，另有一张汇总表',
      '',
      '选项：',
      '  --lang      工作表及本提示的语言：en-US（默认）或 zh-CN',
      '  --out       要写入的工作簿；默认为 <id>.xlsx（中文为 <id>.zh-CN.xlsx），',
      '              merge 默认为 <id>-merged.xlsx',
      '  --from      使用评分表 .json 文件（UTF-8）代替内置模板',
      '  --year      KPI跟踪表：跟踪的年份；与示例年份不同时不含实际值',
      '  --periods   KPI跟踪表：列的期间，month（模板默认，月）、quarter（季度）或 half（半年）',
      '  -h, --help  显示本帮助',
      '',
      '退出状态：0 完成，1 评分表或文件无法使用，2 命令行有误。',
    ].join('\n'),
  }),
  noCommand: (): Text => ({ en: 'No command given.', zh: '未给出命令。' }),
  unknownCommand: (cmd: string): Text => ({ en: `Unknown command ${q(cmd)}.`, zh: `未知命令 ${q(cmd)}。` }),
  unknownOption: (opt: string): Text => ({ en: `Unknown option ${opt}.`, zh: `未知选项 ${opt}。` }),
  needsValue: (opt: string): Text => ({ en: `${opt} needs a value.`, zh: `${opt} 需要一个值。` }),
  notForCommand: (opt: string, cmd: string): Text => ({ en: `${opt} does not apply to ${cmd}.`, zh: `${opt} 不适用于 ${cmd} 命令。` }),
  repeatedOption: (opt: string): Text => ({ en: `${opt} is given more than once.`, zh: `${opt} 重复给出。` }),
  badLang: (got: string): Text => ({
    en: `--lang must be zh-CN or en-US, not ${q(got)}.`,
    zh: `--lang 必须是 zh-CN 或 en-US，而不是 ${q(got)}。`,
  }),
  templatesTakesNothing: (got: string): Text => ({
    en: `templates takes no arguments; got ${got}.`,
    zh: `templates 不接受参数；当前为 ${got}。`,
  }),
  idOrFrom: (): Text => ({
    en: 'Give either a template id or --from, not both.',
    zh: '请给出模板 id 或 --from，不能同时给出。',
  }),
  exportNeedsOne: (): Text => ({
    en: 'export needs one template id (see "crm-scorecards templates") or --from file.json.',
    zh: 'export 需要一个模板 id（见 "crm-scorecards templates"）或 --from 文件.json。',
  }),
  unknownTemplate: (id: string, ids: readonly string[]): Text => ({
    en: `Unknown template ${q(id)}. Built-in templates: ${ids.join(', ')}.`,
    zh: `未知模板 ${q(id)}。内置模板：${ids.join('、')}。`,
  }),
  cannotRead: (file: string, why: Text): Text => ({
    en: `Cannot read ${file}: ${why.en}.`,
    zh: `无法读取 ${file}：${why.zh}。`,
  }),
  notUtf8: (file: string): Text => ({
    en: `${file} is not UTF-8 text; save it as UTF-8 (a byte order mark is fine) and try again.`,
    zh: `${file} 不是 UTF-8 文本；请另存为 UTF-8（可带 BOM）后重试。`,
  }),
  notJson: (file: string, line: number | null, column: number | null, detail: string): Text => ({
    en: `${file} is not valid JSON${line === null ? '' : ` (line ${line}, column ${column})`}: ${detail}`,
    zh: `${file} 不是有效的 JSON${line === null ? '' : `(第 ${line} 行第 ${column} 列)`}:${detail}`,
  }),
  emptyFile: (file: string): Text => ({ en: `${file} is empty.`, zh: `${file} 是空文件。` }),
  notValid: (file: string, count: number): Text => ({
    en: `${file} is not a valid scorecard (${count} problem${count === 1 ? '' : 's'}):`,
    zh: `${file} 不是有效的评分表（${count} 处问题）：`,
  }),
  cannotBuild: (detail: Text): Text => ({
    en: `The workbook could not be built: ${detail.en}`,
    zh: `无法生成工作簿：${detail.zh}`,
  }),
  cannotWrite: (file: string, why: Text): Text => ({
    en: `Cannot write ${file}: ${why.en}. Nothing was written.`,
    zh: `无法写入 ${file}：${why.zh}。未写入任何内容。`,
  }),
  badYear: (got: string): Text => ({
    en: `--year must be a year such as 2026, not ${q(got)}.`,
    zh: `--year 须为年份（如 2026），而不是 ${q(got)}。`,
  }),
  badPeriods: (got: string): Text => ({
    en: `--periods must be month, quarter or half, not ${q(got)}.`,
    zh: `--periods 须为 month、quarter 或 half，而不是 ${q(got)}。`,
  }),
  onlyForTrackers: (opt: string): Text => ({
    en: `${opt} applies only to KPI trackers.`,
    zh: `${opt} 仅适用于KPI跟踪表。`,
  }),
  emptiedForYear: (year: number, sample: number): Text => ({
    en: `The sample figures are for ${sample}; the tracker for ${year} starts with no actuals.`,
    zh: `示例数据属于 ${sample} 年；${year} 年的跟踪表不含实际值。`,
  }),
  trackerTag: (): Text => ({ en: '(KPI tracker)', zh: '（KPI跟踪表）' }),
  notValidTracker: (file: string, count: number): Text => ({
    en: `${file} is not a valid KPI tracker (${count} problem${count === 1 ? '' : 's'}):`,
    zh: `${file} 不是有效的KPI跟踪表（${count} 处问题）：`,
  }),
  wrote: (file: string): Text => ({ en: `Wrote ${file}`, zh: `已写入 ${file}` }),
  failed: (detail: string): Text => ({
    en: `crm-scorecards failed unexpectedly: ${detail}`,
    zh: `crm-scorecards 意外失败：${detail}`,
  }),
  mergeNeedsTwo: (): Text => ({
    en: 'merge needs two or more workbooks, one per appraiser.',
    zh: 'merge 需要两个或更多工作簿，每位考评人一个。',
  }),
  nothingMerged: (count: number): Text => ({
    en: `Nothing was merged and nothing was written: ${count} problem${count === 1 ? '' : 's'}:`,
    zh: `未合并，也未写入任何内容：共 ${count} 处问题：`,
  }),
  merged: (count: number, file: string): Text => ({
    en: `Merged ${count} appraisers into ${file}:`,
    zh: `已将 ${count} 位考评人的评分合并到 ${file}：`,
  }),
  mergedCopy: (label: string, name: Text, ratings: number): Text => ({
    en: `  - ${label}: ${name.en}, ${ratings} rating${ratings === 1 ? '' : 's'}`,
    zh: `  - ${label}：${name.zh}，${ratings} 个评分`,
  }),
  notTaken: (count: number): Text => ({
    en: `Cells not taken (read as unrated), ${count}:`,
    zh: `未采用的单元格（按未评分处理），共 ${count} 个：`,
  }),
};
