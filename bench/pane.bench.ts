/*
 * The task pane's cost to its users: the gzip size of the production bundles, and the time
 * from navigation to the pane's first render in Chromium (the tab list on screen), against
 * loading an empty HTML page from the same server in the same run. Goals: functions.js at
 * most 60 KB and taskpane.js at most 350 KB gzipped, first render under 1.5 s.
 * Needs the production build in dist/ (npm run build).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Browser } from 'playwright-core';
import { launch, offlineOffice } from '../test/helpers/browser';
import { distFile } from '../test/helpers/dist';

const RUNS = 7;
const KB = 1024;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };
const BASELINE = '<!doctype html><html><head><meta charset="utf-8"><title>baseline</title></head><body><div id="root">ready</div></body></html>';

const gzipKb = (file: string): number => zlib.gzipSync(fs.readFileSync(distFile(file)), { level: 9 }).length / KB;

/** dist/ plus an empty page, from one server, so both loads pay the same network costs. */
function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = path.dirname(distFile('taskpane.html'));
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
    if (rel === 'baseline.html') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(BASELINE);
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** Median milliseconds from navigation to `ready`, each run in a fresh context (cold cache, no stored draft). */
async function medianLoad(browser: Browser, url: string, ready: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    await offlineOffice(page);
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(ready, { timeout: 20_000 });
    const ms = Date.now() - t0;
    await context.close();
    if (i > 0) times.push(ms); // the first run warms Chromium's own start-up
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function run(log: (line: string) => void): Promise<void> {
  const pane = gzipKb('taskpane.js');
  const functions = gzipKb('functions.js');
  log(`taskpane.js  ${pane.toFixed(1)} KB gzip (goal ≤ 350 KB) ${pane <= 350 ? 'ok' : 'OVER'}`);
  log(`functions.js ${functions.toFixed(1)} KB gzip (goal ≤ 60 KB) ${functions <= 60 ? 'ok' : 'OVER'}`);

  const server = await serve();
  const browser = await launch();
  try {
    const baseline = await medianLoad(browser, `${server.url}baseline.html`, '#root');
    const firstRender = await medianLoad(browser, `${server.url}taskpane.html`, '[role="tab"]');
    log(`empty page load (baseline)  ${baseline} ms`);
    log(
      `pane first render           ${firstRender} ms = ${(firstRender / Math.max(1, baseline)).toFixed(1)}× baseline (goal < 1500 ms) ${firstRender < 1500 ? 'ok' : 'OVER'}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
