import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const API_MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
export const WORKER_MAIN = join(WORKSPACE_ROOT, 'dist/apps/worker/main.js');
export const WEB_DIST = join(WORKSPACE_ROOT, 'dist/apps/web/browser');

/** The e2e target depends on the builds; a clear message helps when someone runs Jest directly. */
export function assertBuilt(): void {
  for (const file of [API_MAIN, WORKER_MAIN, join(WEB_DIST, 'index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx nx run-many -t build -p api worker web\` first`);
  }
}
