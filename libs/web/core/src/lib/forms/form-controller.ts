import { ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { errorMessageKey, toUiError } from '../graphql/graphql-errors';
import type { UiError } from '../graphql/graphql-errors';
import { applyServerFieldErrors, focusFirstInvalidField } from './form-helpers';
import type { FormStatusKind } from './form-status.component';

export interface StatusMessage {
  kind: FormStatusKind;
  key: string;
  params?: Record<string, unknown>;
}

/**
 * The submit cycle every form shares: refuse invalid input with focus on the first
 * problem, report server errors by code, put field errors on their controls, announce results in
 * the form's live region. Create it in a component's injection context.
 */
export class FormController {
  readonly submitting = signal(false);
  readonly status = signal<StatusMessage | null>(null);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** True (and the person is told why) when the form must not be sent. */
  rejectInvalid(form: FormGroup): boolean {
    if (form.valid) return false;
    form.markAllAsTouched();
    this.status.set({ kind: 'error', key: 'forms.checkFields' });
    this.focusFirstInvalidLater();
    return true;
  }

  /** Shows a failed request; returns the normalised error for callers that branch on the code. */
  fail(error: unknown, form?: FormGroup): UiError {
    const uiError = toUiError(error);
    const onFields = form ? applyServerFieldErrors(form, uiError.fields) : false;
    this.status.set({ kind: 'error', key: onFields ? 'forms.checkFields' : errorMessageKey(uiError) });
    if (onFields) this.focusFirstInvalidLater();
    return uiError;
  }

  succeed(key: string, params?: Record<string, unknown>): void {
    this.status.set({ kind: 'success', key, params });
  }

  /**
   * The whole submit cycle: refuse invalid input, send once, then `done` with the result; a failure
   * (of the request or of `done`) is shown and handed to `failed` for code-specific handling.
   */
  async submit<T>(
    form: FormGroup,
    request: () => Promise<T>,
    handlers: { done?: (result: T) => void | Promise<void>; failed?: (error: UiError) => void } = {},
  ): Promise<void> {
    if (this.submitting() || this.rejectInvalid(form)) return;
    this.submitting.set(true);
    this.status.set(null);
    try {
      const result = await request();
      this.submitting.set(false);
      await handlers.done?.(result);
    } catch (error) {
      // Shown first: `failed?.(this.fail(…))` would skip showing it when there is no handler.
      const uiError = this.fail(error, form);
      handlers.failed?.(uiError);
    } finally {
      this.submitting.set(false);
    }
  }

  focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  private focusFirstInvalidLater(): void {
    afterNextRender(() => focusFirstInvalidField(this.host.nativeElement), { injector: this.injector });
  }
}
