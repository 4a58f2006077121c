import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './helpers/dist';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, shared with webpack
const { expectedReadme, README } = require('../scripts/readme-functions');

describe('README', () => {
  test('lists every function with its example (run `node scripts/readme-functions.js --write` to refresh)', async () => {
    expect(fs.readFileSync(README, 'utf8')).toBe(await expectedReadme());
  });

  test('gives the two set-up commands and the test command that CI runs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
