import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ValidationError } from 'class-validator';
import { ForumInput, PhaseInput, ProcessInput } from '../graphql/process.inputs';
import { toTranslatedText, translationList } from '../processes.service';

/** `{ field: [rule…] }` like the API's validation pipe reports it. */
function rules(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[path] = Object.keys(error.constraints);
    if (error.children?.length) Object.assign(out, rules(error.children, path));
  }
  return out;
}

async function check<T extends object>(
  type: new () => T,
  plain: Record<string, unknown>,
): Promise<Record<string, string[]>> {
  return rules(await validate(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }));
}

const process = (overrides: Record<string, unknown> = {}) => ({
  slug: 'wir-sind-hannover',
  title: [{ locale: 'de', text: 'Wir sind Hannover' }],
  summary: [],
  description: [],
  ...overrides,
});

describe('translation rules', () => {
  it('accepts a German title with translations and multi-line descriptions', async () => {
    expect(
      await check(
        ProcessInput,
        process({
          title: [
            { locale: 'de', text: 'Titel' },
            { locale: 'ar', text: 'عنوان' },
          ],
          description: [{ locale: 'de', text: 'Erste Zeile\nZweite Zeile\tmit Tab' }],
        }),
      ),
    ).toEqual({});
  });

  it('requires German, non-blank, once per language, from the known languages', async () => {
    expect(
      (await check(ProcessInput, process({ title: [{ locale: 'en', text: 'Title' }] })))['title'],
    ).toEqual(['germanRequired']);
    expect((await check(ProcessInput, process({ title: [{ locale: 'de', text: '  ' }] })))['title']).toEqual([
      'germanRequired',
    ]);
    expect(
      (
        await check(
          ProcessInput,
          process({
            title: [
              { locale: 'de', text: 'a' },
              { locale: 'de', text: 'b' },
            ],
          }),
        )
      )['title'],
    ).toEqual(['duplicateLocale']);
    expect(
      await check(
        ProcessInput,
        process({
          title: [
            { locale: 'de', text: 'a' },
            { locale: 'xx', text: 'b' },
          ],
        }),
      ),
    ).toEqual({
      'title.1.locale': ['isIn'],
    });
  });

  it('limits lengths per kind of text', async () => {
    const text = (n: number) => [{ locale: 'de', text: 'x'.repeat(n) }];
    expect(
      await check(
        ProcessInput,
        process({ title: text(200), summary: text(1000), description: text(10_000) }),
      ),
    ).toEqual({});
    expect(
      await check(
        ProcessInput,
        process({ title: text(201), summary: text(1001), description: text(10_001) }),
      ),
    ).toEqual({
      title: ['maxLength'],
      summary: ['maxLength'],
      description: ['maxLength'],
    });
  });

  it('refuses control characters in titles and bidi overrides everywhere', async () => {
    expect(
      (await check(ProcessInput, process({ title: [{ locale: 'de', text: 'a\nb' }] })))['title'],
    ).toEqual(['noControlCharacters']);
    expect(
      (await check(ProcessInput, process({ description: [{ locale: 'de', text: 'a\u2067b' }] })))[
        'description'
      ],
    ).toEqual(['noControlCharacters']);
    expect(
      (await check(ProcessInput, process({ summary: [{ locale: 'de', text: 'a\u0000b' }] })))['summary'],
    ).toEqual(['noControlCharacters']);
  });

  it('checks the slug format and the other inputs’ fields', async () => {
    expect((await check(ProcessInput, process({ slug: 'Mit Leerzeichen' })))['slug']).toEqual(['matches']);
    expect((await check(ProcessInput, process({ slug: 'doppel--strich' })))['slug']).toEqual(['matches']);
    expect(
      await check(PhaseInput, {
        kind: 'nonsense',
        title: [{ locale: 'de', text: 'P' }],
        startsAt: new Date(),
        endsAt: new Date(),
      }),
    ).toEqual({ kind: ['isEnum'] });
    expect(
      await check(ForumInput, {
        actionFieldId: 'not-a-uuid',
        title: [{ locale: 'de', text: 'F' }],
        startsAt: new Date(),
        municipality: '',
        format: 'on_site',
        acceptsInput: true,
      }),
    ).toEqual({ actionFieldId: ['isUuid'], municipality: ['isLength'] });
  });
});

describe('stored translations', () => {
  it('stores a map without blank translations and lists it back in the order of the languages', () => {
    const stored = toTranslatedText([
      { locale: 'ar', text: ' عنوان ' },
      { locale: 'de', text: 'Titel' },
      { locale: 'en', text: '   ' },
    ]);
    expect(stored).toEqual({ ar: 'عنوان', de: 'Titel' });
    expect(translationList(stored)).toEqual([
      { locale: 'de', text: 'Titel' },
      { locale: 'ar', text: 'عنوان' },
    ]);
  });
});
