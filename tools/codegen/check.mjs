// Fails when libs/web/core/src/lib/graphql/generated.ts no longer matches what apps/api/schema.gql
// and the libs/web/**/*.graphql operations produce, so a stale client cannot be merged.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const committed = join(root, 'libs/web/core/src/lib/graphql/generated.ts');
const scratchDir = join(root, 'tmp/codegen-check');
const scratch = join(scratchDir, 'generated.ts');

rmSync(scratchDir, { recursive: true, force: true });
mkdirSync(scratchDir, { recursive: true });

const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'tools/codegen/codegen.ts', '--silent'],
  { cwd: root, env: { ...process.env, CODEGEN_OUTPUT: relative(root, scratch) }, encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error('graphql-codegen failed:\n' + run.stdout + run.stderr);
  process.exit(run.status ?? 1);
}

let current = '';
try {
  current = readFileSync(committed, 'utf8');
} catch {
  current = '';
}
// codegen's prettier hook skips git-ignored paths, so format the scratch output as if it were the committed file.
const fresh = await prettier.format(readFileSync(scratch, 'utf8'), {
  ...(await prettier.resolveConfig(committed)),
  filepath: committed,
});
rmSync(scratchDir, { recursive: true, force: true });

if (current !== fresh) {
  console.error(
    `The generated GraphQL client is stale: ${relative(root, committed)} does not match apps/api/schema.gql ` +
      'and the libs/web/**/*.graphql operations.\nRun `npm run codegen` and commit the result.',
  );
  process.exit(1);
}
console.log('Generated GraphQL client is up to date.');
