import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './paths';

export type Lang = 'de' | 'en' | 'ar';
type Json = { [key: string]: Json } | string;

/**
 * The tests find buttons and fields by the same words people see, read from the translation
 * files the app ships: rewording a label does not break a test, removing it does.
 * Root strings (shell) come from apps/web/public/i18n or libs/web/shell/src/i18n; each
 * libs/web/<lib>/src/i18n folder is a Transloco scope named after the lib in camelCase.
 */
function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

const cache = new Map<Lang, Record<string, Json>>();

function translations(lang: Lang): Record<string, Json> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const merged: Record<string, Json> = {};
  const rootCandidates = [join(WORKSPACE_ROOT, 'apps/web/public/i18n'), join(WORKSPACE_ROOT, 'libs/web/shell/src/i18n')];
  for (const dir of rootCandidates) {
    const file = join(dir, `${lang}.json`);
    if (existsSync(file)) Object.assign(merged, readJson(file));
  }
  const libsDir = join(WORKSPACE_ROOT, 'libs/web');
  for (const lib of readdirSync(libsDir)) {
    const file = join(libsDir, lib, 'src/i18n', `${lang}.json`);
    if (lib !== 'shell' && existsSync(file)) merged[camelCase(lib)] = readJson(file);
  }
  cache.set(lang, merged);
  return merged;
}

/** The text for a dotted key (`identity.login.submit`), with `{{ param }}` filled in. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  let node: Json | undefined = translations(lang);
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No ${lang} translation for "${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(params[name] ?? ''));
}

/** An exact-text matcher for Playwright, tolerant of surrounding whitespace. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}
