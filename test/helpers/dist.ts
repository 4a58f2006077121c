import * as fs from 'fs';
import * as path from 'path';

/** Tests of the built add-in read dist/, which `npm test` builds first. */
export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return file;
}
