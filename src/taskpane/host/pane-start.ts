import type { Lang } from '../../core/errors';
import { downloadBlob } from './host';
import { pickLanguage } from '../i18n';
import { ManualSave } from './manual-save';
import { OfficeLike, PaneEnvironment, paneEnvironment } from './office-helpers';
import type { AhpWindow, PaneHost, RatingsWindow, SaveFile } from './pane-host';

export interface PaneStartOptions {
  /** The `Office` global; omitted, the page's own (undefined when office.js is absent). */
  office?: OfficeLike;
  excelHost: (save: SaveFile) => PaneHost;
  browserHost: (save: SaveFile) => PaneHost;
  /** Builds the larger AHP window; asked only where one can share the pane's draft. */
  ahpWindow?: () => AhpWindow;
  /** Builds the larger ratings window, under the same condition. */
  ratingsWindow?: () => RatingsWindow;
  /** The browser's language, used outside Office (navigator.language). */
  browserLanguage?: string;
  /** The language the user chose earlier in the pane, if any. */
  storedLanguage: string | null;
}

export interface PaneStart {
  env: PaneEnvironment;
  host: PaneHost;
  lang: Lang;
  /** Present where downloads do not work: App renders its dialog. */
  manualSave?: ManualSave;
  /** Present inside Office on a desktop: App offers the larger AHP window. */
  ahpWindow?: AhpWindow;
  /** Present where the AHP window is: App offers the ratings grid in a larger window. */
  ratingsWindow?: RatingsWindow;
}

/**
 * Everything the page root decides before the first render, from one awaited Office.onReady:
 * the host (Excel or browser), the pane's language, and how files are saved.
 */
export async function preparePane(options: PaneStartOptions): Promise<PaneStart> {
  const env = await paneEnvironment(options.office);
  const manualSave = env.canDownload ? undefined : new ManualSave();
  const save: SaveFile = manualSave ? manualSave.save : (name, blob) => downloadBlob(name, blob);
  return {
    env,
    host: env.host === 'excel' ? options.excelHost(save) : options.browserHost(save),
    lang: pickLanguage(env.language ?? options.browserLanguage, options.storedLanguage),
    ...(manualSave ? { manualSave } : {}),
    ...(options.ahpWindow && largerWindowShares(env) ? { ahpWindow: options.ahpWindow() } : {}),
    ...(options.ratingsWindow && largerWindowShares(env) ? { ratingsWindow: options.ratingsWindow() } : {}),
  };
}

/**
 * Whether an Office dialog shares the pane's local storage, which carries the AHP draft both
 * ways. On the desktop the pane and its dialogs are pages of one origin in one webview and share
 * it; in Office on the web the pane is a frame of office.com while the dialog is a window of its
 * own, and storage partitioning (Chromium 115 and later, Safari) gives them separate storage
 * (parent-to-dialog.md, "Use local storage"). Outside Office there is no dialog at all.
 */
export function largerWindowShares(env: PaneEnvironment): boolean {
  return env.host === 'excel' && env.platform !== 'OfficeOnline';
}
