import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ar from '../../i18n/ar.json';
import de from '../../i18n/de.json';
import en from '../../i18n/en.json';
import { FILE_RULES, INVITATION_STATUSES, ORGANISATION_TYPES, ROW_RULES, rowRuleKey } from './invitation-helpers';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [leaf, text] of leaves(value, `${prefix}${key}.`)) out.set(leaf, text);
  }
  return out;
}

const files: Record<string, Tree> = { de: de as Tree, en: en as Tree, ar: ar as Tree };
const sections = ['invitations', 'dashboard'];

/** Keys this folder builds at run time from enum values. */
const dynamicKeys = [
  ...ORGANISATION_TYPES.map((type) => `invitations.types.${type}`),
  ...INVITATION_STATUSES.map((status) => `invitations.statuses.${status}`),
  ...['PUBLIC', 'ANONYMOUS', 'INVITED'].map((audience) => `invitations.audience.${audience}`),
  ...['DRAFT', 'PUBLISHED', 'CLOSED'].map((status) => `invitations.surveyStatus.${status}`),
  ...['QUEUED', 'RUNNING', 'DONE', 'FAILED'].map((status) => `invitations.mailing.status.${status}`),
  ...['INVITATION', 'REMINDER'].map((kind) => `invitations.mailing.kind.${kind}`),
  ...['NEW', 'UPDATE', 'UNCHANGED', 'INVALID'].map((outcome) => `invitations.import.outcome.${outcome}`),
  ...['invitation', 'reminder'].flatMap((kind) => [
    `invitations.mailing.done.${kind}`,
    `invitations.mailing.queued.${kind}`,
    `invitations.mailing.confirm.${kind}.heading`,
    `invitations.mailing.confirm.${kind}.text`,
    `invitations.mailing.confirm.${kind}.confirm`,
  ]),
  ...['invited', 'opened', 'started', 'complete'].map((stage) => `dashboard.stages.${stage}`),
  ...[...ROW_RULES, 'unlisted:code'].map((code) => rowRuleKey(code).replace(/^surveys\./, '')),
  ...[...FILE_RULES].map((rule) => `invitations.import.fileRules.${rule.replace(':', '_')}`),
  ...['issued', 'started', 'complete'].map((stage) => `dashboard.codes.${stage}`),
];

describe('invitations and dashboard translations', () => {
  it('have the same keys and placeholders in German, English and Arabic', () => {
    for (const section of sections) {
      const [base, ...others] = Object.values(files).map((file) => leaves(file[section] as Tree));
      for (const other of others) {
        expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
        for (const [key, text] of base) {
          const placeholders = (value: string) => (value.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
          expect({ key, placeholders: placeholders(other.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
        }
      }
    }
  });

  it('contain every key the pages use', () => {
    const folder = __dirname;
    const used = new Set<string>(dynamicKeys);
    for (const name of readdirSync(folder).filter((file) => /\.(html|ts)$/.test(file) && !file.endsWith('.spec.ts'))) {
      const source = readFileSync(join(folder, name), 'utf8');
      for (const match of source.matchAll(/'surveys\.((?:invitations|dashboard)\.[\w.]+[\w])'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(80);
    for (const [lang, file] of Object.entries(files)) {
      const known = new Set([...leaves(file['invitations'] as Tree, 'invitations.').keys(), ...leaves(file['dashboard'] as Tree, 'dashboard.').keys()]);
      const missing = [...used].filter((key) => !known.has(key));
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });
});
