import { ChangeDetectionStrategy, Component } from '@angular/core';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';

/** Placeholder until the page is built. */
@Component({
  selector: 'mr-poll-page',
  imports: [TranslocoDirective],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ng-container *transloco="let t"><h1 tabindex="-1">{{ t('titles.votes') }}</h1></ng-container>`,
})
export class PollPage {}
