import type { EntityManager } from 'typeorm';

type Text = { de: string; en: string; ar: string };

/** The netiquette reasons a moderator picks from; German, English and Arabic like the rest of the demo. */
export const DEFAULT_NETIQUETTE_TEMPLATES: readonly { key: string; title: Text; body: Text }[] = [
  {
    key: 'insult',
    title: { de: 'Beleidigung', en: 'Insult', ar: 'إهانة' },
    body: {
      de: 'Ihr Beitrag enthält beleidigende oder herabsetzende Äußerungen gegenüber anderen Menschen. Bitte bleiben Sie sachlich und respektvoll.',
      en: 'Your contribution contains insulting or demeaning remarks about other people. Please stay factual and respectful.',
      ar: 'تحتوي مساهمتك على عبارات مهينة أو محقّرة تجاه أشخاص آخرين. يرجى الالتزام بالموضوعية والاحترام.',
    },
  },
  {
    key: 'discrimination',
    title: { de: 'Diskriminierung', en: 'Discrimination', ar: 'تمييز' },
    body: {
      de: 'Ihr Beitrag enthält diskriminierende Aussagen, etwa wegen Herkunft, Religion, Geschlecht, Behinderung oder sexueller Identität. Das widerspricht unserer Netiquette.',
      en: 'Your contribution contains discriminatory statements, for example about origin, religion, gender, disability or sexual identity. This goes against our netiquette.',
      ar: 'تحتوي مساهمتك على عبارات تمييزية، مثلاً بسبب الأصل أو الدين أو الجنس أو الإعاقة أو الهوية الجنسية. وهذا يخالف قواعد السلوك لدينا.',
    },
  },
  {
    key: 'spam',
    title: { de: 'Werbung oder Spam', en: 'Advertising or spam', ar: 'إعلان أو رسائل مزعجة' },
    body: {
      de: 'Ihr Beitrag enthält Werbung oder wiederholt gleiche Inhalte. Die Plattform ist für Vorschläge und Diskussion zum Verfahren da.',
      en: 'Your contribution contains advertising or repeats the same content. The platform is for proposals and discussion about the process.',
      ar: 'تحتوي مساهمتك على إعلانات أو تكرار للمحتوى نفسه. المنصة مخصّصة للمقترحات والنقاش حول هذه العملية.',
    },
  },
  {
    key: 'personal_data',
    title: { de: 'Persönliche Daten', en: 'Personal data', ar: 'بيانات شخصية' },
    body: {
      de: 'Ihr Beitrag enthält persönliche Daten (zum Beispiel Namen, Adressen oder Telefonnummern) von Ihnen oder anderen. Zum Schutz aller wurde er ausgeblendet.',
      en: 'Your contribution contains personal data (such as names, addresses or phone numbers) of you or others. It was hidden to protect everyone.',
      ar: 'تحتوي مساهمتك على بيانات شخصية (مثل الأسماء أو العناوين أو أرقام الهواتف) تخصّك أو تخصّ آخرين. تم إخفاؤها لحماية الجميع.',
    },
  },
  {
    key: 'off_topic',
    title: { de: 'Nicht zum Thema', en: 'Off topic', ar: 'خارج الموضوع' },
    body: {
      de: 'Ihr Beitrag hat keinen Bezug zum Thema dieses Verfahrens. Bitte bringen Sie Ihr Anliegen an passender Stelle ein.',
      en: 'Your contribution is not related to the subject of this process. Please raise your concern where it fits.',
      ar: 'مساهمتك لا تتعلّق بموضوع هذه العملية. يرجى طرح مسألتك في المكان المناسب.',
    },
  },
  {
    key: 'auto_hidden',
    title: { de: 'Mehrfach gemeldet', en: 'Reported several times', ar: 'تم الإبلاغ عنه عدة مرات' },
    body: {
      de: 'Ihr Beitrag wurde von mehreren Personen gemeldet und ist vorläufig ausgeblendet, bis die Moderation ihn geprüft hat.',
      en: 'Your contribution was reported by several people and is hidden for now until the moderators have looked at it.',
      ar: 'أبلغ عدة أشخاص عن مساهمتك، لذا أُخفيت مؤقتاً إلى أن يراجعها فريق الإشراف.',
    },
  },
];

/** An advertising comment two residents reported, so the moderation queue has a case to decide. */
const DEMO_SPAM_COMMENT =
  'Deutsch lernen in 2 Wochen – garantiert!!! Jetzt buchen auf www.schnell-deutsch.example, nur heute 50 % Rabatt!';
const DEMO_SPAM_PROPOSAL = 'demo:measure:3.2';

/**
 * The netiquette templates, and one reported comment for the queue. Idempotent: templates by key,
 * the comment by its text (once a moderator has dealt with it, a new seed run leaves it alone).
 */
export async function seedDemoModeration(manager: EntityManager): Promise<void> {
  for (const [index, template] of DEFAULT_NETIQUETTE_TEMPLATES.entries()) {
    await manager.query(
      `INSERT INTO netiquette_templates (key, title, body, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO NOTHING`,
      [template.key, template.title, template.body, index + 1],
    );
  }
  // Written by a Turkish-speaking resident, reported by two others as spam.
  await manager.query(
    `WITH author AS (SELECT id FROM users WHERE email = 'ayse.yilmaz@mitreden.test'),
          target AS (SELECT id FROM proposals WHERE import_fingerprint = $2),
          created AS (
            INSERT INTO comments (proposal_id, author_id, body, created_at)
            SELECT target.id, author.id, $1, now() - interval '3 hours' FROM target, author
            WHERE NOT EXISTS (SELECT 1 FROM comments WHERE body = $1)
            RETURNING id
          )
     INSERT INTO reports (reporter_id, target_type, comment_id, reason, details, created_at)
     SELECT u.id, 'comment', created.id, 'spam', r.details, now() - r.age
       FROM created
       CROSS JOIN (VALUES ('dmytro.kovalenko@mitreden.test', '', interval '2 hours'),
                          ('samira.haddad@mitreden.test', 'Werbung für einen kommerziellen Kurs.', interval '1 hour'))
                  AS r(email, details, age)
       JOIN users u ON u.email = r.email`,
    [DEMO_SPAM_COMMENT, DEMO_SPAM_PROPOSAL],
  );
}
