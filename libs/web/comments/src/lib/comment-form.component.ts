import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, computed, effect, input, output, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldErrorPipe, noForbiddenTextCharacters } from '@mitreden/web/core';
import { COMMENT_BODY_MAX } from './comment-limits';

/**
 * The text box for a new comment, a reply or an edit: visible label, live character count, field
 * errors, and (when cancellable) Escape to give up. The owner sends the text and reports back.
 */
@Component({
  selector: 'mr-comment-form',
  imports: [FieldErrorPipe, MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="mr-comment-form" [formGroup]="form" (ngSubmit)="send()" (keydown.escape)="cancelByKey($event)" novalidate *transloco="let t">
      <mat-form-field appearance="outline" class="mr-comment-form__field">
        <mat-label>{{ label() }}</mat-label>
        <textarea
          #box
          matInput
          formControlName="body"
          rows="3"
          required
          dir="auto"
        ></textarea>
        <mat-hint align="end" [class.mr-comment-form__count--over]="length() > max">
          {{ t('comments.form.count', { count: length(), max: max }) }}
        </mat-hint>
        @if (body.errors | mrFieldError; as e) {
          <mat-error>{{ t(e.key, e.params) }}</mat-error>
        }
      </mat-form-field>
      <div class="mr-comment-form__actions">
        <button mat-flat-button type="submit" [attr.aria-disabled]="busy() || null">{{ submitLabel() }}</button>
        @if (cancellable()) {
          <button mat-button type="button" (click)="cancelled.emit()">{{ t('comments.form.cancel') }}</button>
        }
      </div>
    </form>
  `,
  styles: `
    .mr-comment-form {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      max-inline-size: 48rem;
    }
    .mr-comment-form__field {
      inline-size: 100%;
    }
    .mr-comment-form__field textarea {
      white-space: pre-wrap;
    }
    .mr-comment-form__count--over {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .mr-comment-form__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class CommentFormComponent {
  readonly label = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly initial = input('');
  readonly cancellable = input(false);
  readonly autofocus = input(false);
  readonly busy = input(false);
  /** Rules the server refused the text for (e.g. ['maxLength']); shown on the field. */
  readonly serverRules = input<string[] | null>(null);

  readonly submitted = output<string>();
  readonly cancelled = output<void>();

  protected readonly max = COMMENT_BODY_MAX;
  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(COMMENT_BODY_MAX), noForbiddenTextCharacters],
  });
  protected readonly form = new FormGroup({ body: this.body });
  private readonly value = toSignal(this.body.valueChanges, { initialValue: '' });
  protected readonly length = computed(() => this.value().length);
  private readonly box = viewChild.required<ElementRef<HTMLTextAreaElement>>('box');

  constructor() {
    afterNextRender(() => {
      if (this.initial()) this.body.setValue(this.initial());
      if (this.autofocus()) this.focus();
    });
    // The server's verdict lands on the field, with the focus, like a client-side error.
    effect(() => {
      const rules = this.serverRules();
      if (!rules?.length) return;
      this.body.setErrors({ ...(this.body.errors ?? {}), server: rules });
      this.body.markAsTouched();
      this.focus();
    });
  }

  focus(): void {
    this.box().nativeElement.focus();
  }

  reset(): void {
    this.body.reset('');
  }

  protected send(): void {
    // Not disabled while sending (a disabled button would drop the keyboard focus); ignored instead.
    if (this.busy()) return;
    // Only blanks is no comment; the server trims the same way.
    if (!this.body.value.trim()) this.body.setErrors({ required: true });
    if (this.body.invalid) {
      this.body.markAsTouched();
      this.focus();
      return;
    }
    this.submitted.emit(this.body.value);
  }

  protected cancelByKey(event: Event): void {
    if (!this.cancellable()) return;
    event.preventDefault();
    event.stopPropagation();
    this.cancelled.emit();
  }
}
