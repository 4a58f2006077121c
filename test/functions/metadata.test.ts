import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { distFile, ROOT } from '../helpers/dist';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, shared with webpack
const { loadCatalogue, localize } = require('../../scripts/localize-metadata');

type Meta = { functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[] };

const FAMILY_DIR = path.join(ROOT, 'src', 'functions', 'families');
const families = fs.readdirSync(FAMILY_DIR).map((f) => path.join(FAMILY_DIR, f));
const CJK = /[\u4e00-\u9fff]/;

// The ids the foundation issue asks for; later families add theirs to the catalogue tables.
const FOUNDATION_IDS = [
  'CLV',
  'CHURN',
  'RETENTION',
  'GROWTH',
  'ATTAINMENT',
  'CONVERSION',
  'AUS',
  'IPT',
  'FREQUENCY',
  'CAC',
  'NPS',
  'CSAT',
  'COMPLAINTRATE',
  'RESOLUTIONRATE',
  'REPEATRATE',
  'RESPONSETIME',
  'ROI',
  'LTVCAC',
  'RATING',
  'KPISTATUS',
];

describe('custom-functions metadata', () => {
  let generated: Meta;
  beforeAll(async () => {
    const res = await generateCustomFunctionsMetadata(families, false);
    expect(res.errors).toEqual([]);
    generated = JSON.parse(res.metadataJson);
  });

  test('JSDoc yields every foundation function', () => {
    const ids = generated.functions.map((f) => f.id);
    for (const id of FOUNDATION_IDS) expect(ids).toContain(id);
  });

  test('the zh-CN metadata has the same ids, translated descriptions and parameter help', () => {
    const { metadata, errors } = localize(generated, loadCatalogue());
    expect(errors).toEqual([]);
    const zh = metadata as Meta;
    expect(zh.functions.map((f) => f.id)).toEqual(generated.functions.map((f) => f.id));
    for (const f of zh.functions) {
      expect(f.description).toMatch(CJK);
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.description}`).toMatch(CJK);
      expect(f.name).toBe(f.id); // names stay as typed in formulas: CRM.CLV in every language
    }
  });

  test('the localiser reports a function the catalogue lacks and a missing parameter text', () => {
    const meta = { functions: [{ id: 'NEW', name: 'NEW', description: 'x', parameters: [{ name: 'a', description: 'a' }] }] };
    expect(localize(meta, {}).errors).toEqual(['NEW: generated but missing from src/functions/catalogue']);
    const cat = { NEW: { example: '=CRM.NEW(1)', zh: { description: '新', parameters: {} } } };
    expect(localize(meta, cat).errors).toEqual(['NEW: no zh-CN text for parameter a']);
  });

  test('the build emitted both files with the same ids', () => {
    const en = JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as Meta;
    const zh = JSON.parse(fs.readFileSync(distFile('functions.zh-CN.json'), 'utf8')) as Meta;
    expect(en.functions.map((f) => f.id).sort()).toEqual(generated.functions.map((f) => f.id).sort());
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  });

  test('functions.js loads alone and associates every id with a working function', () => {
    const associated = new Map<string, (...a: unknown[]) => unknown>();
    const sandbox = { CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown) => associated.set(id, fn) } };
    vm.runInNewContext(fs.readFileSync(distFile('functions.js'), 'utf8'), sandbox);
    const en = JSON.parse(fs.readFileSync(distFile('functions.json'), 'utf8')) as Meta;
    expect([...associated.keys()].sort()).toEqual(en.functions.map((f) => f.id).sort());
    const clv = associated.get('CLV')!([[100]], [[0.8]], [[0.1]], null, null) as number[][];
    expect(clv[0][0]).toBeCloseTo(266.6667, 4); // issue example: CRM.CLV(100, 0.8, 0.1) = 266.67
  });
});
