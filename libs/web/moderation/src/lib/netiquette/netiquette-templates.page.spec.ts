import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { CreateNetiquetteTemplateGQL, NetiquetteTemplatesGQL, UpdateNetiquetteTemplateGQL } from '@mitreden/web/core';
import type { NetiquetteTemplateDetailsFragment } from '@mitreden/web/core';
import moderationDe from '../../i18n/de.json';
import { NetiquetteTemplatesPage } from './netiquette-templates.page';

const INSULT: NetiquetteTemplateDetailsFragment = {
  id: 't1',
  key: 'insult',
  title: 'Beleidigung',
  body: 'Bitte respektvoll bleiben.',
  position: 1,
  active: true,
  titleTranslations: [
    { locale: 'de', text: 'Beleidigung' },
    { locale: 'tr', text: 'Hakaret' },
  ],
  bodyTranslations: [{ locale: 'de', text: 'Bitte respektvoll bleiben.' }],
};

describe('NetiquetteTemplatesPage', () => {
  it('lists the templates and saves an edit, keeping languages it does not edit', async () => {
    const update = jest.fn(() => of({ data: { updateNetiquetteTemplate: INSULT } }));
    TestBed.configureTestingModule({
      imports: [
        NetiquetteTemplatesPage,
        TranslocoTestingModule.forRoot({
          langs: { de: { forms: { checkFields: 'Bitte prüfen' } }, 'moderation/de': moderationDe },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        { provide: NetiquetteTemplatesGQL, useValue: { fetch: () => of({ data: { netiquetteTemplates: [INSULT] } }) } },
        { provide: CreateNetiquetteTemplateGQL, useValue: { mutate: jest.fn() } },
        { provide: UpdateNetiquetteTemplateGQL, useValue: { mutate: update } },
      ],
    });
    const fixture = TestBed.createComponent(NetiquetteTemplatesPage);
    fixture.autoDetectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.mr-netiquette__title')?.textContent).toContain('Beleidigung');

    (element.querySelector('#edit-template-t1') as HTMLButtonElement).click();
    await fixture.whenStable();
    const englishTitle = element.querySelectorAll('fieldset')[1].querySelector('input') as HTMLInputElement;
    englishTitle.value = 'Insult';
    englishTitle.dispatchEvent(new Event('input'));
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(update).toHaveBeenCalledWith({
      variables: {
        id: 't1',
        input: {
          key: 'insult',
          position: 1,
          active: true,
          title: [
            { locale: 'de', text: 'Beleidigung' },
            { locale: 'en', text: 'Insult' },
            { locale: 'tr', text: 'Hakaret' },
          ],
          body: [{ locale: 'de', text: 'Bitte respektvoll bleiben.' }],
        },
      },
    });
  });
});
