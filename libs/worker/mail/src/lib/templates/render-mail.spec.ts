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
  content_hidden: {
    displayName: 'Ayşe Yılmaz',
    contentKind: 'comment',
    contentTitle: 'Mehr Bänke am Maschsee',
    reason: 'Bitte bleiben Sie sachlich.\nPersönliche Angriffe sind nicht erlaubt.',
    link: 'https://mitreden.example/proposals/p1#comment-c1',
  },
  hiding_review_decided: {
    displayName: 'Ayşe Yılmaz',
    contentKind: 'proposal',
    contentTitle: 'Tempo 30 in der Innenstadt',
    outcome: 'lifted',
    note: 'Der Vorschlag verstößt nicht gegen die Netiquette.',
    link: 'https://mitreden.example/proposals/p2',
  },
  proposals_merged: {
    displayName: 'Ayşe Yılmaz',
    originalTitles: ['Radweg Lister Meile', 'Fahrradstraße in der List'],
    mergedTitle: 'Sichere Radverbindung durch die List',
    link: 'https://mitreden.example/proposals/p3',
  },
  proposal_split: {
    displayName: 'Ayşe Yılmaz',
    originalTitle: 'Mehr Grün und bessere Busse',
    partTitles: ['Mehr Stadtbäume', 'Bessere Busanbindung'],
    link: 'https://mitreden.example/proposals/p4',
  },
  assessments_due: {
    displayName: 'Dr. Petra Lange',
    department: 'Fachbereich Soziales',
    items: [
      { number: 12, title: 'Sozialberatung im Stadtteil', dueOn: '2026-11-24', overdue: false },
      { number: 7, title: 'Seniorentreff am Kröpcke', dueOn: '2026-11-18', overdue: true },
    ],
    link: 'https://mitreden.example/manage/assessments',
  },
  official_answer_published: {
    displayName: 'Ayşe Yılmaz',
    proposalTitle: 'Mehr Bänke am Maschsee',
    outcome: 'accepted',
    answerText: 'Wir stellen im Frühjahr zehn neue Bänke auf.\nVielen Dank für den Hinweis!',
    link: 'https://mitreden.example/proposals/p1',
  },
  survey_invitation: {
    displayName: 'Integrationsbeirat Laatzen',
    surveyTitle: 'Befragung der Organisationen 2026',
    anonymous: true,
    closesOn: '2026-12-15',
    link: 'https://mitreden.example/surveys/answer/iABC.def',
    optOutLink: 'https://mitreden.example/surveys/opt-out/oABC.def',
  },
  survey_reminder: {
    displayName: 'Integrationsbeirat Laatzen',
    surveyTitle: 'Befragung der Organisationen 2026',
    anonymous: false,
    link: 'https://mitreden.example/surveys/answer/iABC.def',
    optOutLink: 'https://mitreden.example/surveys/opt-out/oABC.def',
  },
  catalogue_adopted: {
    displayName: 'Ayşe Yılmaz',
    councilReference: 'Drucksache 1234/2026',
    adoptedOn: '2026-03-05',
    items: [
      { proposalNumber: 12, proposalTitle: 'Radweg Lister Meile', measureCodes: ['3.2'] },
      { proposalNumber: 7, proposalTitle: 'Mehr Stadtbäume', measureCodes: ['1.4', '3.2', '5.1'] },
    ],
    link: 'https://mitreden.example/catalogue/3',
  },
};

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
const HOSTILE_ESCAPED =
  '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;';
/** A right-to-left override that would flip the rest of the sentence if it leaked through. */
const OVERRIDE = '\u202Eevil\u202C';

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

  describe('moderation, curation and answer mails', () => {
    it('content_hidden names the comment, quotes the reason and links to it (de)', async () => {
      const mail = await render('content_hidden', 'de');

      expect(mail.subject).toBe('Ihr Beitrag bei Mitreden wurde ausgeblendet');
      expect(mail.html).toContain('Ihren Kommentar „<bdi>Mehr Bänke am Maschsee</bdi>“ ausgeblendet');
      expect(mail.html).toContain(
        'Bitte bleiben Sie sachlich.<br />Persönliche Angriffe sind nicht erlaubt.',
      );
      expect(mail.text).toContain('Ihren Kommentar „Mehr Bänke am Maschsee“ ausgeblendet');
      expect(mail.text).toContain(
        'Die Moderation hat das so begründet:\n\n> Bitte bleiben Sie sachlich.\n> Persönliche',
      );
      expect(mail.text).toContain('Beitrag ansehen:\nhttps://mitreden.example/proposals/p1#comment-c1');
    });

    it('content_hidden in English, without a reason sentence when the reason is empty', async () => {
      const mail = await render('content_hidden', 'en', {
        ...payloads.content_hidden,
        contentKind: 'proposal',
        reason: '',
      });

      expect(mail.subject).toBe('Your contribution on Mitreden was hidden');
      expect(mail.text).toContain('hidden your proposal “Mehr Bänke am Maschsee”');
      expect(mail.text).not.toContain('The moderators gave this reason');
    });

    it.each([
      ['de', 'lifted', 'ist er wieder für alle sichtbar'],
      ['de', 'upheld', 'bleibt er ausgeblendet'],
      ['en', 'lifted', 'visible to everyone again'],
      ['en', 'upheld', 'it stays hidden'],
    ] as const)('hiding_review_decided %s %s says what was decided', async (locale, outcome, sentence) => {
      const mail = await render('hiding_review_decided', locale, {
        ...payloads.hiding_review_decided,
        outcome,
      });

      expect(mail.html).toContain(sentence);
      expect(mail.text).toContain(sentence);
      expect(mail.text).toContain('Der Vorschlag verstößt nicht gegen die Netiquette.');
    });

    it.each(['de', 'en'])('proposals_merged %s lists the originals as bullets', async (locale) => {
      const mail = await render('proposals_merged', locale);

      expect(mail.html).toContain('<li style="margin:0 0 4px 0;"><bdi>Radweg Lister Meile</bdi></li>');
      expect(mail.html).toContain('<bdi>Fahrradstraße in der List</bdi></li>');
      expect(mail.html).toContain('<bdi>Sichere Radverbindung durch die List</bdi>');
      expect(mail.text).toContain('- Radweg Lister Meile\n- Fahrradstraße in der List');
    });

    it.each(['de', 'en'])('proposal_split %s lists the parts as bullets', async (locale) => {
      const mail = await render('proposal_split', locale);

      expect(mail.html).toContain('<bdi>Mehr Grün und bessere Busse</bdi>');
      expect(mail.html).toContain('<bdi>Bessere Busanbindung</bdi></li>');
      expect(mail.text).toContain('- Mehr Stadtbäume\n- Bessere Busanbindung');
    });

    it('assessments_due lists each item with a formatted due date, overdue marked (de)', async () => {
      const mail = await render('assessments_due', 'de');

      expect(mail.text).toContain('im Bereich „Fachbereich Soziales“');
      expect(mail.text).toContain('- Nr. 12: Sozialberatung im Stadtteil – fällig am 24. November 2026');
      expect(mail.text).toContain(
        '- Nr. 7: Seniorentreff am Kröpcke – war fällig am 18. November 2026 (überfällig)',
      );
      expect(mail.html).toContain(
        'Nr. 12: <bdi>Sozialberatung im Stadtteil</bdi> – fällig am 24. November 2026',
      );
    });

    it('assessments_due in English', async () => {
      const mail = await render('assessments_due', 'en');

      expect(mail.subject).toBe('Department assessments on Mitreden are due soon');
      expect(mail.text).toContain('- No. 12: Sozialberatung im Stadtteil – due on 24 November 2026');
      expect(mail.text).toContain(
        '- No. 7: Seniorentreff am Kröpcke – was due on 18 November 2026 (overdue)',
      );
    });

    it.each([
      ['de', 'Ergebnis: Angenommen', 'Die Antwort im Wortlaut:'],
      ['en', 'Result: Accepted', 'The answer in full:'],
    ] as const)(
      'official_answer_published %s shows the translated outcome and quotes the answer',
      async (locale, outcome, quoteIntro) => {
        const mail = await render('official_answer_published', locale);

        expect(mail.html).toContain(outcome);
        expect(mail.html).toContain('<bdi>Mehr Bänke am Maschsee</bdi>');
        expect(mail.html).toContain(
          'Wir stellen im Frühjahr zehn neue Bänke auf.<br />Vielen Dank für den Hinweis!',
        );
        expect(mail.text).toContain(
          `${outcome}\n\n${quoteIntro}\n\n> Wir stellen im Frühjahr zehn neue Bänke auf.\n> Vielen Dank`,
        );
      },
    );

    it.each(['not_a_state', undefined])(
      'refuses an answer outcome it cannot translate (%s)',
      async (outcome) => {
        const payload = {
          ...payloads.official_answer_published,
          outcome,
        } as unknown as MailPayloads['official_answer_published'];
        await expect(render('official_answer_published', 'de', payload)).rejects.toThrow(MailRenderError);
      },
    );

    it('refuses an empty list and a malformed digest date', async () => {
      await expect(
        render('proposal_split', 'de', { ...payloads.proposal_split, partTitles: [] }),
      ).rejects.toThrow('Mail payload lacks "partTitles"');
      const items = [{ number: 1, title: 'X', dueOn: 'tomorrow', overdue: false }];
      await expect(render('assessments_due', 'de', { ...payloads.assessments_due, items })).rejects.toThrow(
        MailRenderError,
      );
    });

    it.each(['de', 'en'])(
      'escapes hostile titles, reasons and list items and strips bidi overrides (%s)',
      async (locale) => {
        const hidden = await render('content_hidden', locale, {
          ...payloads.content_hidden,
          contentTitle: `${HOSTILE}${OVERRIDE}`,
          reason: HOSTILE,
        });
        const merged = await render('proposals_merged', locale, {
          ...payloads.proposals_merged,
          originalTitles: [HOSTILE, `a${OVERRIDE}`],
          mergedTitle: HOSTILE,
        });
        const answered = await render('official_answer_published', locale, {
          ...payloads.official_answer_published,
          proposalTitle: HOSTILE,
          answerText: `${HOSTILE}\n</div><script>x</script>`,
        });

        for (const mail of [hidden, merged, answered]) {
          expect(mail.html).not.toContain('<script>');
          expect(mail.html).not.toContain('<img src=x');
          expect(mail.html).toContain(`<bdi>${HOSTILE_ESCAPED}`);
          expect(mail.html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
          expect(mail.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
          // The plain-text part is not HTML: the title arrives verbatim, just without the override.
          expect(mail.text).toContain(HOSTILE);
        }
        expect(hidden.html).toContain(`<bdi>${HOSTILE_ESCAPED}evil</bdi>`);
        expect(merged.html).toContain('<bdi>aevil</bdi></li>');
        expect(answered.html).toContain(`${HOSTILE_ESCAPED}<br />&lt;/div&gt;&lt;script&gt;x&lt;/script&gt;`);
      },
    );
  });

  describe('catalogue adoption mail', () => {
    it('names date, council reference and each proposal with the measures it fed (de)', async () => {
      const mail = await render('catalogue_adopted', 'de');

      expect(mail.subject).toBe('Ihr Vorschlag ist in den Maßnahmenkatalog eingeflossen');
      expect(mail.text).toContain('am 5. März 2026 wurde der Ziele- und Maßnahmenkatalog');
      expect(mail.text).toContain('(Beschluss: Drucksache 1234/2026)');
      expect(mail.text).toContain(
        '- Ihr Vorschlag Nr. 12 „Radweg Lister Meile“ ist in Maßnahme 3.2 eingeflossen.\n' +
          '- Ihr Vorschlag Nr. 7 „Mehr Stadtbäume“ ist in die Maßnahmen 1.4, 3.2 und 5.1 eingeflossen.',
      );
      expect(mail.html).toContain(
        '<li style="margin:0 0 4px 0;">Ihr Vorschlag Nr. 12 „<bdi>Radweg Lister Meile</bdi>“ ist in Maßnahme 3.2 eingeflossen.</li>',
      );
      expect(mail.html).toContain('(Beschluss: <bdi>Drucksache 1234/2026</bdi>)');
      expect(mail.text).toContain('Maßnahmen ansehen:\nhttps://mitreden.example/catalogue/3');
    });

    it('renders in English with an English date and list', async () => {
      const mail = await render('catalogue_adopted', 'en');

      expect(mail.subject).toBe('Your proposal has become part of the catalogue of measures');
      expect(mail.text).toContain('On 5 March 2026, the catalogue of goals and measures was adopted');
      expect(mail.text).toContain(
        '- Your proposal No. 12 “Radweg Lister Meile” has been incorporated into measure 3.2.\n' +
          '- Your proposal No. 7 “Mehr Stadtbäume” has been incorporated into measures 1.4, 3.2 and 5.1.',
      );
      expect(mail.text).toContain('View the measures:\nhttps://mitreden.example/catalogue/3');
    });

    it('escapes hostile titles and council references and strips bidi overrides', async () => {
      const mail = await render('catalogue_adopted', 'de', {
        ...payloads.catalogue_adopted,
        councilReference: `${HOSTILE}${OVERRIDE}`,
        items: [{ proposalNumber: 1, proposalTitle: HOSTILE, measureCodes: ['1.1'] }],
      });

      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('<img src=x');
      expect(mail.html).toContain(`<bdi>${HOSTILE_ESCAPED}evil</bdi>`);
      expect(mail.html).toContain(`„<bdi>${HOSTILE_ESCAPED}</bdi>“ ist in Maßnahme 1.1`);
      expect(mail.html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(mail.text).toContain(HOSTILE);
    });

    it.each([
      ['no items', { items: [] }],
      ['an item without measures', { items: [{ proposalNumber: 1, proposalTitle: 'X', measureCodes: [] }] }],
      [
        'a malformed measure code',
        { items: [{ proposalNumber: 1, proposalTitle: 'X', measureCodes: ['<b>'] }] },
      ],
      ['a malformed date', { adoptedOn: '5.3.2026' }],
      ['no council reference', { councilReference: '' }],
    ])('refuses a payload with %s', async (_case, patch) => {
      const payload = { ...payloads.catalogue_adopted, ...patch } as MailPayloads['catalogue_adopted'];
      await expect(render('catalogue_adopted', 'de', payload)).rejects.toThrow(MailRenderError);
    });
  });
});
