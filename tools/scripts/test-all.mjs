#!/usr/bin/env node
// `npm test`: every check in a fixed order, stopping at the first failing step, always ending
// with a summary and one line `Tests: N passed, N failed` summed over every Jest run.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
// Integration and e2e runs start servers and databases; one at a time keeps two cores responsive.
const nx = (target, parallel = 2) => ['npx', ['nx', 'run-many', '-t', target, '--outputStyle=stream', `--parallel=${parallel}`]];

const STEPS = [
  { name: 'GraphQL client up to date', command: [process.execPath, ['tools/codegen/check.mjs']] },
  { name: 'Module boundaries enforced', command: [process.execPath, ['tools/scripts/check-module-boundaries.mjs']] },
  { name: 'Lint', command: nx('lint') },
  // SWC runs the Node-side tests without type checks; this checks sources and tests together.
  // (Angular code is type-checked by its build and by jest-preset-angular.)
  { name: 'Type check (API, worker, tests)', command: ['npx', ['tsc', '-p', 'tsconfig.typecheck.json']] },
  { name: 'Unit tests', command: nx('test'), jest: true },
  { name: 'Integration tests (PostgreSQL, Redis, SMTP)', command: nx('integration', 1), jest: true },
  { name: 'End-to-end tests (Chromium, axe)', command: nx('e2e', 1), jest: true },
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** Jest's summary line, e.g. "Tests:       1 failed, 2 skipped, 40 passed, 43 total". */
export function countJestTests(output) {
  const totals = { passed: 0, failed: 0 };
  for (const rawLine of output.split('\n')) {
    const line = rawLine.replace(ANSI, '');
    const summary = /Tests:\s+(.*\d+ total)/.exec(line);
    if (!summary) continue;
    for (const kind of ['passed', 'failed']) {
      const match = new RegExp(`(\\d+) ${kind}`).exec(summary[1]);
      if (match) totals[kind] += Number(match[1]);
    }
  }
  return totals;
}

/** Shows the output live and keeps a copy for counting. */
function run([command, args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, NX_TUI: 'false', NX_DAEMON: 'false', ...(color ? { FORCE_COLOR: '1' } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.once('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function paint(text, code) {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main() {
  const started = Date.now();
  const results = [];
  const totals = { passed: 0, failed: 0 };
  let failed = false;

  for (const step of STEPS) {
    if (failed) {
      results.push({ step, status: 'skipped' });
      continue;
    }
    console.log(`\n${paint(`━━ ${step.name} ━━`, '1;36')}\n`);
    const stepStarted = Date.now();
    const { code, output } = await run(step.command);
    const counts = step.jest ? countJestTests(output) : undefined;
    if (counts) {
      totals.passed += counts.passed;
      totals.failed += counts.failed;
    }
    const status = code === 0 ? 'passed' : 'failed';
    if (code !== 0) failed = true;
    results.push({ step, status, duration: Date.now() - stepStarted, counts });
  }

  console.log(`\n${paint('━━ Summary ━━', '1;36')}`);
  for (const { step, status, duration, counts } of results) {
    const mark = status === 'passed' ? paint('✓', '32') : status === 'failed' ? paint('✗', '31') : paint('-', '90');
    const detail = [
      duration === undefined ? 'skipped (an earlier step failed)' : seconds(duration),
      counts ? `${counts.passed} passed, ${counts.failed} failed` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    console.log(`${mark} ${step.name.padEnd(46)} ${detail}`);
  }
  console.log(`\nTotal time: ${seconds(Date.now() - started)}`);
  console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(failed || totals.failed > 0 ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  void main();
}
