import { assessmentFieldMessage } from './field-message';
import { formatDay } from './labels';

describe('assessment labels', () => {
  it('formats a calendar day without shifting it by the time zone', () => {
    expect(formatDay('2026-03-01', 'de')).toBe('01.03.2026');
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDay('', 'de')).toBe('');
    expect(formatDay('kein Datum', 'de')).toBe('');
  });

  it('maps this API’s own server rules to their messages', () => {
    expect(assessmentFieldMessage({ server: ['unknownDepartment'] })?.key).toBe('assessments.errors.unknownDepartment');
    expect(assessmentFieldMessage({ server: ['dueInPast'] })?.key).toBe('assessments.errors.dueInPast');
    expect(assessmentFieldMessage({ server: ['required'] })?.key).toBe('validation.required');
    expect(assessmentFieldMessage({ server: ['maxLength'] })?.key).toBe('validation.server.maxLength');
    expect(assessmentFieldMessage(null)).toBeNull();
  });
});
