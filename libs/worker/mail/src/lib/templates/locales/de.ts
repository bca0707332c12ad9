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
  labels: {
    contentKind: { proposal: 'Vorschlag', comment: 'Kommentar' },
    reviewOutcome: {
      upheld: 'Nach erneuter Prüfung bleibt er ausgeblendet.',
      lifted: 'Nach erneuter Prüfung ist er wieder für alle sichtbar.',
    },
    answerOutcome: {
      accepted: 'Angenommen',
      rejected: 'Abgelehnt',
      under_evaluation: 'Wird geprüft',
      already_implemented: 'Bereits umgesetzt',
      not_our_responsibility: 'Nicht in unserer Zuständigkeit',
    },
    assessmentDue: 'Nr. {number}: {title} – fällig am {dueOn}',
    assessmentOverdue: 'Nr. {number}: {title} – war fällig am {dueOn} (überfällig)',
    dateLocale: 'de-DE',
    surveyAnonymous:
      'Die Umfrage ist anonym: Ihre Antworten werden ohne jede Verbindung zu Ihrer Organisation gespeichert. Wir sehen nur, ob Ihre Organisation teilgenommen hat, nicht was sie geantwortet hat.',
    surveyNamed:
      'Die Umfrage ist nicht anonym: Ihre Antworten werden Ihrer Organisation zugeordnet und vertraulich ausgewertet.',
    surveyDeadline: 'Bitte antworten Sie bis zum {closesOn}.',
    surveyNoDeadline: 'Die Umfrage ist bis auf Weiteres geöffnet.',
    catalogueItemOneMeasure: 'Ihr Vorschlag Nr. {number} „{title}“ ist in Maßnahme {measures} eingeflossen.',
    catalogueItemManyMeasures:
      'Ihr Vorschlag Nr. {number} „{title}“ ist in die Maßnahmen {measures} eingeflossen.',
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
    content_hidden: {
      subject: 'Ihr Beitrag bei Mitreden wurde ausgeblendet',
      preheader: 'Die Moderation hat einen Ihrer Beiträge ausgeblendet. Hier erfahren Sie, warum.',
      heading: 'Ihr Beitrag wurde ausgeblendet',
      intro: [
        'die Moderation hat Ihren {contentKind} „{contentTitle}“ ausgeblendet. Er ist für andere gerade nicht sichtbar; Sie selbst können ihn weiterhin sehen.',
      ],
      quoteIntro: 'Die Moderation hat das so begründet:',
      actions: { link: 'Beitrag ansehen' },
      outro: [
        'Wenn Sie die Entscheidung für falsch halten, können Sie einmal um eine erneute Prüfung bitten. Eine andere Person aus der Moderation sieht sich Ihren Beitrag dann noch einmal an.',
        'Danke, dass Sie sich beteiligen – und dass Sie dabei helfen, dass sich alle auf Mitreden wohlfühlen.',
      ],
      reason: 'Sie erhalten diese E-Mail, weil ein Beitrag aus Ihrem Konto bei Mitreden ausgeblendet wurde.',
    },
    hiding_review_decided: {
      subject: 'Ihre Bitte um erneute Prüfung wurde bearbeitet',
      preheader: 'Die Moderation hat Ihren ausgeblendeten Beitrag noch einmal geprüft.',
      heading: 'Die Prüfung ist abgeschlossen',
      intro: [
        'Sie hatten darum gebeten, dass wir Ihren ausgeblendeten {contentKind} „{contentTitle}“ noch einmal prüfen. Das haben wir getan.',
        '{outcome}',
      ],
      quoteIntro: 'Die Moderation schreibt dazu:',
      actions: { link: 'Beitrag ansehen' },
      outro: ['Vielen Dank für Ihre Geduld.'],
      reason:
        'Sie erhalten diese E-Mail, weil Sie bei Mitreden um eine erneute Prüfung Ihres Beitrags gebeten haben.',
    },
    proposals_merged: {
      subject: 'Vorschläge, an denen Sie beteiligt sind, wurden zusammengeführt',
      preheader: 'Ähnliche Vorschläge wurden zu einem gemeinsamen Vorschlag zusammengeführt.',
      heading: 'Vorschläge wurden zusammengeführt',
      intro: [
        'mehrere Vorschläge mit ähnlichem Inhalt wurden zu dem gemeinsamen Vorschlag „{mergedTitle}“ zusammengeführt. Sie haben mindestens einen davon eingereicht oder unterstützt:',
      ],
      actions: { link: 'Gemeinsamen Vorschlag ansehen' },
      outro: [
        'Ihre Unterstützung zählt für den gemeinsamen Vorschlag weiter – und zwar einmal, auch wenn Sie mehrere der ursprünglichen Vorschläge unterstützt haben.',
        'Die ursprünglichen Vorschläge und ihre Kommentare bleiben erhalten und sind vom gemeinsamen Vorschlag aus erreichbar.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil Sie einen der zusammengeführten Vorschläge bei Mitreden eingereicht oder unterstützt haben.',
    },
    proposal_split: {
      subject: 'Ein Vorschlag, an dem Sie beteiligt sind, wurde aufgeteilt',
      preheader: 'Ein Vorschlag wurde in mehrere einzelne Vorschläge aufgeteilt.',
      heading: 'Ein Vorschlag wurde aufgeteilt',
      intro: [
        'der Vorschlag „{originalTitle}“, den Sie eingereicht oder unterstützt haben, enthielt mehrere Anliegen. Damit jedes einzeln bearbeitet werden kann, wurde er in diese Vorschläge aufgeteilt:',
      ],
      actions: { link: 'Vorschlag ansehen' },
      outro: [
        'Der ursprüngliche Vorschlag bleibt mit seinen Kommentaren erhalten und verweist auf die neuen Vorschläge.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil Sie den aufgeteilten Vorschlag bei Mitreden eingereicht oder unterstützt haben.',
    },
    assessments_due: {
      subject: 'Fachliche Einschätzungen bei Mitreden sind bald fällig',
      preheader: 'Einige fachliche Einschätzungen sind bald fällig oder überfällig.',
      heading: 'Ihre fälligen Einschätzungen',
      intro: [
        'im Bereich „{department}“ sind diese fachlichen Einschätzungen in den nächsten Tagen fällig oder bereits überfällig:',
      ],
      actions: { link: 'Einschätzungen öffnen' },
      outro: [
        'Vielen Dank für Ihre Unterstützung! Ihre Einschätzung hilft den Bürgerinnen und Bürgern zu verstehen, was aus ihren Vorschlägen werden kann.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil Ihrem Fachbereich bei Mitreden Vorschläge zur Einschätzung zugewiesen wurden. Wir erinnern Sie daran einmal am Tag, solange Einschätzungen bald fällig oder überfällig sind.',
    },
    official_answer_published: {
      subject: 'Es gibt eine offizielle Antwort auf einen Vorschlag',
      preheader: 'Die Projektgruppe hat auf einen Vorschlag geantwortet, an dem Sie beteiligt sind.',
      heading: 'Eine offizielle Antwort ist da',
      intro: [
        'auf den Vorschlag „{proposalTitle}“, den Sie eingereicht oder unterstützt haben, gibt es jetzt eine offizielle Antwort der Projektgruppe.',
        'Ergebnis: {outcome}',
      ],
      quoteIntro: 'Die Antwort im Wortlaut:',
      actions: { link: 'Antwort ansehen' },
      outro: ['Vielen Dank, dass Sie sich mit Ihrer Idee eingebracht haben!'],
      reason:
        'Sie erhalten diese E-Mail, weil Sie diesen Vorschlag bei Mitreden eingereicht oder unterstützt haben.',
    },
    survey_invitation: {
      subject: 'Einladung zu einer Umfrage bei Mitreden',
      preheader: 'Ihre Erfahrung ist gefragt: Bitte nehmen Sie an unserer Umfrage teil.',
      heading: 'Sie sind zu einer Umfrage eingeladen',
      intro: [
        'wir laden Ihre Organisation herzlich ein, an der Umfrage „{surveyTitle}“ teilzunehmen. Ihre Erfahrungen helfen, die Angebote vor Ort besser zu machen.',
        '{anonymity}',
        '{deadline}',
      ],
      actions: { link: 'Zur Umfrage', optOutLink: 'Keine Umfrage-E-Mails mehr erhalten' },
      outro: [
        'Sie können die Umfrage jederzeit unterbrechen: Ihre Antworten bleiben gespeichert, und über denselben Link machen Sie später weiter.',
        'Der Link gilt nur für Ihre Organisation. Bitte geben Sie ihn nur an Personen weiter, die für Ihre Organisation antworten.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil Ihre Organisation zu einer Umfrage über Mitreden eingeladen wurde. Wenn Sie keine Umfrage-E-Mails mehr erhalten möchten, nutzen Sie bitte den Abmeldelink.',
    },
    survey_reminder: {
      subject: 'Erinnerung an unsere Umfrage bei Mitreden',
      preheader: 'Ihre Antworten fehlen uns noch – die Umfrage ist weiterhin geöffnet.',
      heading: 'Erinnerung: Ihre Meinung ist gefragt',
      intro: [
        'vor einiger Zeit haben wir Ihre Organisation zur Umfrage „{surveyTitle}“ eingeladen. Falls Sie noch nicht dazu gekommen sind oder Ihre Antworten noch nicht abgeschickt haben, freuen wir uns, wenn Sie sich jetzt ein paar Minuten Zeit nehmen.',
        '{anonymity}',
        '{deadline}',
      ],
      actions: { link: 'Umfrage fortsetzen', optOutLink: 'Keine Umfrage-E-Mails mehr erhalten' },
      outro: [
        'Bereits gegebene Antworten sind gespeichert: Über den Link machen Sie dort weiter, wo Sie aufgehört haben.',
        'Falls Sie die Umfrage inzwischen abgeschlossen haben, vielen Dank – dann können Sie diese E-Mail ignorieren.',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil Ihre Organisation zu einer Umfrage über Mitreden eingeladen wurde und noch nicht alle Antworten abgeschickt hat. Wenn Sie keine Umfrage-E-Mails mehr erhalten möchten, nutzen Sie bitte den Abmeldelink.',
    },
    catalogue_adopted: {
      subject: 'Ihr Vorschlag ist in den Maßnahmenkatalog eingeflossen',
      preheader: 'Der Ziele- und Maßnahmenkatalog ist beschlossen – und Ihre Idee ist dabei.',
      heading: 'Ihre Idee ist Teil des Maßnahmenkatalogs',
      intro: [
        'am {adoptedOn} wurde der Ziele- und Maßnahmenkatalog politisch beschlossen (Beschluss: {councilReference}).',
        'Vorschläge, die Sie eingereicht haben, sind darin eingeflossen – direkt oder zusammengeführt mit ähnlichen Vorschlägen:',
      ],
      actions: { link: 'Maßnahmen ansehen' },
      outro: [
        'Im Katalog können Sie jederzeit verfolgen, wie weit die Umsetzung der Maßnahmen ist.',
        'Vielen Dank, dass Sie sich mit Ihren Ideen eingebracht haben!',
      ],
      reason:
        'Sie erhalten diese E-Mail, weil Vorschläge, die Sie bei Mitreden eingereicht haben, in einen beschlossenen Maßnahmenkatalog eingeflossen sind. Dazu schreiben wir Ihnen einmal je beschlossener Fassung.',
    },
  },
};
