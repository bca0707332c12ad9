#!/usr/bin/env node
// `npm run migrate`: runs the committed migrations against DATABASE_URL, or against the same
// embedded PostgreSQL `npm start` uses when DATABASE_URL is unset.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDatabase } from '../dev/lib/infrastructure.mjs';
import { label, runStep } from '../dev/lib/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let database;
const say = (message) => console.log(`${label('migrate')} ${message}`);

async function main() {
  database = await resolveDatabase(join(root, '.data'));
  say(`Database: ${database.description}`);
  await runStep('build', 'npx', ['nx', 'run', 'api:build', '--outputStyle=stream'], { cwd: root, inherit: true });
  await runStep('migrate', process.execPath, [join(root, 'dist/apps/api/main.js'), 'migrate'], {
    cwd: root,
    env: { DATABASE_URL: database.url },
  });
  say('Migrations are up to date.');
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`${label('migrate')} ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  await database?.stop();
}
process.exit(exitCode);
