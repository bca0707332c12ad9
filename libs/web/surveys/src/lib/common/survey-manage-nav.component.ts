import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** Tabs between a survey's staff pages: builder, preview, invitations, response rates, results. */
@Component({
  selector: 'mr-survey-manage-nav',
  imports: [RouterLink, RouterLinkActive, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <nav class="mr-survey-nav" [attr.aria-label]="t('surveys.common.nav.label')">
        <ul>
          @for (link of links; track link.path) {
            <li>
              <a
                [routerLink]="['/manage/surveys', surveyId()].concat(link.path ? [link.path] : [])"
                routerLinkActive="mr-survey-nav__link--active"
                ariaCurrentWhenActive="page"
                [routerLinkActiveOptions]="{ exact: true }"
                class="mr-survey-nav__link"
                >{{ t('surveys.common.nav.' + link.key) }}</a
              >
            </li>
          }
        </ul>
      </nav>
    </ng-container>
  `,
  styles: `
    .mr-survey-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      margin: 0 0 1.5rem;
      padding: 0;
    }
    .mr-survey-nav__link--active {
      font-weight: 700;
    }
  `,
})
export class SurveyManageNavComponent {
  readonly surveyId = input.required<string>();
  protected readonly links = [
    { path: '', key: 'builder' },
    { path: 'preview', key: 'preview' },
    { path: 'invitations', key: 'invitations' },
    { path: 'dashboard', key: 'dashboard' },
    { path: 'results', key: 'results' },
  ];
}
