import { assessmentFieldMessage } from './field-message';
import { cityToday, formatDay } from './labels';

describe('assessment labels', () => {
  it('formats a calendar day without shifting it by the time zone', () => {
    expect(formatDay('2026-03-01', 'de')).toBe('01.03.2026');
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDay('', 'de')).toBe('');
    expect(formatDay('kein Datum', 'de')).toBe('');
  });

  it('takes "today" from Europe/Berlin', () => {
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(cityToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('maps this API’s own server rules to their messages', () => {
    expect(assessmentFieldMessage({ server: ['unknownDepartment'] })?.key).toBe('assessments.errors.unknownDepartment');
    expect(assessmentFieldMessage({ server: ['dueInPast'] })?.key).toBe('assessments.errors.dueInPast');
    expect(assessmentFieldMessage({ server: ['required'] })?.key).toBe('validation.required');
    expect(assessmentFieldMessage({ server: ['maxLength'] })?.key).toBe('validation.server.maxLength');
    expect(assessmentFieldMessage(null)).toBeNull();
  });
});
