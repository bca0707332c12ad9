import {
  fileToBase64,
  importErrorKey,
  intakeFieldError,
  isAcceptedFileName,
  rowRuleKey,
} from './intake-messages';

describe('intake messages', () => {
  it('names the file problem the API reported, else the error code', () => {
    expect(importErrorKey({ code: 'BAD_USER_INPUT', fields: { 'input.fileBase64': ['tooManyRows'] } })).toBe(
      'proposals.intake.fileRules.tooManyRows',
    );
    expect(importErrorKey({ code: 'BAD_USER_INPUT', fields: { fileName: ['matches'] } })).toBe(
      'proposals.intake.fileRules.matches',
    );
    expect(importErrorKey({ code: 'BAD_USER_INPUT', fields: { rows: ['invalidRows'] } })).toBe(
      'proposals.intake.fileRules.invalidRows',
    );
    // A rule without its own message falls back to the general one.
    expect(importErrorKey({ code: 'BAD_USER_INPUT', fields: { fileBase64: ['isString'] } })).toBe(
      'errors.BAD_USER_INPUT',
    );
    expect(importErrorKey({ code: 'FORBIDDEN', fields: {} })).toBe('errors.FORBIDDEN');
  });

  it('translates row rules it knows and falls back for others', () => {
    expect(rowRuleKey('unknownForum')).toBe('proposals.intake.rules.unknownForum');
    expect(rowRuleKey('somethingNew')).toBe('validation.server.invalid');
  });

  it('explains the participant range and the intake rules on the entry form', () => {
    expect(intakeFieldError({ min: { min: 1, actual: 0 } })?.key).toBe('proposals.intake.rules.outOfRange');
    expect(intakeFieldError({ integer: true })?.key).toBe('proposals.intake.rules.outOfRange');
    expect(intakeFieldError({ server: ['unknownGoal'] })?.key).toBe('proposals.intake.rules.unknownGoal');
    expect(intakeFieldError({ required: true })?.key).toBe('validation.required');
    expect(intakeFieldError({ server: ['maxLength'] })?.key).toBe('validation.server.maxLength');
    expect(intakeFieldError(null)).toBeNull();
  });

  it('accepts only CSV and XLSX names', () => {
    expect(isAcceptedFileName('Papierbögen.XLSX')).toBe(true);
    expect(isAcceptedFileName('liste.csv')).toBe(true);
    expect(isAcceptedFileName('liste.xls')).toBe(false);
    expect(isAcceptedFileName('csv')).toBe(false);
  });

  it('reads files as base64', async () => {
    const bytes = new Uint8Array(200_000).map((_, index) => index % 256);
    expect(await fileToBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
    expect(await fileToBase64(new Blob(['Titel;Art\n'], { type: 'text/csv' }))).toBe(
      Buffer.from('Titel;Art\n').toString('base64'),
    );
    expect(await fileToBase64(new Blob([]))).toBe('');
  });
});
