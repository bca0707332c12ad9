import { ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { errorMessageKey, fieldErrorMessage, focusFirstInvalidField, toUiError } from '@mitreden/web/core';
import type { FieldErrorMessage } from '@mitreden/web/core';
import type { FieldErrors } from '@mitreden/shared/contracts';

/** Rules of the process editor that have their own message in the `processes` scope. */
const PROCESS_RULES = new Set([
  'germanRequired',
  'duplicateLocale',
  'phaseOverlap',
  'endsBeforeStart',
  'positionTaken',
  'slugTaken',
  'notInProcess',
  'matches',
  'min',
]);

/** The message for a control's first error: editor rules from the scope, the rest from the shell. */
export function editorFieldError(errors: Record<string, unknown> | null | undefined): FieldErrorMessage | null {
  const server = errors?.['server'];
  if (Array.isArray(server) && PROCESS_RULES.has(String(server[0]))) return { key: `processes.rules.${String(server[0])}`, params: {} };
  if (errors?.['min']) return { key: 'processes.rules.min', params: {} };
  return fieldErrorMessage(errors);
}

/**
 * Puts server field errors on the editor's controls: `input.title` lands on `title_de` (German is
 * the one that is required), `input.startsAt` on `startsAt`. Returns whether any matched.
 */
export function applyEditorFieldErrors(form: FormGroup, fields: FieldErrors): boolean {
  let matched = false;
  for (const [path, rules] of Object.entries(fields)) {
    const segments = path.split('.').filter((segment) => segment !== 'input' && !/^\d+$/.test(segment) && segment !== 'locale' && segment !== 'text');
    const name = segments[0];
    if (!name) continue;
    const control = form.get(name) ?? form.get(`${name}_de`);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: rules });
    control.markAsTouched();
    matched = true;
  }
  return matched;
}

export interface EditorStatus {
  kind: 'error' | 'success';
  key: string;
}

/** The submit cycle of the editor's forms: refuse invalid input, send once, show the outcome. */
export class EditorForm {
  readonly submitting = signal(false);
  readonly status = signal<EditorStatus | null>(null);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  async submit<T>(form: FormGroup, request: () => Promise<T>, done: (result: T) => void | Promise<void>): Promise<void> {
    if (this.submitting()) return;
    if (form.invalid) {
      form.markAllAsTouched();
      this.status.set({ kind: 'error', key: 'forms.checkFields' });
      this.focusFirstInvalidLater();
      return;
    }
    this.submitting.set(true);
    this.status.set(null);
    try {
      const result = await request();
      this.submitting.set(false);
      await done(result);
    } catch (error) {
      const uiError = toUiError(error);
      const onFields = applyEditorFieldErrors(form, uiError.fields);
      this.status.set({ kind: 'error', key: onFields ? 'forms.checkFields' : errorMessageKey(uiError) });
      if (onFields) this.focusFirstInvalidLater();
    } finally {
      this.submitting.set(false);
    }
  }

  focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  private focusFirstInvalidLater(): void {
    afterNextRender(() => focusFirstInvalidField(this.host.nativeElement), { injector: this.injector });
  }
}
