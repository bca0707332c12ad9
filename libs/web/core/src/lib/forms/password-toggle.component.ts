import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * Show/hide button for a password input, placed as `matSuffix`. The visible text is the whole
 * accessible name and states the action, so no pressed-state is needed.
 */
@Component({
  selector: 'mr-password-toggle',
  imports: [MatButton, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-button type="button" class="mr-password-toggle" (click)="toggle()" *transloco="let t">
      {{ visible() ? t('forms.hidePassword') : t('forms.showPassword') }}
    </button>
  `,
  styles: `
    .mr-password-toggle {
      margin-inline-end: 0.25rem;
      white-space: nowrap;
      --mat-button-text-horizontal-padding: 0.5rem;
    }
  `,
})
export class PasswordToggleComponent {
  readonly target = input.required<HTMLInputElement>();
  protected readonly visible = signal(false);

  protected toggle(): void {
    const visible = !this.visible();
    this.visible.set(visible);
    this.target().type = visible ? 'text' : 'password';
  }
}
