import { FormControl, FormGroup, Validators } from '@angular/forms';
import { applyServerFieldErrors, noForbiddenCharacters } from './form-helpers';
import { fieldErrorMessage } from './field-error.pipe';

describe('applyServerFieldErrors', () => {
  it('puts server rules on the controls named by the last path segment', () => {
    const form = new FormGroup({ displayName: new FormControl('x'), email: new FormControl('a@b.de') });
    expect(applyServerFieldErrors(form, { 'input.displayName': ['maxLength'] })).toBe(true);
    expect(form.controls.displayName.errors).toEqual({ server: ['maxLength'] });
    expect(form.controls.displayName.touched).toBe(true);
    expect(form.controls.email.errors).toBeNull();
  });

  it('reports when no field matched so the caller shows a form-level message', () => {
    const form = new FormGroup({ email: new FormControl('') });
    expect(applyServerFieldErrors(form, { 'input.somethingElse': ['isIn'] })).toBe(false);
  });
});

describe('fieldErrorMessage', () => {
  it('orders client errors and carries their parameters', () => {
    expect(fieldErrorMessage({ required: true, email: true })).toEqual({ key: 'validation.required', params: {} });
    expect(fieldErrorMessage({ minlength: { requiredLength: 10, actualLength: 3 } })).toEqual({
      key: 'validation.minlength',
      params: { min: 10 },
    });
  });

  it('uses a dedicated message for known server rules and a generic one otherwise', () => {
    expect(fieldErrorMessage({ server: ['isEmail'] })?.key).toBe('validation.server.isEmail');
    expect(fieldErrorMessage({ server: ['mustAccept'] })?.key).toBe('validation.server.mustAccept');
    expect(fieldErrorMessage({ server: ['somethingExotic'] })?.key).toBe('validation.server.invalid');
    expect(fieldErrorMessage(null)).toBeNull();
  });
});

describe('noForbiddenCharacters', () => {
  it('refuses bidi overrides and control characters but accepts ordinary names in any script', () => {
    const control = new FormControl('', [Validators.required, noForbiddenCharacters]);
    control.setValue('Evil\u202Egnp.exe');
    expect(control.hasError('forbiddenCharacters')).toBe(true);
    control.setValue('Ayşe Öztürk – أحمد');
    expect(control.valid).toBe(true);
  });
});
