import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

export type FormStatusKind = 'success' | 'error' | 'info';

/**
 * A polite live region that is always in the DOM (screen readers ignore regions inserted together
 * with their text). The kind is spelled out in words, never shown by colour alone.
 */
@Component({
  selector: 'mr-form-status',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" aria-live="polite" aria-atomic="true">
      @if (message(); as text) {
        <p class="mr-form-status" [class]="'mr-form-status--' + kind()" *transloco="let t">
          <strong>{{ t('status.' + kind()) }}:</strong> {{ text }}
        </p>
      }
    </div>
  `,
  styles: `
    .mr-form-status {
      margin-block: 1rem;
      padding: 0.75rem 1rem;
      border-inline-start: 0.375rem solid currentColor;
      border-radius: 0.25rem;
    }
    .mr-form-status--success {
      background: var(--mr-success-container);
      color: var(--mr-on-success-container);
    }
    .mr-form-status--error {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .mr-form-status--info {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class FormStatusComponent {
  readonly message = input<string | null>(null);
  readonly kind = input<FormStatusKind>('info');
}
