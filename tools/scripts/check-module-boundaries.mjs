#!/usr/bin/env node
// Proves the architecture rules are enforced, not just written down: writes throw-away files that
// break them, lints those files with the workspace's ESLint config and expects
// @nx/enforce-module-boundaries to refuse them. A control file that follows the rules must pass,
// so a switched-off rule cannot make this check pass by accident.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULE = '@nx/enforce-module-boundaries';

const cases = [
  {
    what: 'web code importing API code',
    project: 'libs/web/dev-mail',
    source: "import { APP_CONFIG } from '@mitreden/api/core';\n\nexport const probe = APP_CONFIG;\n",
    mustFail: true,
  },
  {
    what: 'API code importing worker processors',
    project: 'libs/api/dev-mail',
    source: "import * as workerMail from '@mitreden/worker/mail';\n\nexport const probe = workerMail;\n",
    mustFail: true,
  },
  {
    what: 'API code importing shared contracts (allowed, control case)',
    project: 'libs/api/dev-mail',
    source: "import { LOCALES } from '@mitreden/shared/contracts';\n\nexport const probe = LOCALES;\n",
    mustFail: false,
  },
];

// The rule reads Nx's cached project graph and silently skips itself when there is none (a fresh
// clone): compute the graph first.
const graph = spawnSync('npx', ['nx', 'show', 'projects'], { cwd: root, stdio: 'ignore', env: { ...process.env, NX_DAEMON: 'false' } });
if (graph.status !== 0) {
  console.error('Could not compute the Nx project graph (npx nx show projects failed).');
  process.exit(1);
}

const written = new Set();
process.on('exit', () => {
  for (const file of written) rmSync(file, { force: true });
});

let failures = 0;
for (const [index, testCase] of cases.entries()) {
  const file = join(root, testCase.project, 'src/lib', `boundary-probe-${process.pid}-${index}.ts`);
  writeFileSync(file, testCase.source);
  written.add(file);
  let messages;
  try {
    // Linted from the project folder so its own eslint.config.mjs applies, as in `nx lint`.
    const eslint = new ESLint({ cwd: join(root, testCase.project) });
    const [result] = await eslint.lintFiles([file]);
    messages = result.messages;
  } finally {
    rmSync(file, { force: true });
    written.delete(file);
  }
  const boundaryErrors = messages.filter((message) => message.ruleId === RULE && message.severity === 2);
  const otherErrors = messages.filter((message) => message.ruleId !== RULE && message.severity === 2);
  const refused = boundaryErrors.length > 0;
  const ok = testCase.mustFail ? refused : !refused && otherErrors.length === 0;
  const where = relative(root, file);
  if (ok) {
    console.log(`✓ ${testCase.what}: ${refused ? `refused (${boundaryErrors[0].message.split('\n')[0]})` : 'allowed'}`);
  } else {
    failures += 1;
    console.error(`✗ ${testCase.what}: expected ${testCase.mustFail ? `${RULE} to refuse` : 'no errors'} in ${where}, got:`);
    for (const message of messages) console.error(`    ${message.ruleId ?? 'parser'}: ${message.message}`);
  }
}

if (failures > 0) {
  console.error(`Module boundary check failed (${failures} of ${cases.length}).`);
  process.exit(1);
}
console.log(`Module boundaries are enforced (${cases.length} checks).`);
