#!/usr/bin/env node
// Runs before node_modules exists, so it may only use Node's own modules.
// `npm start` / `npm test` call it first: a fresh clone installs itself, an unchanged one returns
// in milliseconds, and a changed package.json or lockfile triggers a reinstall.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stampFile = join(root, 'node_modules', '.mitreden-install-stamp');

function manifestHash() {
  const hash = createHash('sha256');
  // Only what decides the installed tree: editing a script must not trigger a reinstall.
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const installRelevant = ['dependencies', 'devDependencies', 'optionalDependencies', 'overrides', 'allowScripts'];
  hash.update(JSON.stringify(installRelevant.map((field) => manifest[field] ?? null)));
  const lockfile = join(root, 'package-lock.json');
  hash.update(existsSync(lockfile) ? readFileSync(lockfile) : '');
  // The Node major is part of the stamp: native addons (argon2) are built per ABI.
  hash.update(`node-${process.versions.modules}`);
  return hash.digest('hex');
}

function isFresh(expected) {
  if (!existsSync(stampFile)) return false;
  return readFileSync(stampFile, 'utf8').trim() === expected;
}

function npm(args) {
  const command = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  console.log(`\n[deps] npm ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
  return result.status === 0;
}

const expected = manifestHash();
if (isFresh(expected)) process.exit(0);

const why = existsSync(join(root, 'node_modules')) ? 'package.json or package-lock.json changed' : 'node_modules is missing';
console.log(`[deps] Installing dependencies (${why}). This takes a few minutes the first time.`);
const started = Date.now();
// Not `npm ci`: the lockfile cannot name other platforms' optional binaries that this registry
// lacks, so `npm ci` refuses it; `npm install` still installs exactly the locked versions.
const installed = npm(['install', '--no-audit', '--no-fund']);
if (!installed) {
  console.error('[deps] Installing dependencies failed; see npm output above.');
  process.exit(1);
}
// Hashed again because `npm install` may have rewritten the lockfile.
writeFileSync(stampFile, `${manifestHash()}\n`);
console.log(`[deps] Dependencies ready in ${Math.round((Date.now() - started) / 1000)} s.`);
