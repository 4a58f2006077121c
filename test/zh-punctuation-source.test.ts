import * as fs from 'fs';
import * as path from 'path';

/*
 * Every Chinese text the code writes — error values of the functions, sheet texts, the command
 * line's messages, the templates — is punctuated with full-width marks beside Chinese (GB/T
 * 15834-2011), as the pane's words are (test/taskpane/zh-punctuation.test.ts). Found in the
 * source: each `zh:` string, with its ${…} placeholders read as Chinese (what fills them in a
 * Chinese message is usually Chinese).
 */
const CJK = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
const ASCII_MARK = '[,;:()!?]';
const BESIDE = new RegExp(`${CJK}${ASCII_MARK}|${ASCII_MARK}${CJK}`, 'u');
const ZH_LITERAL = /\bzh:\s*(['"`])((?:\\.|(?!\1)[\s\S])*?)\1/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const SRC = path.join(__dirname, '..', 'src');
const offenders = sourceFiles(SRC).flatMap((file) =>
  [...fs.readFileSync(file, 'utf8').matchAll(ZH_LITERAL)]
    .map((m) => m[2].replace(/\$\{[^}]*\}/g, '甲'))
    .filter((zh) => BESIDE.test(zh))
    .map((zh) => `${path.relative(SRC, file)}: ${zh}`),
);

test('the scan reads zh strings in every quoting and finds a mark beside Chinese', () => {
  const sample = "const t = { en: 'Row 2: empty', zh: `第 ${row} 行:为空` }; const u = { zh: '名称(必填)' };";
  const found = [...sample.matchAll(ZH_LITERAL)].map((m) => m[2].replace(/\$\{[^}]*\}/g, '甲')).filter((zh) => BESIDE.test(zh));
  expect(found).toEqual(['第 甲 行:为空', '名称(必填)']);
  expect(sourceFiles(SRC).length).toBeGreaterThan(100);
});

test('no zh string in the source puts an ASCII , ; : ( ) ! ? beside Chinese', () => {
  expect(offenders).toEqual([]);
});

test('nor does any Chinese description of a function or its arguments (the catalogue Excel shows)', () => {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
  const dir = path.join(SRC, 'functions', 'catalogue');
  const chinese = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => strings(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))).map((t) => `${f}: ${t}`))
    .filter((t) => /[\u3400-\u9fff]/u.test(t));
  expect(chinese.length).toBeGreaterThan(50);
  expect(chinese.filter((t) => BESIDE.test(t.slice(t.indexOf(': ') + 2)))).toEqual([]);
});
