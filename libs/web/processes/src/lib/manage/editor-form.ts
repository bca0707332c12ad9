import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { errorMessageKey, fieldErrorMessage, focusFirstInvalidField, toUiError } from '@mitreden/web/core';
import type { FieldErrorMessage } from '@mitreden/web/core';
import type { FieldErrors } from '@mitreden/shared/contracts';
import { TranslocoService } from '@jsverse/transloco';

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

export interface InlineEditorOptions<TInput> {
  /** Id of the inline form's heading, focused when the form opens. */
  headingId: string;
  /** Id of the list's add button, focused when a new item's form closes. */
  addButtonId: string;
  /** Announced after a successful save. */
  savedMessageKey: string;
  input: () => TInput;
  create: (input: TInput) => Promise<unknown>;
  update: (id: string, input: TInput) => Promise<unknown>;
  saved: () => void;
}

/**
 * An editor list with one inline form: which item is open (`'new'` for an addition), the save
 * cycle, and where focus goes so keyboard users never lose their place.
 */
export class InlineEditor<TInput> extends EditorForm {
  readonly editing = signal<string | null>(null);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);

  constructor(private readonly options: InlineEditorOptions<TInput>) {
    super();
  }

  open(id: string): void {
    this.status.set(null);
    this.editing.set(id);
    this.focusLater(`#${this.options.headingId}`);
  }

  cancel(): void {
    const id = this.editing();
    this.editing.set(null);
    this.focusBack(id);
  }

  save(form: FormGroup): Promise<void> {
    const id = this.editing();
    return this.submit(
      form,
      async () => {
        const input = this.options.input();
        if (id === 'new') await this.options.create(input);
        else if (id) await this.options.update(id, input);
      },
      () => {
        this.editing.set(null);
        this.options.saved();
        void this.announcer.announce(this.transloco.translate(this.options.savedMessageKey), 'polite');
        this.focusBack(id);
      },
    );
  }

  private focusBack(id: string | null): void {
    this.focusLater(id && id !== 'new' ? `[data-edit="${id}"]` : `#${this.options.addButtonId}`);
  }
}
