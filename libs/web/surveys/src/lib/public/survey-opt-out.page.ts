import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OptOutOfSurveyMailGQL, errorMessageKey, toUiError } from '@mitreden/web/core';

type State = { status: 'idle' } | { status: 'sending' } | { status: 'done' } | { status: 'failed'; key: string };

/**
 * /surveys/opt-out/:token: an organisation stops survey mail. Nothing happens on opening the link
 * (mail scanners follow links); the button confirms.
 */
@Component({
  selector: 'mr-survey-opt-out-page',
  imports: [MatButton, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1 tabindex="-1">{{ t('surveys.public.optOut.heading') }}</h1>
      @if (state().status === 'done') {
        <p role="status" tabindex="-1" class="mr-opt-out__result">{{ t('surveys.public.optOut.done') }}</p>
        <a routerLink="/">{{ t('surveys.public.optOut.home') }}</a>
      } @else {
        <p>{{ t('surveys.public.optOut.text') }}</p>
        <button mat-flat-button type="button" [disabled]="state().status === 'sending'" (click)="optOut()">
          {{ t('surveys.public.optOut.confirm') }}
        </button>
        <div role="status">
          @if (state().status === 'sending') {
            {{ t('surveys.public.optOut.sending') }}
          }
        </div>
        @if (failureKey(); as key) {
          <p role="alert" class="mr-opt-out__error">
            {{ key === 'errors.INVALID_TOKEN' ? t('surveys.public.optOut.invalid') : t(key) }}
          </p>
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }
    .mr-opt-out__error {
      color: var(--mat-sys-error);
    }
  `,
})
export class SurveyOptOutPage {
  readonly token = input.required<string>();
  private readonly mutation = inject(OptOutOfSurveyMailGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly state = signal<State>({ status: 'idle' });

  protected failureKey(): string | null {
    const state = this.state();
    return state.status === 'failed' ? state.key : null;
  }

  protected async optOut(): Promise<void> {
    this.state.set({ status: 'sending' });
    try {
      await firstValueFrom(this.mutation.mutate({ variables: { token: this.token() } }));
      this.state.set({ status: 'done' });
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.mr-opt-out__result')?.focus(), {
        injector: this.injector,
      });
    } catch (error) {
      this.state.set({ status: 'failed', key: errorMessageKey(toUiError(error)) });
    }
  }
}
