import * as fs from 'fs';
import * as path from 'path';

/** The donations data in test/fixtures/donations (11,104 supporters; Fader, Hardie & Shang 2010). */
export function donations() {
  const rows = fs
    .readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'donations', 'donations.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',').map(Number));
  return { x: rows.map((r) => r[0]), tx: rows.map((r) => r[1]), n: rows.map((r) => r[2]), count: rows.map((r) => r[3]) };
}
