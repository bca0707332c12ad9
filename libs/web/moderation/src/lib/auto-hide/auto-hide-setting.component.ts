import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  AutoHideThresholdGQL,
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  SetAutoHideThresholdGQL,
  toUiError,
} from '@mitreden/web/core';

/** The API accepts 2…100; one report alone never hides anything. */
const THRESHOLD_MIN = 2;
const THRESHOLD_MAX = 100;
const SUGGESTED_THRESHOLD = 5;

/**
 * Per process, off by default: hide a proposal or comment as soon as this many different people
 * reported it, until a moderator decides. Shown in the project group's process editor.
 */
@Component({
  selector: 'mr-auto-hide-setting',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('moderation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <section class="mr-auto-hide" aria-labelledby="auto-hide-heading">
        <h2 id="auto-hide-heading">{{ t('moderation.autoHide.heading') }}</h2>
        <p>{{ t('moderation.autoHide.intro') }}</p>
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mr-form-status
            [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
            [kind]="controller.status()?.kind ?? 'info'"
          />
          <mat-checkbox formControlName="enabled">{{ t('moderation.autoHide.enabled') }}</mat-checkbox>
          @if (form.controls.enabled.value) {
            <mat-form-field appearance="outline" class="mr-auto-hide__field">
              <mat-label>{{ t('moderation.autoHide.threshold') }}</mat-label>
              <input matInput type="number" inputmode="numeric" formControlName="threshold" [min]="min" [max]="max" required />
              <mat-hint>{{ t('moderation.autoHide.thresholdHint', { min, max }) }}</mat-hint>
              @if (form.controls.threshold.errors | mrFieldError; as e) {
                <mat-error>{{ t(e.key, e.params) }}</mat-error>
              }
            </mat-form-field>
          }
          <div>
            <button mat-flat-button type="submit" [disabled]="!loaded() || controller.submitting()">
              {{ t('moderation.autoHide.save') }}
            </button>
          </div>
        </form>
      </section>
    </ng-container>
  `,
  styles: `
    .mr-auto-hide {
      margin-block: 2rem;
      max-inline-size: 40rem;
    }
    .mr-auto-hide__field {
      display: block;
      margin-block-start: 0.75rem;
    }
  `,
})
export class AutoHideSettingComponent {
  readonly processId = input.required<string>();

  private readonly query = inject(AutoHideThresholdGQL);
  private readonly mutation = inject(SetAutoHideThresholdGQL);
  protected readonly controller = new FormController();
  protected readonly min = THRESHOLD_MIN;
  protected readonly max = THRESHOLD_MAX;
  protected readonly loaded = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    enabled: false,
    threshold: [SUGGESTED_THRESHOLD, [Validators.required, Validators.min(THRESHOLD_MIN), Validators.max(THRESHOLD_MAX)]],
  });

  constructor() {
    effect(() => void this.load(this.processId()));
  }

  protected save(): Promise<void> {
    const { enabled, threshold } = this.form.getRawValue();
    // A hidden, half-typed number must not block switching the feature off.
    if (!enabled) this.form.controls.threshold.setValue(SUGGESTED_THRESHOLD);
    return this.controller.submit(
      this.form,
      async () =>
        (
          await firstValueFrom(
            this.mutation.mutate({ variables: { processId: this.processId(), threshold: enabled ? Number(threshold) : null } }),
          )
        ).data?.setAutoHideThreshold ?? null,
      {
        done: (saved) =>
          this.controller.succeed(saved === null ? 'moderation.autoHide.savedOff' : 'moderation.autoHide.savedOn', {
            count: saved,
          }),
      },
    );
  }

  private async load(processId: string): Promise<void> {
    this.loaded.set(false);
    try {
      const result = await firstValueFrom(this.query.fetch({ variables: { processId }, fetchPolicy: 'network-only' }));
      const threshold = result.data?.autoHideThreshold ?? null;
      this.form.reset({ enabled: threshold !== null, threshold: threshold ?? SUGGESTED_THRESHOLD });
      this.loaded.set(true);
    } catch (error) {
      this.controller.fail(toUiError(error));
    }
  }
}
