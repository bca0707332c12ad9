import type { MailCatalog } from '../mail-catalog';

/** German is the source language: formal "Sie", warm and plain. */
export const de: MailCatalog = {
  lang: 'de',
  dir: 'ltr',
  common: {
    productName: 'Mitreden',
    tagline: 'Mitreden – gemeinsam Stadt gestalten',
    greeting: 'Guten Tag {displayName},',
    linkFallback:
      'Falls die Schaltfläche nicht funktioniert, kopieren Sie bitte diesen Link in die Adresszeile Ihres Browsers:',
    signOff: ['Freundliche Grüße', 'Ihr Team von Mitreden'],
    automated:
      'Diese E-Mail wurde automatisch versendet. Antworten auf diese Adresse können wir leider nicht lesen.',
  },
  templates: {
    confirm_email: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse für Mitreden',
      preheader: 'Nur noch ein Schritt: Bestätigen Sie Ihre Adresse, dann können Sie mitreden.',
      heading: 'Willkommen bei Mitreden!',
      intro: [
        'vielen Dank für Ihre Registrierung. Schön, dass Sie sich beteiligen möchten!',
        'Bitte bestätigen Sie noch Ihre E-Mail-Adresse. Danach können Sie sich anmelden und mitreden.',
      ],
      actions: { link: 'E-Mail-Adresse bestätigen' },
      outro: [
        'Der Link ist nur für begrenzte Zeit gültig und kann einmal verwendet werden.',
        'Falls Sie sich nicht bei Mitreden registriert haben, können Sie diese E-Mail einfach ignorieren. Ohne Bestätigung wird kein Konto aktiviert.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil mit Ihrer E-Mail-Adresse ein Konto bei Mitreden angelegt wurde.',
    },
    account_exists: {
      subject: 'Sie haben bereits ein Konto bei Mitreden',
      preheader: 'Mit Ihrer E-Mail-Adresse wurde eine neue Registrierung versucht.',
      heading: 'Sie sind bereits registriert',
      intro: [
        'gerade wurde versucht, mit Ihrer E-Mail-Adresse ein neues Konto bei Mitreden anzulegen. Zu dieser Adresse gibt es aber schon ein Konto – ein zweites ist nicht nötig.',
        'Melden Sie sich einfach mit Ihrem bestehenden Konto an. Falls Sie Ihr Passwort vergessen haben, können Sie ein neues festlegen.',
      ],
      actions: { loginLink: 'Jetzt anmelden', resetLink: 'Neues Passwort festlegen' },
      outro: [
        'Falls Sie das nicht selbst waren, können Sie diese E-Mail ignorieren. Ihr Konto bleibt unverändert.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil mit Ihrer E-Mail-Adresse eine Registrierung bei Mitreden versucht wurde.',
    },
    reset_password: {
      subject: 'Neues Passwort für Mitreden festlegen',
      preheader: 'Mit diesem Link legen Sie ein neues Passwort fest.',
      heading: 'Neues Passwort festlegen',
      intro: [
        'für Ihr Konto bei Mitreden wurde ein neues Passwort angefordert. Über die folgende Schaltfläche können Sie es festlegen.',
      ],
      actions: { link: 'Neues Passwort festlegen' },
      outro: [
        'Der Link ist nur für begrenzte Zeit gültig und kann einmal verwendet werden.',
        'Falls Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren. Ihr bisheriges Passwort bleibt gültig.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil für Ihr Konto bei Mitreden ein neues Passwort angefordert wurde.',
    },
    password_changed: {
      subject: 'Ihr Passwort für Mitreden wurde geändert',
      preheader: 'Zu Ihrer Sicherheit informieren wir Sie über diese Änderung.',
      heading: 'Ihr Passwort wurde geändert',
      intro: [
        'das Passwort Ihres Kontos bei Mitreden wurde soeben geändert. Wenn Sie das selbst waren, ist alles in Ordnung und Sie müssen nichts weiter tun.',
        'Wenn Sie Ihr Passwort nicht geändert haben, setzen Sie es bitte sofort zurück, damit niemand sonst Zugriff auf Ihr Konto hat.',
      ],
      actions: { forgotPasswordLink: 'Passwort zurücksetzen' },
      outro: [],
      reason:
        'Sie erhalten diese E-Mail, weil das Passwort Ihres Kontos bei Mitreden geändert wurde. Über solche Änderungen informieren wir Sie immer.',
    },
  },
};
