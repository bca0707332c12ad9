import { MAIL_TEMPLATES } from '@mitreden/api/mail';
import type { MailPayloads, MailTemplate } from '@mitreden/api/mail';
import { MAIL_LOCALES } from '@mitreden/shared/contracts';
import { MAIL_ACTIONS } from './mail-catalog';
import { MAIL_CATALOGS } from './locales';
import { MailRenderError, escapeHtml, renderMail } from './render-mail';

const context = { publicUrl: 'https://mitreden.example' };
const confirmLink = 'https://mitreden.example/confirm-email?token=abc123';

const payloads: { [T in MailTemplate]: MailPayloads[T] } = {
  confirm_email: { displayName: 'Ayşe Yılmaz', link: confirmLink },
  account_exists: {
    displayName: 'Ayşe Yılmaz',
    loginLink: 'https://mitreden.example/login',
    resetLink: 'https://mitreden.example/forgot-password',
  },
  reset_password: {
    displayName: 'Ayşe Yılmaz',
    link: 'https://mitreden.example/reset-password?token=xyz789',
  },
  password_changed: { displayName: 'Ayşe Yılmaz' },
};

/** MJML indents link contents, so match a link's text regardless of surrounding whitespace. */
function linkText(text: string): RegExp {
  return new RegExp(`>\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*</a>`);
}

function render<T extends MailTemplate>(
  template: T,
  locale: string,
  payload: MailPayloads[T] = payloads[template],
) {
  return renderMail(template, payload, locale, context);
}

describe('renderMail', () => {
  it('renders the confirmation mail in German with a button, the raw link and the footer reason', async () => {
    const mail = await render('confirm_email', 'de');

    expect(mail.locale).toBe('de');
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse für Mitreden');
    expect(mail.html).toContain('<html lang="de"');
    expect(mail.html).toContain(`href="${confirmLink}"`);
    expect(mail.html).toMatch(linkText('E-Mail-Adresse bestätigen'));
    expect(mail.html).toContain(`>${confirmLink}</a>`);
    expect(mail.html).toContain('Guten Tag <bdi>Ayşe Yılmaz</bdi>,');
    expect(mail.html).toContain('weil mit Ihrer E-Mail-Adresse ein Konto bei Mitreden angelegt wurde');
  });

  it('renders the confirmation mail in English', async () => {
    const mail = await render('confirm_email', 'en');

    expect(mail.locale).toBe('en');
    expect(mail.subject).toBe('Please confirm your e-mail address for Mitreden');
    expect(mail.html).toContain('<html lang="en"');
    expect(mail.html).toMatch(linkText('Confirm e-mail address'));
    expect(mail.text).toContain('Hello Ayşe Yılmaz,');
    expect(mail.text).toContain(`Confirm e-mail address:\n${confirmLink}`);
  });

  it('falls back to German for languages without mail texts', async () => {
    for (const locale of ['ar', 'tr', 'de-LS', 'xx']) {
      const mail = await render('reset_password', locale);
      expect(mail.locale).toBe('de');
      expect(mail.subject).toBe('Neues Passwort für Mitreden festlegen');
    }
  });

  it.each(MAIL_LOCALES.flatMap((locale) => MAIL_TEMPLATES.map((template) => [locale, template] as const)))(
    '%s %s: every link appears as a button and as text in both parts',
    async (locale, template) => {
      const mail = await render(template, locale);
      const texts = MAIL_CATALOGS[locale].templates[template] as { actions: Record<string, string> };
      const links: Record<string, string> = {
        ...(payloads[template] as Record<string, string>),
        forgotPasswordLink: 'https://mitreden.example/forgot-password',
      };

      expect(mail.subject.length).toBeGreaterThan(10);
      for (const key of MAIL_ACTIONS[template]) {
        const url = links[key];
        expect(mail.html).toContain(`href="${escapeHtml(url)}"`);
        expect(mail.html).toMatch(linkText(escapeHtml(url)));
        expect(mail.html).toMatch(linkText(escapeHtml(texts.actions[key])));
        expect(mail.text).toContain(url);
      }
      expect(mail.text).toContain(MAIL_CATALOGS[locale].templates[template].reason);
      expect(mail.text).not.toMatch(/<[a-z]/i);
    },
  );

  it('escapes a hostile display name so it arrives as text', async () => {
    const mail = await render('confirm_email', 'de', {
      displayName: '<script>alert("x")</script> & <img src=x onerror=alert(1)>',
      link: confirmLink,
    });

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    // The plain-text part is not HTML, so the name appears verbatim there.
    expect(mail.text).toContain('Guten Tag <script>alert("x")</script> & <img src=x onerror=alert(1)>,');
  });

  it('escapes links inside attributes', async () => {
    const link = 'https://mitreden.example/confirm-email?token=a"b&c=<d>';
    const mail = await render('confirm_email', 'en', { displayName: 'Kim', link });

    expect(mail.html).not.toContain('a"b');
    expect(mail.html).toContain('token=a%22b&amp;c=%3Cd%3E');
  });

  it('refuses links that are not http(s)', async () => {
    await expect(
      render('confirm_email', 'de', { displayName: 'Kim', link: 'javascript:alert(1)' }),
    ).rejects.toThrow(MailRenderError);
    await expect(render('confirm_email', 'de', { displayName: 'Kim', link: 'not a url' })).rejects.toThrow(
      MailRenderError,
    );
  });

  it('refuses a payload without its required fields', async () => {
    await expect(
      renderMail('reset_password', { displayName: 'Kim' } as MailPayloads['reset_password'], 'de', context),
    ).rejects.toThrow('Mail payload lacks "link"');
  });

  it('derives the password reset link of the password_changed mail from the public URL', async () => {
    const mail = await render('password_changed', 'en');

    expect(mail.subject).toBe('Your Mitreden password was changed');
    expect(mail.text).toContain('Reset password:\nhttps://mitreden.example/forgot-password');
  });

  it('offers both login and reset in the account_exists mail', async () => {
    const mail = await render('account_exists', 'de');

    expect(mail.text).toContain('Jetzt anmelden:\nhttps://mitreden.example/login');
    expect(mail.text).toContain('Neues Passwort festlegen:\nhttps://mitreden.example/forgot-password');
  });
});
