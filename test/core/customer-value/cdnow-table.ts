import * as fs from 'fs';
import * as path from 'path';

/** The CDNOW log as a table of cells, the way a CSV gives it: a header, then text cells. */
export function cdnowTable(): string[][] {
  return fs
    .readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'cdnow', 'cdnow_transactions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
}
