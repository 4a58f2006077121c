#!/usr/bin/env node
/* npm stop: ends what `npm start` started (the dev server, or the sideloaded session). */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const pidFile = path.join(root, '.start.pid');

if (process.platform === 'win32' || process.platform === 'darwin') {
  spawnSync(path.join(root, 'node_modules', '.bin', 'office-addin-debugging'), ['stop', 'manifest.xml'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
}
if (!fs.existsSync(pidFile)) {
  console.log('Nothing to stop: npm start is not running from this folder.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, 'utf8'));
try {
  process.kill(process.platform === 'win32' ? pid : -pid, 'SIGTERM');
  console.log(`Stopped the add-in server (process group ${pid}).`);
} catch {
  console.log(`The add-in server (pid ${pid}) was no longer running.`);
}
fs.rmSync(pidFile, { force: true });
