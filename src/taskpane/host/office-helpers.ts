/**
 * Everything the pane asks Office.js about where it runs, in one module, so the rest of the pane
 * (and its tests) deal with a plain `PaneEnvironment` and never with the `Office` global.
 *
 * @microsoft/office-js-helpers is not used for this, deliberately: its `Utilities.host` and
 * `Utilities.platform` only read `Office.context.host` / `Office.context.platform` (see
 * getHostInfo in its dist/office.helpers.js), which office.js gives us directly through the
 * answer of `Office.onReady`, and loading its ~190 KB before the first render would slow every
 * start. The package is used, loaded on demand, where it does more: office-js-helpers.ts.
 */

/** Where the pane runs, decided once at start-up. */
export interface PaneEnvironment {
  host: 'excel' | 'browser';
  /** Office.PlatformType as text ('PC', 'Mac', 'OfficeOnline', 'iOS', …); null outside Office. */
  platform: string | null;
  /** Excel's display language (Office.context.displayLanguage); undefined outside Office. */
  language?: string;
  /** Excel's theme background, to pick the Fluent theme; undefined outside Office. */
  background?: string;
  /** False where the webview ignores blob/anchor downloads, so files must be offered another way. */
  canDownload: boolean;
}

/** The part of the `Office` global this module reads; tests pass a stand-in. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
  PlatformType?: { Mac?: unknown; iOS?: unknown };
  context?: {
    displayLanguage?: string;
    officeTheme?: { bodyBackgroundColor?: string };
    diagnostics?: { platform?: unknown };
    platform?: unknown;
  };
}

const BROWSER: PaneEnvironment = { host: 'browser', platform: null, canDownload: true };

function officeGlobal(): OfficeLike | undefined {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  return office && typeof office.onReady === 'function' ? office : undefined;
}

/**
 * Waits for office.js once and decides the host from its answer: no timeout.
 *
 * Outside an Office application office.js resolves onReady with `host: null` and
 * `platform: null` (initialize-add-in.md; the onReady remarks in @types/office-js), so a plain
 * browser never waits long. Inside Excel a slow start must not be mistaken for a browser:
 * with `lifetime="long"` in the manifest the shared runtime is not reloaded while Excel runs
 * (configure-your-add-in-to-use-a-shared-runtime.md), so a wrong guess would last until Excel
 * restarts. Only a page without office.js at all (offline development) skips the wait.
 */
export async function paneEnvironment(office: OfficeLike | undefined = officeGlobal()): Promise<PaneEnvironment> {
  if (!office) return BROWSER;
  const info = await office.onReady();
  if (!info || !info.host) return BROWSER;
  const isExcel = info.host === 'Excel' || (office.HostType?.Excel !== undefined && info.host === office.HostType.Excel);
  if (!isExcel) return BROWSER;
  // onReady's answer carries the platform; Office.context.diagnostics is the documented second
  // source (Office.ContextInformation), Office.context.platform the older one.
  const rawPlatform = info.platform ?? office.context?.diagnostics?.platform ?? office.context?.platform ?? null;
  const platform = rawPlatform === null || rawPlatform === undefined ? null : String(rawPlatform);
  return {
    host: 'excel',
    platform,
    language: office.context?.displayLanguage,
    background: office.context?.officeTheme?.bodyBackgroundColor,
    canDownload: downloadsWorkOn(platform, office),
  };
}

/**
 * Office on Mac (and on iOS) hosts add-ins in WKWebView, where an anchor with `download` and a
 * blob: URL does nothing at all, without an error (office-js #2700, closed "by design"; #4681,
 * open). Nothing reports the failure, so the platform alone decides. Office on the web, also on
 * a Mac, runs in the browser (platform OfficeOnline) and downloads normally (#4681).
 */
export function downloadsWorkOn(platform: string | null, office?: Pick<OfficeLike, 'PlatformType'>): boolean {
  if (platform === null) return true;
  const blocked = ['Mac', 'iOS', office?.PlatformType?.Mac, office?.PlatformType?.iOS].filter((p) => p !== undefined).map(String);
  return !blocked.includes(platform);
}
