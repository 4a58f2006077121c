import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import { JOB_COMMANDS, registerCommands } from '../src/commands/commands';
import { DIST, distFile, ROOT } from './helpers/dist';

/*
 * The official validator needs a web service, so the manifest is checked here, offline:
 * well-formed, the right host, permissions and namespace, both languages, and every URL
 * pointing at a file the build produces or the repository ships.
 */
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['Override', 'bt:Override', 'bt:Url', 'bt:Image', 'bt:String', 'Host', 'Set', 'Runtime', 'Control'].includes(name),
});
const app = parser.parse(xml).OfficeApp;
const BASE = 'https://localhost:3000/';

const allUrls = (): string[] => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
const pngWidth = (file: string): number => fs.readFileSync(file).readUInt32BE(16);

describe('manifest.xml', () => {
  test('is well-formed XML', () => expect(XMLValidator.validate(xml)).toBe(true));

  test('identifies a task-pane add-in for Excel with a GUID id and document write access', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Hosts.Host.map((h: Record<string, string>) => h['@Name'])).toEqual(['Workbook']);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.Requirements.Sets.Set.map((s: Record<string, string>) => s['@Name'])).toContain('SharedRuntime');
  });

  test('names and describes itself in en-US with a zh-CN override', () => {
    expect(app.DisplayName['@DefaultValue']).toBe('CRM Analytics');
    expect(app.DisplayName.Override[0]).toEqual({ '@Locale': 'zh-CN', '@Value': 'CRM 分析' });
    expect(app.Description.Override[0]['@Locale']).toBe('zh-CN');
    expect(app.Description.Override[0]['@Value']).toMatch(/[\u4e00-\u9fff]/);
  });

  test('custom functions share the pane runtime and use the CRM namespace', () => {
    const host = app.VersionOverrides.Hosts.Host[0];
    expect(host.Runtimes.Runtime[0]).toEqual({ '@resid': 'Taskpane.Url', '@lifetime': 'long' });
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf['@xsi:type']).toBe('CustomFunctions');
    expect(cf.Page.SourceLocation['@resid']).toBe('Taskpane.Url');
    const strings = app.VersionOverrides.Resources['bt:ShortStrings']['bt:String'];
    const ns = strings.find((s: Record<string, string>) => s['@id'] === cf.Namespace['@resid']);
    expect(ns['@DefaultValue']).toBe('CRM');
    expect(ns['bt:Override']).toBeUndefined(); // the namespace stays untranslated
  });

  test('functions metadata has a zh-CN override', () => {
    const urls = app.VersionOverrides.Resources['bt:Urls']['bt:Url'];
    const meta = urls.find((u: Record<string, string>) => u['@id'] === 'Functions.Metadata.Url');
    expect(meta['bt:Override'][0]).toEqual({ '@Locale': 'zh-CN', '@Value': `${BASE}functions.zh-CN.json` });
  });

  const group = () => app.VersionOverrides.Hosts.Host[0].DesktopFormFactor.ExtensionPoint.OfficeTab.Group;
  const stringOf = (section: 'bt:ShortStrings' | 'bt:LongStrings', id: string) =>
    app.VersionOverrides.Resources[section]['bt:String'].find((s: Record<string, string>) => s['@id'] === id);

  test('a ribbon button opens the pane', () => {
    const open = group().Control.find((c: Record<string, string>) => c['@id'] === 'CrmOpenPane');
    expect(open.Action['@xsi:type']).toBe('ShowTaskpane');
    expect(open.Action.SourceLocation['@resid']).toBe('Taskpane.Url');
  });

  // Issue 14: a button per job, each opening the pane on its page, labelled in both languages.
  test.each([
    ['CrmScorecards', 'openScorecards', 'Scorecards', '评分卡'],
    ['CrmKpiWatch', 'openKpiWatch', 'KPI watch', 'KPI预警'],
    ['CrmCustomerValue', 'openCustomerValue', 'Customer value', '客户价值'],
  ])('the %s button runs %s, labelled “%s” / “%s”, with a tooltip in both languages', (id, fn, en, zh) => {
    const control = group().Control.find((c: Record<string, string>) => c['@id'] === id);
    expect(control['@xsi:type']).toBe('Button');
    expect(control.Action['@xsi:type']).toBe('ExecuteFunction');
    expect(control.Action.FunctionName).toBe(fn);
    expect(Object.keys(JOB_COMMANDS)).toContain(fn);
    const label = stringOf('bt:ShortStrings', control.Label['@resid']);
    expect(label['@DefaultValue']).toBe(en);
    expect(label['bt:Override'].map((o: Record<string, string>) => o['@Locale'])).toEqual(['zh-CN', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-SG']);
    for (const o of label['bt:Override']) expect(o['@Value']).toBe(zh);
    const tip = stringOf('bt:LongStrings', control.Supertip.Description['@resid']);
    expect(tip['@DefaultValue'].length).toBeGreaterThan(0);
    expect(tip['bt:Override'][0]['@Value']).toMatch(/[\u4e00-\u9fff]/);
    // Office limits: 125 characters for a short string, 250 for a long one.
    expect(label['@DefaultValue'].length).toBeLessThanOrEqual(125);
    expect(tip['@DefaultValue'].length).toBeLessThanOrEqual(250);
  });

  test('the pane page holds the commands, and every ExecuteFunction is registered with Office.actions.associate', () => {
    expect(app.VersionOverrides.Hosts.Host[0].DesktopFormFactor.FunctionFile['@resid']).toBe('Taskpane.Url');
    const associated: string[] = [];
    registerCommands({ associate: (name: string) => void associated.push(name) });
    const executed = group()
      .Control.filter((c: { Action: Record<string, string> }) => c.Action['@xsi:type'] === 'ExecuteFunction')
      .map((c: { Action: Record<string, string> }) => c.Action.FunctionName);
    expect(executed).toHaveLength(3);
    for (const fn of executed) expect(associated).toContain(fn);
  });

  test('every resid used is defined', () => {
    const defined = new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of used) expect(defined).toContain(id);
  });

  test('every URL is local and resolves to a built or shipped file; no external domains', () => {
    expect(xml).not.toMatch(/<AppDomains?>/);
    for (const url of allUrls()) {
      expect(url.startsWith(BASE)).toBe(true);
      const rel = url.slice(BASE.length);
      distFile(rel);
    }
  });

  test('icons exist in assets/ at the sizes the manifest declares', () => {
    for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
      const def = new RegExp(`<bt:Image id="${m[2].replace('.', '\\.')}" DefaultValue="${BASE}assets/([^"]+)"`).exec(xml);
      expect(def).not.toBeNull();
      expect(pngWidth(path.join(ROOT, 'assets', def![1]))).toBe(Number(m[1]));
    }
    expect(pngWidth(path.join(ROOT, 'assets', 'icon-32.png'))).toBe(32);
    expect(pngWidth(path.join(ROOT, 'assets', 'icon-64.png'))).toBe(64);
    expect(fs.existsSync(path.join(DIST, 'assets', 'icon-80.png'))).toBe(true);
  });
});
