/*
 * npm run bench [name...]: runs every bench/<name>.bench.ts (or the ones named). Each reports
 * its figures as ratios against a baseline measured in the same run, never as absolute goals.
 */
import * as fs from 'fs';
import * as path from 'path';

async function main() {
  const wanted = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file.replace('.bench.ts', '')}`);
    const mod = (await import(path.join(__dirname, file))) as { run: (log: (line: string) => void) => Promise<void> };
    await mod.run((line) => console.log(line));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
