#!/usr/bin/env node
/*
 * npm start: sideload into desktop Excel where there is one (Windows, macOS); elsewhere serve
 * the add-in and print the address of the pane running standalone in a browser.
 * The PID of what was started goes to .start.pid so `npm stop` can end it.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const pidFile = path.join(root, '.start.pid');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const canSideload = process.platform === 'win32' || process.platform === 'darwin';

function run(cmd, args, label) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', detached: process.platform !== 'win32' });
  fs.writeFileSync(pidFile, String(child.pid));
  child.on('exit', (code) => {
    try {
      fs.unlinkSync(pidFile);
    } catch {
      /* already removed by npm stop */
    }
    if (code) console.error(`${label} exited with code ${code}.`);
    process.exit(code ?? 0);
  });
  const stop = () => {
    try {
      process.kill(process.platform === 'win32' ? child.pid : -child.pid);
    } catch {
      /* already gone */
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (canSideload && !process.env.CRM_STANDALONE) {
  console.log('Sideloading the add-in into desktop Excel (office-addin-debugging)…');
  run(bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop', '--app', 'excel'], 'office-addin-debugging');
} else {
  console.log(
    [
      'No desktop Excel on this machine: serving the add-in on its own.',
      '',
      '  Pane, standalone in a browser:  https://localhost:3000/taskpane.html',
      '  Manifest to sideload in Excel on the web:  https://localhost:3000/manifest.xml (or ./manifest.xml)',
      '',
      'HTTPS uses the Office dev certificate for localhost (~/.office-addin-dev-certs); if the browser',
      'warns, trust its ca.crt or accept the certificate once.',
      'Stop with Ctrl+C or `npm stop`.',
      '',
    ].join('\n'),
  );
  run(bin('webpack'), ['serve', '--mode', 'development'], 'webpack serve');
}
