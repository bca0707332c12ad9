import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The operating administration replaces these with its own details. They stay German in every
 * language: they are names and addresses, not text to translate.
 */
export const PRIVACY_CONTROLLER = 'Landeshauptstadt Hannover – [Fachbereich/Stelle eintragen]';
export const PRIVACY_EMAIL = 'datenschutz@mitreden.example';
const SUPERVISORY_AUTHORITY = {
  name: 'Landesbeauftragte für den Datenschutz Niedersachsen',
  street: 'Prinzenstraße 5',
  city: '30159 Hannover',
  website: 'https://www.lfd.niedersachsen.de',
  websiteLabel: 'www.lfd.niedersachsen.de',
};

/** Datenschutzhinweise (GDPR Art. 13), linked from the footer and the registration consent. */
@Component({
  selector: 'mr-privacy-page',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article class="mr-statement" *transloco="let t; prefix: 'privacy'">
      <h1>{{ t('heading') }}</h1>
      <p>{{ t('intro') }}</p>

      <h2>{{ t('controller.heading') }}</h2>
      <p>{{ t('controller.text') }}</p>
      <address lang="de">{{ controller }}</address>
      <p>{{ t('controller.officer') }}</p>
      <p>
        {{ t('controller.emailLabel') }}
        <a [href]="'mailto:' + email">{{ email }}</a>
      </p>

      <h2>{{ t('data.heading') }}</h2>
      <ul>
        <li>{{ t('data.account') }}</li>
        <li>{{ t('data.participation') }}</li>
        <li>{{ t('data.mail') }}</li>
        <li>{{ t('data.technical') }}</li>
      </ul>

      <h2>{{ t('legal.heading') }}</h2>
      <p>{{ t('legal.task') }}</p>
      <p>{{ t('legal.consent') }}</p>

      <h2>{{ t('public.heading') }}</h2>
      <p>{{ t('public.visible') }}</p>
      <p>{{ t('public.hidden') }}</p>
      <p>{{ t('public.recipients') }}</p>

      <h2>{{ t('storage.heading') }}</h2>
      <p>{{ t('storage.text') }}</p>

      <h2>{{ t('cookies.heading') }}</h2>
      <p>{{ t('cookies.text') }}</p>

      <h2>{{ t('rights.heading') }}</h2>
      <p>{{ t('rights.text') }}</p>
      <ul>
        <li>{{ t('rights.access') }}</li>
        <li>{{ t('rights.rectification') }} <a routerLink="/account">{{ t('rights.accountLink') }}</a></li>
        <li>{{ t('rights.erasure') }}</li>
        <li>{{ t('rights.portability') }}</li>
        <li>{{ t('rights.objection') }}</li>
      </ul>
      <p>{{ t('rights.withdrawal') }}</p>

      <h2>{{ t('complaint.heading') }}</h2>
      <p>{{ t('complaint.text') }}</p>
      <address lang="de">
        {{ authority.name }}<br />
        {{ authority.street }}<br />
        {{ authority.city }}<br />
        <a [href]="authority.website">{{ authority.websiteLabel }}</a>
      </address>

      <p class="mr-statement__updated">{{ t('updated') }}</p>
    </article>
  `,
  styleUrl: './statement.scss',
  styles: `
    .mr-statement__updated {
      margin-block-start: 2rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PrivacyPage {
  protected readonly controller = PRIVACY_CONTROLLER;
  protected readonly email = PRIVACY_EMAIL;
  protected readonly authority = SUPERVISORY_AUTHORITY;
}
