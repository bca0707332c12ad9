import { FormArray, FormControl } from '@angular/forms';
import type { PollInput } from '@mitreden/web/core';
import {
  codeLink,
  codesCsv,
  codesCsvBlob,
  controlPathFor,
  csvCell,
  imageProblem,
  joinDateTime,
  moveControl,
  moveItem,
  pickText,
  pollInputFrom,
  splitDateTime,
  textsFrom,
  translationsFrom,
} from './poll-form';
import type { PollFormValue } from './poll-form';

const texts = (de: string, en = '', ar = '') => ({ de, en, ar });

function formValue(overrides: Partial<PollFormValue> = {}): PollFormValue {
  return {
    slug: ' name-plan ',
    question: texts('Wie soll der Plan heißen?', 'What should the plan be called?'),
    description: texts(''),
    method: 'SINGLE',
    maxChoices: 3,
    opensDate: '2026-12-01',
    opensTime: '09:00',
    closesDate: '2026-12-15',
    closesTime: '18:30',
    processId: 'p1',
    phaseId: '',
    acceptsAccounts: true,
    acceptsCodes: false,
    municipality: '',
    allowVoteChange: false,
    options: [
      { id: 'o1', label: texts('A', '', 'أ'), description: texts(''), imageAlt: texts(''), imageUrl: '' },
      { id: '', label: texts('B'), description: texts('Mehr'), imageAlt: texts(''), imageUrl: '' },
    ],
    ...overrides,
  };
}

describe('translations mapping', () => {
  it('keeps the editor languages and drops others', () => {
    expect(
      textsFrom([
        { locale: 'de', text: 'Hallo' },
        { locale: 'ar', text: 'مرحبا' },
        { locale: 'tr', text: 'Merhaba' },
      ]),
    ).toEqual({ de: 'Hallo', en: '', ar: 'مرحبا' });
    expect(textsFrom(null)).toEqual({ de: '', en: '', ar: '' });
  });

  it('sends trimmed texts, German first, blanks left out', () => {
    expect(translationsFrom({ de: ' Hallo ', en: '   ', ar: 'مرحبا' })).toEqual([
      { locale: 'de', text: 'Hallo' },
      { locale: 'ar', text: 'مرحبا' },
    ]);
  });

  it('round-trips', () => {
    const original = texts('Eins', 'One', 'واحد');
    expect(textsFrom(translationsFrom(original))).toEqual(original);
  });

  it('picks the reader language, else German', () => {
    const list = [
      { locale: 'de', text: 'Frage' },
      { locale: 'en', text: 'Question' },
    ];
    expect(pickText(list, 'en')).toBe('Question');
    expect(pickText(list, 'ar')).toBe('Frage');
  });
});

describe('option reorder', () => {
  it('moves an entry up and down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('ignores moves past either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });

  it('moves FormArray controls keeping the control instances', () => {
    const array = new FormArray([new FormControl('a'), new FormControl('b'), new FormControl('c')]);
    const moved = array.at(0);
    expect(moveControl(array, 0, 2)).toBe(true);
    expect(array.value).toEqual(['b', 'c', 'a']);
    expect(array.at(2)).toBe(moved);
    expect(moveControl(array, 0, 3)).toBe(false);
    expect(array.value).toEqual(['b', 'c', 'a']);
  });
});

describe('dates', () => {
  it('joins local date and time and splits them back', () => {
    const iso = joinDateTime('2026-12-15', '18:30');
    expect(iso).not.toBeNull();
    expect(splitDateTime(iso)).toEqual({ date: '2026-12-15', time: '18:30' });
  });

  it('gives null for missing parts', () => {
    expect(joinDateTime('', '10:00')).toBeNull();
    expect(joinDateTime('2026-12-15', '')).toBeNull();
    expect(splitDateTime(null)).toEqual({ date: '', time: '' });
  });
});

describe('pollInputFrom', () => {
  it('builds the whole document with id and version', () => {
    const input = pollInputFrom(formValue(), 'poll-1', 4);
    expect(input.id).toBe('poll-1');
    expect(input.version).toBe(4);
    expect(input.slug).toBe('name-plan');
    expect(input.phaseId).toBeNull();
    expect(input.municipality).toBeNull();
    expect(input.maxChoices).toBeNull();
    expect(input.question).toEqual([
      { locale: 'de', text: 'Wie soll der Plan heißen?' },
      { locale: 'en', text: 'What should the plan be called?' },
    ]);
    expect(input.options).toEqual([
      { id: 'o1', label: [{ locale: 'de', text: 'A' }, { locale: 'ar', text: 'أ' }], description: [], imageAlt: [] },
      { label: [{ locale: 'de', text: 'B' }], description: [{ locale: 'de', text: 'Mehr' }], imageAlt: [] },
    ]);
    expect(new Date(input.closesAt).getTime()).toBeGreaterThan(new Date(input.opensAt).getTime());
  });

  it('omits id and version for a new poll and keeps maxChoices only for MULTIPLE', () => {
    const input = pollInputFrom(formValue({ method: 'MULTIPLE', municipality: 'Garbsen', phaseId: 'ph' }), null, null);
    expect('id' in input).toBe(false);
    expect('version' in input).toBe(false);
    expect(input.maxChoices).toBe(3);
    expect(input.municipality).toBe('Garbsen');
    expect(input.phaseId).toBe('ph');
  });
});

describe('controlPathFor (server field errors)', () => {
  const sent: PollInput = pollInputFrom(formValue(), 'poll-1', 1);

  it('maps plain and renamed fields', () => {
    expect(controlPathFor('slug', sent)).toBe('slug');
    expect(controlPathFor('closesAt', sent)).toBe('closesDate');
    expect(controlPathFor('acceptsCodes', sent)).toBe('acceptsCodes');
    expect(controlPathFor('somethingElse', sent)).toBeNull();
  });

  it('maps translation list errors to the language that was sent at that index', () => {
    expect(controlPathFor('question', sent)).toBe('question.de');
    expect(controlPathFor('question.1.text', sent)).toBe('question.en');
    expect(controlPathFor('options.0.label.1.text', sent)).toBe('options.0.label.ar');
    expect(controlPathFor('options.1.imageAlt', sent)).toBe('options.1.imageAlt.de');
    expect(controlPathFor('options.1.id', sent)).toBe('options.1.label.de');
    expect(controlPathFor('options', sent)).toBe('options');
  });
});

describe('voting code CSV', () => {
  const origin = 'https://mitreden.example';

  it('builds the link with the code filled in', () => {
    expect(codeLink(origin, 'name-plan', 'ABCD-EFGH')).toBe('https://mitreden.example/votes/name-plan?code=ABCD-EFGH');
  });

  it('has a header and one CRLF row per code', () => {
    expect(codesCsv(origin, 'p', ['AAAA-BBBB', 'CCCC-DDDD'])).toBe(
      'code,link\r\nAAAA-BBBB,https://mitreden.example/votes/p?code=AAAA-BBBB\r\nCCCC-DDDD,https://mitreden.example/votes/p?code=CCCC-DDDD\r\n',
    );
  });

  it('quotes separators and neutralises formula-like cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
  });

  it('starts the file with a byte order mark', async () => {
    const blob = codesCsvBlob(origin, 'p', ['AAAA-BBBB']);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('imageProblem', () => {
  it('accepts PNG, JPEG and WebP up to 1 MB', () => {
    expect(imageProblem({ type: 'image/webp', size: 1_048_576 })).toBeNull();
    expect(imageProblem({ type: 'image/gif', size: 10 })).toBe('NOT_AN_IMAGE');
    expect(imageProblem({ type: 'image/png', size: 1_048_577 })).toBe('TOO_LARGE');
  });
});
