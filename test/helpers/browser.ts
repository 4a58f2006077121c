import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { DIST, ROOT } from './dist';

/*
 * The pane in a real browser: Debian's Chromium driven by playwright-core, the production
 * build served from dist/, and Microsoft's office.js answered from the npm package, since
 * this machine has no internet. office.js then resolves Office.onReady with no host: the
 * standalone mode a manager gets in a plain browser.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

export function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '') || 'taskpane.html';
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
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

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test installs it when run as root).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Answers office.js and its locale files from the npm package; every other outside request fails. */
export async function offlineOffice(page: Page): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split('?')[0]);
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) return route.fulfill({ path: file, contentType: 'text/javascript' });
    }
    return route.abort();
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}
