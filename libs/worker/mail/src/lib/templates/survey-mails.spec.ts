import type { SurveyMailPayload } from '@mitreden/api/mail';
import { renderMail } from './render-mail';

const context = { publicUrl: 'https://mitreden.example' };
const base: SurveyMailPayload = {
  displayName: 'Verein <b>Brücke</b>',
  surveyTitle: 'Befragung \u202Eder Organisationen',
  anonymous: true,
  closesOn: '2026-12-15',
  link: 'https://mitreden.example/surveys/answer/iAAAAAAAAAAAAAAAAAAAAAA.bbbbbbbbbbbbbbbbbbbbbbbb',
  optOutLink: 'https://mitreden.example/surveys/opt-out/oAAAAAAAAAAAAAAAAAAAAAA.cccccccccccccccccccccccc',
};

describe('survey mails', () => {
  it('invites with the personal link, the opt-out link, the anonymity promise and the last day', async () => {
    const mail = await renderMail('survey_invitation', base, 'de', context);
    expect(mail.subject).toBe('Einladung zu einer Umfrage bei Mitreden');
    for (const body of [mail.html, mail.text]) {
      expect(body).toContain(base.link);
      expect(body).toContain(base.optOutLink);
      expect(body).toContain('Die Umfrage ist anonym');
      expect(body).toContain('15. Dezember 2026');
      expect(body).not.toContain('\u202E');
    }
    expect(mail.html).toContain('&lt;b&gt;Brücke&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Brücke');
  });

  it('says when answers are attributed, and that there is no end date, in English', async () => {
    const { closesOn: _omitted, ...open } = base;
    const mail = await renderMail('survey_reminder', { ...open, anonymous: false }, 'en', context);
    expect(mail.locale).toBe('en');
    expect(mail.text).toContain('The survey is not anonymous');
    expect(mail.text).toContain('open until further notice');
    expect(mail.text).toContain('Stop receiving survey e-mails');
  });

  it('promises anonymity only for an explicit true', async () => {
    const mail = await renderMail('survey_invitation', { ...base, anonymous: 'yes' as unknown as boolean }, 'de', context);
    expect(mail.text).toContain('Die Umfrage ist nicht anonym');
  });

  it('falls back to German for other languages', async () => {
    const mail = await renderMail('survey_invitation', base, 'ar', context);
    expect(mail.locale).toBe('de');
  });
});
