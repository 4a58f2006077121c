/*
 * Every use of @microsoft/office-js-helpers, in this one module, so the archived package can be
 * replaced without touching the pane (design.md). It is a declared dependency of the stack, and
 * three of its parts do real work here:
 * - Dialog opens a page of ours in an Office dialog window, larger than the 320–350 px pane;
 * - Storage is a localStorage container the pane and that window share, with `notify` for what
 *   the other window wrote;
 * - Utilities tells the dialog page whether it runs inside Office and on which platform.
 * Its Authenticator and UI.notify are not used.
 *
 * The package is a prebuilt ~190 KB bundle (rxjs, lodash), so it is only ever reached through
 * import() and lands in a chunk of its own: the pane's first load does not carry it.
 *
 * What its source (dist/office.helpers.js, 1.0.2) does, which this module relies on:
 * - `new Dialog(url, width, height)` refuses a URL that is not https, and turns the pixel size
 *   into the percentages of window.screen that displayDialogAsync takes, capped 30 px short of
 *   the screen. Its `result` opens the dialog through Office.context.ui.displayDialogAsync when
 *   Utilities.isAddin, resolves with the first message the page sends (Dialog.close, i.e.
 *   messageParent) and then closes the dialog; a DialogEventReceived, such as the user closing
 *   the window (12006), rejects with a DialogError whose innerError is the event's code.
 * - Dialog.close(object) loses the object: it is sent as {parse: true, value: "<json>"}, and
 *   the receiving _safeParse parses the inner JSON and then returns its `value` property, which
 *   an object of ours does not have. A string passes untouched, so messages travel as JSON text
 *   that this module writes and reads itself.
 * - It keeps the Office.Dialog to itself: the pane cannot close the window or messageChild it,
 *   so whatever the window needs it reads from Storage. That is enough for an editor that ends
 *   with one message, so Dialog is used rather than displayDialogAsync directly.
 * - Storage keeps JSON under "@<container>/<key>" (its constructor also sets a "<container>"
 *   item to null once). `notify` listens to the window's `storage` events, debounced by 300 ms:
 *   it hears writes made by other windows of the origin, never this window's own.
 * - Utilities.host and .platform read Office.context.host and .platform, as upper-case
 *   constants ('EXCEL'; 'PC', 'MAC', 'OFFICE_ONLINE', 'IOS'). `isAddin` is only "host is not
 *   'WEB'": in a plain browser that loaded office.js, Office.context exists with no host, the
 *   host reads undefined and `isAddin` true (seen in Chromium with the npm package's office.js).
 *   So a page is taken to be in Office only when Utilities names a host.
 */
import type * as OfficeHelpers from '@microsoft/office-js-helpers';

type Helpers = Pick<typeof OfficeHelpers, 'Dialog' | 'Storage' | 'Utilities'>;

let loading: Promise<Helpers> | undefined;
const helpers = (): Promise<Helpers> => (loading ??= import(/* webpackChunkName: "office-js-helpers" */ '@microsoft/office-js-helpers'));

/** A window size in CSS pixels; the package scales it to the screen. */
export interface WindowSize {
  width: number;
  height: number;
}

/** How a dialog ended: with the one message its page sent, or closed by the user. */
export type DialogEnd<T> = { kind: 'message'; value: T } | { kind: 'closed' };

/** Office's code for a dialog the user closed (DialogEventReceived, dialog-handle-errors.md). */
const CLOSED_BY_USER = 12006;

/** Opens `url` (https, same origin as the pane) in an Office dialog window and waits for its end. */
export async function openDialog<T>(url: string, size: WindowSize): Promise<DialogEnd<T>> {
  const { Dialog } = await helpers();
  try {
    const text = await new Dialog<string>(url, size.width, size.height).result;
    return { kind: 'message', value: JSON.parse(text) as T };
  } catch (e) {
    if ((e as { innerError?: unknown }).innerError === CLOSED_BY_USER) return { kind: 'closed' };
    throw e;
  }
}

/** From inside the dialog: hands `message` to the pane, which closes the window. */
export async function closeDialog(message: unknown): Promise<void> {
  const { Dialog } = await helpers();
  Dialog.close(JSON.stringify(message));
}

/** One value both windows read and write; `watch` hears the other window's writes. */
export interface SharedValue<T> {
  read(): T | null;
  write(value: T): void;
  watch(onChange: () => void): () => void;
}

const CONTAINER = 'crm-addin';

export async function sharedValue<T>(key: string): Promise<SharedValue<T>> {
  const { Storage } = await helpers();
  const store = new Storage<T>(CONTAINER);
  return {
    read: () => store.get(key) ?? null,
    write: (value) => void store.set(key, value),
    watch: (onChange) => {
      const subscription = store.notify(() => onChange());
      return () => subscription.unsubscribe();
    },
  };
}

/** Where a page runs, after Office.onReady: inside Office, and on which platform. */
export interface OfficePlace {
  inOffice: boolean;
  /** 'PC', 'MAC', 'OFFICE_ONLINE', 'IOS'; null outside Office. */
  platform: string | null;
}

export async function officePlace(): Promise<OfficePlace> {
  const { Utilities } = await helpers();
  const host: unknown = Utilities.host;
  const inOffice = Utilities.isAddin && typeof host === 'string' && host !== '';
  return { inOffice, platform: inOffice ? (Utilities.platform ?? null) : null };
}
