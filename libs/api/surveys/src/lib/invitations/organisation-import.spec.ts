import { foldLabel, mapColumns, organisationTypeOf, planRows } from './organisation-import';

describe('organisation import rules', () => {
  it.each([
    ['Migrantenorganisation', 'migrant_organisation'],
    ['MIGRANT_ORGANISATION', 'migrant_organisation'],
    ['Bildung', 'education'],
    ['beratung ', 'counselling'],
    ['Integrationsbeirat', 'integration_council'],
    ['Religionsgemeinschaft', 'religious_community'],
    ['Religiöse Gemeinschaft', 'religious_community'],
    ['Integrationslots*in', 'integration_guide'],
    ['Integrationslots:in', 'integration_guide'],
    ['Kommunale Ansprechpartner*in', 'municipal_contact'],
    ['Wohlfahrt', 'welfare'],
    ['Sonstige', 'other'],
    ['Welfare organization', 'welfare'],
  ])('reads the type %s', (label, type) => {
    expect(organisationTypeOf(label)).toBe(type);
  });

  it('does not guess unknown types', () => {
    expect(organisationTypeOf('Sportverein')).toBeNull();
    expect(organisationTypeOf('')).toBeNull();
  });

  it('folds accents, stars and blanks', () => {
    expect(foldLabel(' Straße Ö*x ')).toBe('strasseox');
  });

  it('maps German and English headers and names the missing ones', () => {
    expect(mapColumns(['E-Mail-Adresse', 'Gemeinde', 'Name', 'Typ'])).toEqual({
      name: 2,
      email: 0,
      type: 3,
      municipality: 1,
      locale: null,
    });
    expect(() => mapColumns(['Name', 'Kommune'])).toThrow(expect.objectContaining({ fields: { fileBase64: ['missingColumn:email', 'missingColumn:type'] } }));
  });

  it('keeps the stored locale when the file has none and reports every problem of a row', () => {
    const sheet = {
      header: ['Name', 'Email', 'Type', 'Language'],
      rows: [
        { line: 2, cells: ['  Verein   Brücke ', 'MAILTO:Info@Bruecke.org', 'Bildung', ''] },
        { line: 3, cells: ['\u202Ex', 'no-at-sign', 'Zoo', 'xx'] },
      ],
    };
    const existing = new Map([
      ['info@bruecke.org', { email: 'info@bruecke.org', name: 'Verein Brücke', type: 'education', municipality: '', locale: 'en' }],
    ]);
    const [first, second] = planRows(sheet, existing);
    expect(first).toMatchObject({ name: 'Verein Brücke', email: 'info@bruecke.org', locale: 'en', outcome: 'unchanged', errors: [] });
    expect(second).toMatchObject({
      outcome: 'invalid',
      errors: ['name:invalidCharacters', 'email:invalid', 'type:unknown', 'locale:unknown'],
    });
  });
});
