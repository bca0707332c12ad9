// Jest loads globalSetup outside its module resolver, so tsconfig path aliases are unavailable here.
import { spawnSync } from 'node:child_process';
import { setUpTestInfrastructure } from '../../../libs/testing/src';
import { API_MAIN, WORKSPACE_ROOT, assertBuilt } from '../src/support/paths';

/** The template database is prepared by the built API's own CLI, exactly as `npm start` does it. */
function runApiCommand(command: 'migrate' | 'seed', databaseUrl: string): void {
  const result = spawnSync(process.execPath, [API_MAIN, command], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`\`node ${API_MAIN} ${command}\` failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export default () => {
  assertBuilt();
  return setUpTestInfrastructure(async (databaseUrl) => {
    runApiCommand('migrate', databaseUrl);
    runApiCommand('seed', databaseUrl);
  });
};
