import type { Lang } from '../core/errors';
import { inLanguage, languageOf } from '../core/vocabulary';

/** Every string the pane shows, in both shipped languages. */
const STRINGS = {
  appTitle: { en: 'CRM Analytics', zh: 'CRM 分析' },
  functionsTab: { en: 'Functions', zh: '函数' },
  searchLabel: { en: 'Search functions', zh: '搜索函数' },
  searchPlaceholder: { en: 'Name or purpose, e.g. churn', zh: '名称或用途，如 流失' },
  languageLabel: { en: 'Language', zh: '语言' },
  arguments: { en: 'Arguments', zh: '参数' },
  optional: { en: 'optional', zh: '可选' },
  example: { en: 'Example', zh: '示例' },
  result: { en: 'Result', zh: '结果' },
  insert: { en: 'Insert', zh: '插入' },
  copy: { en: 'Copy', zh: '复制' },
  inserted: { en: 'Inserted into the selected cell.', zh: '已插入所选单元格。' },
  copied: { en: 'Formula copied to the clipboard.', zh: '公式已复制到剪贴板。' },
  copyFailed: { en: 'Could not copy; select the formula and copy it by hand.', zh: '无法复制，请手动选择公式并复制。' },
  occupied: { en: 'The selected cell is not empty. Replace its content?', zh: '所选单元格不为空。要替换其内容吗？' },
  replace: { en: 'Replace', zh: '替换' },
  cancel: { en: 'Cancel', zh: '取消' },
  insertFailed: { en: 'Could not insert the formula:', zh: '无法插入公式：' },
  loading: { en: 'Loading the function list…', zh: '正在加载函数列表…' },
  loadFailed: { en: 'The function list could not be loaded:', zh: '无法加载函数列表：' },
  noMatch: { en: 'No function matches your search.', zh: '没有符合搜索条件的函数。' },
  count: { en: '{n} functions', zh: '共 {n} 个函数' },
  standalone: {
    en: 'Running in a browser without Excel: scorecards download as .xlsx files and formulas are copied to the clipboard.',
    zh: '正在没有 Excel 的浏览器中运行：评分卡将下载为 .xlsx 文件，公式将复制到剪贴板。',
  },

  // ---- the search box over everything (Ctrl+Shift+P) ----
  paletteLabel: { en: 'Search everything', zh: '搜索全部' },
  palettePlaceholder: { en: 'Search (Ctrl+Shift+P)', zh: '搜索（Ctrl+Shift+P）' },
  paletteResults: { en: 'Functions, templates, workbook items and actions', zh: '函数、模板、工作簿内容与操作' },
  paletteCount: { en: '{n} results', zh: '共 {n} 项结果' },
  paletteNoMatch: { en: 'Nothing matches your search.', zh: '没有符合搜索条件的项目。' },
  refreshWatch: { en: 'Refresh the KPI watch', zh: '刷新KPI预警' },
  goToSheetFailed: { en: 'Could not go to the sheet:', zh: '无法转到该工作表：' },
  paletteGenerate: { en: 'Generate the scorecard in a new sheet', zh: '将评分卡生成到新工作表' },
  paletteDownload: { en: 'Download the scorecard as .xlsx', zh: '将评分卡下载为 .xlsx' },
  paletteExport: { en: 'Export the scorecard as JSON', zh: '将评分卡导出为 JSON' },

  // ---- pages ----
  pagesLabel: { en: 'Pages', zh: '页面' },
  templatesTab: { en: 'Templates', zh: '模板' },
  editorTab: { en: 'Editor', zh: '编辑' },
  candidatesTab: { en: 'Candidates', zh: '{who}' },
  previewTab: { en: 'Preview', zh: '预览' },
  generateTab: { en: 'Generate', zh: '生成' },
  watchTab: { en: 'KPI watch', zh: 'KPI预警' },
  watchTabCount: { en: 'KPI watch ({n})', zh: 'KPI预警（{n}）' },
  dismiss: { en: 'Dismiss', zh: '关闭' },
  draftRestored: { en: 'Your unsaved scorecard was restored.', zh: '已恢复您未保存的评分卡。' },
  draftDiscarded: {
    en: 'The saved draft was damaged and has been discarded; start again from a template.',
    zh: '已保存的草稿已损坏并已丢弃，请从模板重新开始。',
  },
  noCard: { en: 'Choose a template or import a file on the Templates page first.', zh: '请先在“模板”页选择模板或导入文件。' },
  goTemplates: { en: 'Go to templates', zh: '前往模板' },
  editing: { en: 'Editing: {title}', zh: '正在编辑：{title}' },

  // ---- templates ----
  builtInHeading: { en: 'Built-in templates', zh: '内置模板' },
  storedHeading: { en: 'In this workbook', zh: '本工作簿中的评分卡' },
  storedFailed: { en: 'The scorecards of this workbook could not be read:', zh: '无法读取本工作簿中的评分卡：' },
  kind_appraisal: { en: 'Appraisal', zh: '考核' },
  kind_selection: { en: 'Selection', zh: '选型' },
  kind_kpi: { en: 'KPI monitoring', zh: 'KPI 监控' },
  criteriaCount: { en: '{n} criteria', zh: '{n} 项指标' },
  candidatesCount: { en: '{n} candidates', zh: '{n} 个{who}' },
  open: { en: 'Open', zh: '打开' },
  openCard: { en: 'Open {title}', zh: '打开{title}' },
  loaded: { en: 'Loaded “{title}”. Edit it on the Editor page.', zh: '已载入“{title}”。请在“编辑”页修改。' },
  fileHeading: { en: 'Files', zh: '文件' },
  importLabel: { en: 'Import a scorecard file (.json)', zh: '导入评分卡文件（.json）' },
  importFailed: { en: 'The file was not loaded. Fix these problems and import it again:', zh: '文件未载入。请修正以下问题后重新导入：' },
  exportJson: { en: 'Export as JSON', zh: '导出为 JSON' },
  exported: { en: 'Exported {file}.', zh: '已导出 {file}。' },

  // ---- saving a file where the webview cannot download (Excel on Mac) ----
  manualSaveTitle: { en: 'Save {file}', zh: '保存 {file}' },
  manualSaveHint: {
    en: 'Excel on this device does not let add-ins download files. Copy the text below, paste it into a plain-text editor and save it as {file}; the Templates page can import that file again.',
    zh: '此设备上的 Excel 不允许加载项下载文件。请复制下面的文本，粘贴到纯文本编辑器中并另存为 {file}；之后可在“模板”页重新导入该文件。',
  },
  manualSaveBinary: {
    en: '{file} is not a text file, so it cannot be shown here. Use Excel on the web to download it.',
    zh: '{file} 不是文本文件，无法在此显示。请改用 Excel 网页版下载。',
  },
  manualSaveContent: { en: 'Contents of {file}', zh: '{file} 的内容' },
  manualSaveCopied: { en: 'Copied. Paste it into a plain-text editor and save it as {file}.', zh: '已复制。请粘贴到纯文本编辑器中并另存为 {file}。' },
  manualSaveRefused: {
    en: 'Copying was not allowed here. The text is selected: press ⌘C (Ctrl+C on Windows) to copy it.',
    zh: '此处不允许自动复制。文本已选中，请按 ⌘C（Windows 上按 Ctrl+C）复制。',
  },
  manualSaveTryDownload: { en: 'Download', zh: '下载' },
  close: { en: 'Close', zh: '关闭' },

  // ---- editor ----
  titleLabel: { en: 'Title', zh: '标题' },
  sectionsHeading: { en: 'Sections', zh: '评分部分' },
  sectionName: { en: 'Name of section {n}', zh: '第 {n} 部分名称' },
  sectionWeight: { en: 'Weight of section {name} (%)', zh: '部分“{name}”权重（%）' },
  sectionWeights: { en: 'Weights of the sections', zh: '各部分权重' },
  criteriaOf: { en: 'Criteria of {name}', zh: '“{name}”的指标' },
  colName: { en: 'Name', zh: '名称' },
  colDescription: { en: 'Description', zh: '说明' },
  colScoring: { en: 'Scored by', zh: '评分方式' },
  colWeight: { en: 'Weight %', zh: '权重 %' },
  colActions: { en: 'Actions', zh: '操作' },
  criterionName: { en: 'Name of criterion {n}', zh: '指标 {n} 名称' },
  criterionDescription: { en: 'Description of {name}', zh: '“{name}”的说明' },
  criterionScoring: { en: 'Scoring of {name}', zh: '“{name}”的评分方式' },
  criterionWeight: { en: 'Weight of {name} (%)', zh: '“{name}”的权重（%）' },
  moveUp: { en: 'Move {name} up', zh: '上移“{name}”' },
  moveDown: { en: 'Move {name} down', zh: '下移“{name}”' },
  remove: { en: 'Remove {name}', zh: '删除“{name}”' },
  addCriterion: { en: 'Add criterion', zh: '添加指标' },
  addCriterionTo: { en: 'Add criterion to {name}', zh: '添加指标到“{name}”' },
  addSection: { en: 'Add section', zh: '添加部分' },
  newCriterion: { en: 'New criterion {n}', zh: '新指标 {n}' },
  newSection: { en: 'New section {n}', zh: '新部分 {n}' },
  weightTotal: { en: 'Total {sum}%', zh: '合计 {sum}%' },
  weightTotalOff: { en: 'Total {sum}%, should be 100%', zh: '合计 {sum}%，应为 100%' },
  normalise: { en: 'Normalise', zh: '归一化' },
  normaliseGroup: { en: 'Normalise {group} to 100%', zh: '将{group}归一化为 100%' },
  weightMode: { en: 'Set weights by', zh: '权重设定方式' },
  mode_direct: { en: 'Typing them', zh: '直接输入' },
  mode_ahp: { en: 'Pairwise comparison (AHP)', zh: '两两比较（AHP）' },
  mode_roc: { en: 'Importance order (ROC)', zh: '重要性排序（ROC）' },
  rocHint: {
    en: 'Put the items in order of importance with the arrows, most important first; rank-order centroid weights follow.',
    zh: '请用箭头按重要性从高到低排列，系统按排序质心法（ROC）计算权重。',
  },
  applyRoc: { en: 'Apply rank-order weights', zh: '应用排序权重' },
  rocProposed: { en: 'Weights proposed by rank order', zh: '按排序建议的权重' },
  weightsApplied: { en: 'Weights applied.', zh: '权重已应用。' },
  ahpHint: {
    en: 'For each pair, move the slider toward the more important item (Saaty scale 1–9).',
    zh: '对每一对比较，将滑块移向更重要的一项（Saaty 1–9 标度）。',
  },
  ahpPair: { en: '{a} compared with {b}', zh: '{a} 与 {b} 比较' },
  ahpEqual: { en: 'equally important', zh: '同等重要' },
  ahpMore: { en: '{name} is {k}× as important', zh: '{name} 重要 {k} 倍' },
  ahpCr: { en: 'Consistency ratio {cr}', zh: '一致性比率 {cr}' },
  ahpInconsistent: {
    en: 'The comparisons contradict each other (CR above 0.1): revise the pairs that disagree before applying.',
    zh: '比较结果相互矛盾（CR 大于 0.1）：请先修改不一致的比较再应用。',
  },
  ahpWorst: {
    en: 'Start with {a} against {b}: you judged {judged}; the resulting weights say {implied}.',
    zh: '请先检查“{a}”与“{b}”：您的判断为{judged}；按所得权重约为{implied}。',
  },
  ahpConsistent: { en: 'Consistent enough (CR at most 0.1).', zh: '一致性可接受（CR 不超过 0.1）。' },
  applyAhp: { en: 'Apply AHP weights', zh: '应用 AHP 权重' },
  openLarger: { en: 'Open in a larger window', zh: '在更大的窗口中打开' },
  ahpWindowOpen: {
    en: 'The comparisons are open in a larger window; what you change there appears here.',
    zh: '比较已在更大的窗口中打开；在该窗口中所做的更改会显示在这里。',
  },
  ahpWindowFailed: { en: 'The larger window could not be opened:', zh: '无法打开更大的窗口：' },
  ahpWindowTitle: { en: 'Pairwise comparison: {group}', zh: '两两比较：{group}' },
  ahpWindowDone: { en: 'Done', zh: '完成' },
  ahpWindowNothing: {
    en: 'Nothing to compare here. Open this window with “Open in a larger window” in the pane’s pairwise comparison.',
    zh: '此处没有可比较的内容。请在任务窗格的两两比较中点击“在更大的窗口中打开”。',
  },
  proposedWeight: { en: '{name}: {w}%', zh: '{name}：权重 {w}%' },
  undo: { en: 'Undo', zh: '撤销' },
  'undo_section-removed': { en: 'Section removed.', zh: '已删除部分。' },
  'undo_criterion-removed': { en: 'Criterion removed.', zh: '已删除指标。' },
  'undo_candidate-removed': { en: 'Candidate removed.', zh: '已删除{who}。' },
  'undo_scoring-changed': { en: 'Scoring changed; its ratings were cleared.', zh: '已更改评分方式，相关评分已清除。' },
  'undo_card-replaced': { en: 'The previous scorecard was replaced.', zh: '之前的评分卡已被替换。' },
  'undo_weights-replaced': { en: 'Weights replaced.', zh: '权重已替换。' },

  // ---- candidates ----
  addCandidate: { en: 'Add candidate', zh: '添加{who}' },
  newCandidate: { en: 'Candidate {n}', zh: '{who} {n}' },
  candidateName: { en: 'Name of candidate {n}', zh: '{who} {n} 名称' },
  noCandidates: { en: 'No candidates yet: add the people, vendors or products to compare.', zh: '尚无{who}：请添加要比较的人员、供应商或产品。' },
  ratingsOf: { en: 'Enter the ratings of', zh: '录入评分的对象' },
  ratedCount: { en: '{rated} of {n} criteria rated', zh: '已评 {rated}/{n} 项指标' },
  notRated: { en: '— not rated —', zh: '— 未评分 —' },
  notANumber: { en: 'Enter a number.', zh: '请输入数字。' },
  ratingsView: { en: 'Enter ratings', zh: '评分录入方式' },
  viewGrid: { en: 'Grid', zh: '表格' },
  viewForm: { en: 'One {who} at a time', zh: '逐个{who}' },
  ratingsGrid: { en: 'Ratings: criteria down, {who}s across', zh: '评分：纵向为指标，横向为{who}' },
  ratingsWindowOpen: {
    en: 'The ratings are open in a larger window; what you enter there appears here.',
    zh: '评分已在更大的窗口中打开；在该窗口中录入的内容会显示在这里。',
  },
  ratingsWindowNothing: {
    en: 'Nothing to rate here. Open this window with “Open in a larger window” on the pane’s ratings grid.',
    zh: '此处没有可评分的内容。请在任务窗格的评分表格中点击“在更大的窗口中打开”。',
  },
  colCriterion: { en: 'Criterion', zh: '指标' },
  gridCell: { en: '{criterion}, {candidate}: {value}', zh: '{candidate}的“{criterion}”：{value}' },
  gridDetail: { en: '{criterion}: {detail}', zh: '“{criterion}”说明：{detail}' },
  gridKeys: {
    en: 'Arrows move; type the first letter of an answer (A, B… or M, P, N) or a number; Enter moves down; F2 or Space opens a cell; Escape cancels; Delete clears.',
    zh: '方向键移动；输入答案的首字母（A、B… 或 M、P、N）或数字；Enter 下移；F2 或空格键打开单元格；Esc 取消；Delete 清除。',
  },

  // ---- preview ----
  totalsHeading: { en: 'Totals and ranking', zh: '总分与排名' },
  colRank: { en: 'Rank', zh: '排名' },
  colCandidate: { en: 'Candidate', zh: '{who}' },
  colGrade: { en: 'Grade', zh: '等级' },
  colTotal: { en: 'Total', zh: '总分' },
  barChartLabel: { en: 'Bar chart of the totals', zh: '总分柱状图' },
  radarLabel: { en: 'Radar chart: share of each criterion reached, per person', zh: '雷达图：每人各项指标得分率' },
  sensitivityHeading: { en: 'How firm is the winner?', zh: '第一名是否稳固？' },
  sensitivityNever: { en: 'For {n} criteria, no change of their weight alone changes the winner.', zh: '有 {n} 项指标的权重单独变化不会改变第一名。' },
  needTwo: { en: 'Add a second candidate to see how firm the ranking is.', zh: '添加第二个{who}后即可查看排名的稳健性。' },
  unratedNote: { en: '{name}: {n} criteria not rated count as 0.', zh: '{name}：{n} 项未评分指标按 0 分计。' },
  cannotScore: { en: 'The scorecard cannot be scored yet. Fix these first:', zh: '评分卡暂时无法计算，请先修正：' },

  // ---- generate ----
  generateHeading: { en: 'Create the worksheet', zh: '生成工作表' },
  generateExcel: { en: 'Generate in a new sheet', zh: '生成到新工作表' },
  downloadXlsx: { en: 'Download .xlsx', zh: '下载 .xlsx' },
  generateHintExcel: { en: 'A new sheet with live formulas; it works without the add-in.', zh: '新工作表使用 Excel 原生公式，无需加载项即可计算。' },
  generateHintBrowser: {
    en: 'Without Excel, the scorecard downloads as a workbook with live formulas.',
    zh: '在没有 Excel 的情况下，评分卡将下载为包含公式的工作簿。',
  },
  generating: { en: 'Generating…', zh: '正在生成…' },
  generatedSheet: { en: 'Generated the sheet “{sheet}” and activated it.', zh: '已生成工作表“{sheet}”并已激活。' },
  downloaded: { en: 'Downloaded {file}.', zh: '已下载 {file}。' },
  generateFailed: { en: 'Generation failed:', zh: '生成失败：' },
  fixFirst: { en: 'Fix the problems listed on the Preview page first.', zh: '请先修正“预览”页列出的问题。' },
  readSheet: { en: 'Read from sheet', zh: '从工作表读取' },
  readHint: { en: 'Loads the scorecard of the active sheet for editing.', zh: '载入当前工作表中的评分卡以便编辑。' },
  readNone: { en: 'The active sheet is not a generated scorecard.', zh: '当前工作表不是生成的评分卡。' },
  readDone: { en: 'Read “{title}” from the sheet “{sheet}”.', zh: '已从工作表“{sheet}”读取“{title}”。' },
  readFailed: { en: 'Could not read the sheet:', zh: '无法读取工作表：' },
  regenerate: { en: 'Update the sheet “{sheet}”', zh: '更新工作表“{sheet}”' },
  confirmTitle: { en: 'Update the sheet?', zh: '更新工作表？' },
  confirmRegenerate: {
    en: 'The sheet “{sheet}” will be rewritten with your edits. Anything typed on it by hand is replaced.',
    zh: '将用您的修改重写工作表“{sheet}”，手动输入的内容将被替换。',
  },
  confirmUpdate: { en: 'Update', zh: '更新' },
  regenerated: { en: 'Updated the sheet “{sheet}”.', zh: '已更新工作表“{sheet}”。' },
  readSkippedTitle: { en: 'Some cells could not be read', zh: '部分单元格无法读取' },
  readSkippedIntro: {
    en: 'These cells of the sheet “{sheet}” hold something the scorecard cannot take:',
    zh: '工作表“{sheet}”中以下单元格的内容无法被评分卡采用：',
  },
  readSkippedOutcome: {
    en: 'If you load the scorecard, these ratings count as unrated and these weights and names keep their stored values. Updating the sheet afterwards writes those values over the cells.',
    zh: '若载入评分卡，这些评分按未评分处理，权重和名称保留原值；之后更新工作表时，这些值将覆盖上述单元格。',
  },
  loadAnyway: { en: 'Load anyway', zh: '仍然载入' },
  readCancelled: {
    en: 'Nothing was loaded. Correct the cells in the sheet, then read it again.',
    zh: '未载入任何内容。请在工作表中更正这些单元格后重新读取。',
  },
  readDoneSkipped: {
    en: 'Read “{title}” from the sheet “{sheet}”; some cells were not taken (listed below).',
    zh: '已从工作表“{sheet}”读取“{title}”；部分单元格未被采用（见下方）。',
  },
  skippedHeading: { en: 'Not read from “{sheet}”', zh: '未从“{sheet}”读取的内容' },
  skippedAdvice: {
    en: 'Updating the sheet writes the scorecard as it is here over these cells. Correct them here first, or correct them in the sheet and read it again.',
    zh: '更新工作表时，将以此处的评分卡覆盖这些单元格。请先在此处更正，或在工作表中更正后重新读取。',
  },
  confirmSkipped: { en: 'These cells were not read and will be overwritten:', zh: '以下单元格未被读取，将被覆盖：' },
  skippedHere: { en: 'The sheet holds “{value}” here, which was not read.', zh: '工作表此处为“{value}”，未被读取。' },

  // ---- KPI watch and trackers ----
  watchHeading: { en: 'KPI watch', zh: 'KPI预警' },
  watchIntroExcel: {
    en: 'KPIs at risk or off track in their latest period, in every KPI tracker of this workbook, worst first. The list follows what you type.',
    zh: '本工作簿所有KPI跟踪表中最新一期处于预警或未达标的KPI，按严重程度排列；随输入自动更新。',
  },
  watchIntroBrowser: {
    en: 'Open a workbook with KPI trackers to see the KPIs at risk or off track in their latest period, worst first.',
    zh: '打开含有KPI跟踪表的工作簿，查看最新一期处于预警或未达标的KPI，按严重程度排列。',
  },
  openWorkbook: { en: 'Open a workbook (.xlsx)', zh: '打开工作簿（.xlsx）' },
  readAgain: { en: 'Read the file again', zh: '重新读取文件' },
  refresh: { en: 'Refresh', zh: '刷新' },
  noTrackers: { en: 'No KPI tracker in this workbook yet. Make one below.', zh: '本工作簿中尚无KPI跟踪表。可在下方新建。' },
  noTrackersFile: { en: 'This workbook holds no KPI tracker.', zh: '该工作簿中没有KPI跟踪表。' },
  allOnTrack: { en: 'Every KPI is on track in its latest period.', zh: '所有KPI最新一期均已达标。' },
  alertLine: { en: '{team} · {period}', zh: '{team}，期间：{period}' },
  alertAction: { en: 'Action: {action} ({owner})', zh: '措施：{action}（{owner}）' },
  goToCell: { en: 'Go to {cell}', zh: '转到 {cell}' },
  cellOf: { en: 'Sheet “{sheet}”, cell {cell}', zh: '工作表“{sheet}”单元格 {cell}' },
  watchFailed: { en: 'The KPI trackers could not be read:', zh: '无法读取KPI跟踪表：' },
  skippedValues: { en: 'Left out, as the tracker cannot take them: {cells}', zh: '以下单元格的内容无法采用，已忽略：{cells}' },
  trackerTitle: { en: '{title} {year}', zh: '{title}（{year}年）' },
  trackerSheet: { en: 'Sheet “{sheet}”', zh: '工作表“{sheet}”' },
  newTracker: { en: 'New KPI tracker', zh: '新建KPI跟踪表' },
  trackerTemplate: { en: 'Template', zh: '模板' },
  trackerYear: { en: 'Year', zh: '年份' },
  trackerPeriods: { en: 'Columns', zh: '列的期间' },
  trackerTeams: { en: 'Teams', zh: '团队' },
  trackerKpis: { en: '{n} KPIs: {names}', zh: '{n} 个KPI：{names}' },
  emptiedYear: {
    en: 'The sample figures are for {sample}; a tracker for {year} starts with no actuals.',
    zh: '示例数据属于 {sample} 年；{year} 年的跟踪表不含实际值。',
  },
  pickTeam: { en: 'Pick at least one team.', zh: '请至少选择一个团队。' },
  badYear: { en: 'Enter a year from 1901 to 9998.', zh: '请输入 1901 至 9998 之间的年份。' },
  generateTracker: { en: 'Make the tracker', zh: '生成跟踪表' },
  trackerWritten: { en: 'Wrote the tracker to the sheet “{sheet}”.', zh: '已将跟踪表写入工作表“{sheet}”。' },
  trackerDownloaded: { en: 'Downloaded {file}.', zh: '已下载 {file}。' },
  trackerFailed: { en: 'The tracker could not be made:', zh: '无法生成跟踪表：' },
  // ---- customer value ----
  customersTab: { en: 'Customer value', zh: '客户价值' },
  cvDataHeading: { en: 'Data', zh: '数据' },
  cvOpenFile: { en: 'Open a transaction table (.csv or .xlsx)', zh: '打开交易表（.csv 或 .xlsx）' },
  cvOpenHint: {
    en: 'One row per purchase: customer, date and amount columns; the first row holds the headers.',
    zh: '每次购买一行：客户、日期和金额列；第一行为表头。',
  },
  cvColumn_id: { en: 'Customer id column', zh: '客户编号列' },
  cvColumn_date: { en: 'Date column', zh: '日期列' },
  cvColumn_amount: { en: 'Amount column', zh: '金额列' },
  cvCounts: { en: '{rows} rows, {customers} customers, {first} to {last}.', zh: '共 {rows} 行，{customers} 位客户，{first} 至 {last}。' },
  cvSkipped: { en: '{n} rows without a customer id left out (rows {list}).', zh: '已略去 {n} 行没有客户编号的行（第 {list} 行）。' },
  cvBlankRows: { en: '{n} blank rows left out.', zh: '已略去 {n} 个空行。' },
  cvSettingsHeading: { en: 'Settings', zh: '设置' },
  cvCalibrationEnd: { en: 'Calibration end', zh: '校准期结束日' },
  cvCalibrationEndHint: {
    en: 'The models learn from purchases up to this date; default: the last date of the table.',
    zh: '模型从截至该日的购买中学习；默认为表中最后一个日期。',
  },
  cvHoldoutEnd: { en: 'Holdout end (optional)', zh: '验证期结束日（可选）' },
  cvHoldoutEndHint: {
    en: 'Purchases after the calibration end up to this date are kept aside to check the forecast.',
    zh: '校准期结束后至该日的购买留作检验预测。',
  },
  cvUnit: { en: 'Time unit', zh: '时间单位' },
  cvUnitHint: { en: 'Recency, age and the horizon are counted in this unit.', zh: '最近购买间隔、客户年龄和预测期均以此单位计。' },
  cvUnit_day: { en: 'Day', zh: '日' },
  cvUnit_week: { en: 'Week', zh: '周' },
  cvUnit_month: { en: 'Month', zh: '月' },
  cvHorizon: { en: 'Horizon (periods)', zh: '预测期（期数）' },
  cvHorizonHint: { en: 'How far ahead expected purchases and CLV look.', zh: '预期购买次数和客户生命周期价值向前看的期数。' },
  cvDiscount: { en: 'Discount rate per year', zh: '年折现率' },
  cvDiscountHint: { en: 'Money later is worth less: {rate} per period at this unit.', zh: '未来的钱价值更低：按此单位每期 {rate}。' },
  cvMargin: { en: 'Margin', zh: '利润率' },
  cvMarginHint: { en: 'Share of spend that is profit; 100 % gives CLV as revenue.', zh: '消费中属于利润的比例；100% 时客户生命周期价值即为收入。' },
  cvFitHeading: { en: 'Fit', zh: '拟合' },
  cvRun: { en: 'Fit the models', zh: '拟合模型' },
  cvStage_summarise: { en: 'Summarising purchases per customer…', zh: '正在汇总每位客户的购买…' },
  cvStage_purchases: { en: 'Fitting the purchase model (BG/NBD), iteration {n}…', zh: '正在拟合购买模型（BG/NBD），第 {n} 次迭代…' },
  cvStage_spend: { en: 'Fitting the spend model (Gamma-Gamma), iteration {n}…', zh: '正在拟合消费金额模型（Gamma-Gamma），第 {n} 次迭代…' },
  cvStage_score: { en: 'Scoring every customer…', zh: '正在为每位客户评分…' },
  cvFitted: { en: 'Fitted on {n} customers.', zh: '已基于 {n} 位客户完成拟合。' },
  cvTotalClv: { en: 'Total CLV {total}; mean {mean}.', zh: 'CLV 合计 {total}；平均 {mean}。' },
  cvResultsHeading: { en: 'Results', zh: '结果' },
  cvDownload: { en: 'Download the results (.xlsx)', zh: '下载结果（.xlsx）' },
  cvDownloaded: { en: 'Downloaded {file}.', zh: '已下载 {file}。' },
  cvFailed: { en: 'Nothing was written:', zh: '未写入任何内容：' },
  cvNotInExcel: {
    en: 'Inside Excel, open the table as a file here; reading a sheet directly is not available yet.',
    zh: '在 Excel 中请在此以文件方式打开交易表；暂不支持直接读取工作表。',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const s = inLanguage(STRINGS[key], lang);
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/**
 * A lead-in and the reason after it ("Generation failed: …"): English puts a space after its
 * colon, Chinese none after a full-width one.
 */
export function withReason(lang: Lang, key: StringKey, reason: string): string {
  const head = t(lang, key);
  return /[：，；。]$/.test(head) ? `${head}${reason}` : `${head} ${reason}`;
}

export const STRING_KEYS = Object.keys(STRINGS) as StringKey[];
export const rawStrings = STRINGS;

/** Excel's display language when in Excel, the browser's otherwise; anything Chinese → zh-CN. */
export function pickLanguage(hostLanguage: string | undefined, stored: string | null): Lang {
  if (stored === 'en-US' || stored === 'zh-CN') return stored;
  return languageOf(hostLanguage);
}
