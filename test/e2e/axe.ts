import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/dist';

/**
 * Runs axe-core in the page and returns its violations as short readable lines. Tabster's
 * focus-trap sentinels (`<i data-tabster-dummy tabindex="0" aria-hidden>`, added by Fluent UI
 * to keep focus inside tab lists and dialogs) are left out: they are focusable on purpose and
 * forward focus at once, which axe cannot know.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
}
