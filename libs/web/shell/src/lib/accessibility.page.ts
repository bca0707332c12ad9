import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { FEEDBACK_EMAIL } from './feedback';

/** Erklärung zur Barrierefreiheit as required by BITV 2.0 / EU directive 2016/2102. */
@Component({
  selector: 'mr-accessibility-page',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="mr-statement" *transloco="let t; prefix: 'accessibility'">
      <h1>{{ t('heading') }}</h1>
      <p>{{ t('intro') }}</p>

      <h2>{{ t('status.heading') }}</h2>
      <p>{{ t('status.text') }}</p>

      <h2>{{ t('limitations.heading') }}</h2>
      <p>{{ t('limitations.text') }}</p>
      <ul>
        <li>{{ t('limitations.translations') }}</li>
        <li>{{ t('limitations.audit') }}</li>
      </ul>

      <h2>{{ t('preparation.heading') }}</h2>
      <p>{{ t('preparation.text') }}</p>

      <h2>{{ t('feedback.heading') }}</h2>
      <p>{{ t('feedback.text') }}</p>
      <p>
        {{ t('feedback.emailLabel') }}
        <a [href]="'mailto:' + feedbackEmail">{{ feedbackEmail }}</a>
      </p>
      <p>{{ t('feedback.response') }}</p>

      <h2>{{ t('enforcement.heading') }}</h2>
      <p>{{ t('enforcement.text') }}</p>
      <address>{{ t('enforcement.body') }}</address>
    </article>
  `,
  styleUrl: './statement.scss',
})
export class AccessibilityPage {
  protected readonly feedbackEmail = FEEDBACK_EMAIL;
}
