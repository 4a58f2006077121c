/*
 * Builds the zh-CN custom-functions metadata from the en-US functions.json (generated from
 * JSDoc) and the translation tables in src/functions/catalogue/*.json, and checks that the
 * two agree: every catalogued id generated, every generated id catalogued and translated.
 * Used by the webpack build (which fails on any error) and by the tests.
 */
const fs = require('fs');
const path = require('path');

const CATALOGUE_DIR = path.join(__dirname, '..', 'src', 'functions', 'catalogue');

function loadCatalogue(dir = CATALOGUE_DIR) {
  const all = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const entries = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const [id, entry] of Object.entries(entries)) all[id] = { ...entry, family: path.basename(file, '.json') };
  }
  return all;
}

function localize(metadata, catalogue) {
  const errors = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(catalogue)) if (!ids.has(id)) errors.push(`${id}: catalogued but not generated (check its JSDoc @customfunction tag)`);
  const functions = metadata.functions.map((f) => {
    const entry = catalogue[f.id];
    if (!entry) {
      errors.push(`${f.id}: generated but missing from src/functions/catalogue`);
      return f;
    }
    if (!entry.zh || !entry.zh.description) errors.push(`${f.id}: no zh-CN description`);
    if (!entry.example || !entry.example.startsWith(`=CRM.${f.id}(`)) errors.push(`${f.id}: example must start with =CRM.${f.id}(`);
    const parameters = (f.parameters || []).map((p) => {
      const zh = entry.zh && entry.zh.parameters && entry.zh.parameters[p.name];
      if (!zh) errors.push(`${f.id}: no zh-CN text for parameter ${p.name}`);
      return { ...p, description: zh || p.description };
    });
    const extra = Object.keys((entry.zh && entry.zh.parameters) || {}).filter((n) => !(f.parameters || []).some((p) => p.name === n));
    for (const n of extra) errors.push(`${f.id}: zh-CN text for unknown parameter ${n}`);
    return { ...f, description: (entry.zh && entry.zh.description) || f.description, parameters };
  });
  return { metadata: { ...metadata, functions }, errors };
}

module.exports = { loadCatalogue, localize, CATALOGUE_DIR };
