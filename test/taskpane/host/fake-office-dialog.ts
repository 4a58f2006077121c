/*
 * A stand-in for the part of the `Office` global that @microsoft/office-js-helpers uses for its
 * Dialog and Utilities (dist/office.helpers.js 1.0.2): Office.context.host and .platform,
 * Office.context.ui.displayDialogAsync (options in percent of the screen; the callback gets an
 * AsyncResult whose value is the Office.Dialog), the dialog's addEventHandler and close, and
 * Office.context.ui.messageParent, which here delivers to the open dialog's handlers as Office
 * does across windows (dialog-api-in-office-add-ins.md).
 */
export interface FakeOfficeDialogs {
  opened: { url: string; options: { width: number; height: number } }[];
  closed: number;
  /** The user closing the open dialog's window: DialogEventReceived with error 12006. */
  userCloses(): void;
  /** Makes the next displayDialogAsync fail, as when a dialog is already open (12007). */
  failNext(message: string): void;
  remove(): void;
}

export function installFakeOffice(context: { host: string; platform: string }, screen = { width: 1600, height: 1000 }): FakeOfficeDialogs {
  const handlers = new Map<string, (args: unknown) => void>();
  let failure: string | null = null;
  const fake: FakeOfficeDialogs = {
    opened: [],
    closed: 0,
    userCloses: () => handlers.get('dialogEventReceived')?.({ error: 12006 }),
    failNext: (message) => void (failure = message),
    remove: () => void delete (globalThis as { Office?: unknown }).Office,
  };
  Object.defineProperty(window.screen, 'width', { value: screen.width, configurable: true });
  Object.defineProperty(window.screen, 'height', { value: screen.height, configurable: true });
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      ...context,
      ui: {
        displayDialogAsync(url: string, options: { width: number; height: number }, callback: (result: unknown) => void) {
          if (failure !== null) {
            const error = { code: 12007, message: failure };
            failure = null;
            return callback({ status: 'failed', error });
          }
          fake.opened.push({ url, options });
          handlers.clear();
          callback({
            status: 'succeeded',
            value: { addEventHandler: (type: string, handler: (args: unknown) => void) => handlers.set(type, handler), close: () => void fake.closed++ },
          });
        },
        messageParent: (message: string) => handlers.get('dialogMessageReceived')?.({ message }),
      },
    },
  };
  return fake;
}

/** What another window's localStorage.setItem raises in this one (jsdom does not share storage across windows). */
export function storageEventFromAnotherWindow(key: string): void {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }));
}
