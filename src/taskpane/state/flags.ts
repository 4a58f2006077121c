import type { DraftStorage } from './use-pane-state';

/** A yes/no the pane remembers between sessions; storage that fails only costs the memory. */
export function readFlag(storage: Pick<DraftStorage, 'getItem'> | undefined, key: string): boolean {
  try {
    return storage?.getItem(key) === '1';
  } catch {
    return false;
  }
}

export function writeFlag(storage: Pick<DraftStorage, 'setItem'> | undefined, key: string): void {
  try {
    storage?.setItem(key, '1');
  } catch {
    /* private mode: remembered for this session only */
  }
}
