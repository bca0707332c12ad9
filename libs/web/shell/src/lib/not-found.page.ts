import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'mr-not-found-page',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('notFound.heading') }}</h1>
      <p class="mr-page-intro">{{ t('notFound.text') }}</p>
      <p><a routerLink="/">{{ t('notFound.home') }}</a></p>
    </ng-container>
  `,
})
export class NotFoundPage {}
