import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPLETE_LOCALES, DEFAULT_LOCALE, LOCALES } from '@mitreden/shared/contracts';
import { appRoutes } from './app.routes';

const ROOT = join(__dirname, '../../../..');
/** Library i18n folders the build copies to /i18n (root) and /i18n/<scope>. */
const I18N_FOLDERS: Record<string, string> = {
  root: 'libs/web/shell/src/i18n',
  identity: 'libs/web/identity/src/i18n',
  processes: 'libs/web/processes/src/i18n',
  proposals: 'libs/web/proposals/src/i18n',
  comments: 'libs/web/comments/src/i18n',
  follows: 'libs/web/follows/src/i18n',
  moderation: 'libs/web/moderation/src/i18n',
  curation: 'libs/web/curation/src/i18n',
  assessments: 'libs/web/assessments/src/i18n',
  answers: 'libs/web/answers/src/i18n',
  surveys: 'libs/web/surveys/src/i18n',
  votes: 'libs/web/votes/src/i18n',
  catalogue: 'libs/web/catalogue/src/i18n',
  audit: 'libs/web/audit/src/i18n',
  devMail: 'libs/web/dev-mail/src/i18n',
  mail: 'libs/web/mail/src/i18n',
};

type Json = { [key: string]: string | Json };

function keys(value: Json, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [`${prefix}${key}`] : keys(child, `${prefix}${key}.`),
  );
}

function load(folder: string, locale: string): Json {
  return JSON.parse(readFileSync(join(ROOT, folder, `${locale}.json`), 'utf8')) as Json;
}

describe('translations', () => {
  for (const [scope, folder] of Object.entries(I18N_FOLDERS)) {
    it(`${scope}: complete languages have exactly the German keys, others a subset`, () => {
      const german = keys(load(folder, DEFAULT_LOCALE)).sort();
      for (const locale of COMPLETE_LOCALES)
        expect({ locale, keys: keys(load(folder, locale)).sort() }).toEqual({ locale, keys: german });
      for (const locale of LOCALES) {
        const extra = keys(load(folder, locale)).filter((key) => !german.includes(key));
        expect({ locale, extra }).toEqual({ locale, extra: [] });
      }
    });

    it(`${scope}: has a file for every supported language and nothing else`, () => {
      const files = readdirSync(join(ROOT, folder)).filter((file) => file.endsWith('.json'));
      expect(files.sort()).toEqual(LOCALES.map((locale) => `${locale}.json`).sort());
    });
  }

  it('translates every route title', () => {
    const german = keys(load(I18N_FOLDERS['root'], DEFAULT_LOCALE));
    const titles = appRoutes
      .map((route) => route.title)
      .filter((title): title is string => typeof title === 'string');
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) expect(german).toContain(title);
  });

  it('names every audit action and target type the API writes', () => {
    // The audit page falls back to the raw action name; a new action without a label shows up here.
    const written = new Set<string>();
    const targets = new Set<string>();
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
          const source = readFileSync(path, 'utf8');
          for (const match of source.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) written.add(match[1].replace('.', '_'));
          for (const match of source.matchAll(/targetType: '([a-z_]+)'/g)) targets.add(match[1]);
        }
      }
    };
    walk(join(ROOT, 'libs/api'));
    expect(written.size).toBeGreaterThan(20);
    const audit = load(I18N_FOLDERS['audit'], DEFAULT_LOCALE) as { action: Json; targetType: Json };
    expect([...written].filter((action) => !(action in audit.action))).toEqual([]);
    expect([...targets].filter((target) => !(target in audit.targetType))).toEqual([]);
  });
});
