import type { MailCatalog } from '../mail-catalog';

export const en: MailCatalog = {
  lang: 'en',
  dir: 'ltr',
  common: {
    productName: 'Mitreden',
    tagline: 'Mitreden – shaping our city together',
    greeting: 'Hello {displayName},',
    linkFallback: 'If the button does not work, please copy this link into the address bar of your browser:',
    signOff: ['Kind regards', 'The Mitreden team'],
    automated: 'This e-mail was sent automatically. Unfortunately, we cannot read replies to this address.',
  },
  labels: {
    contentKind: { proposal: 'proposal', comment: 'comment' },
    reviewOutcome: {
      upheld: 'After another look, it stays hidden.',
      lifted: 'After another look, it is visible to everyone again.',
    },
    answerOutcome: {
      accepted: 'Accepted',
      rejected: 'Rejected',
      under_evaluation: 'Under evaluation',
      already_implemented: 'Already implemented',
      not_our_responsibility: 'Not our responsibility',
    },
    assessmentDue: 'No. {number}: {title} – due on {dueOn}',
    assessmentOverdue: 'No. {number}: {title} – was due on {dueOn} (overdue)',
    dateLocale: 'en-GB',
    surveyAnonymous:
      'The survey is anonymous: your answers are stored without any link to your organisation. We only see whether your organisation took part, not what it answered.',
    surveyNamed:
      'The survey is not anonymous: your answers are attributed to your organisation and evaluated confidentially.',
    surveyDeadline: 'Please answer by {closesOn}.',
    surveyNoDeadline: 'The survey is open until further notice.',
    catalogueItemOneMeasure:
      'Your proposal No. {number} “{title}” has been incorporated into measure {measures}.',
    catalogueItemManyMeasures:
      'Your proposal No. {number} “{title}” has been incorporated into measures {measures}.',
  },
  templates: {
    confirm_email: {
      subject: 'Please confirm your e-mail address for Mitreden',
      preheader: 'Just one more step: confirm your address and you can have your say.',
      heading: 'Welcome to Mitreden!',
      intro: [
        'Thank you for registering. We are glad you want to take part!',
        'Please confirm your e-mail address. After that you can log in and have your say.',
      ],
      actions: { link: 'Confirm e-mail address' },
      outro: [
        'The link is valid for a limited time and can be used once.',
        'If you did not register with Mitreden, you can simply ignore this e-mail. No account is activated without confirmation.',
      ],
      reason:
        'You are receiving this e-mail because an account was created on Mitreden with your e-mail address.',
    },
    account_exists: {
      subject: 'You already have a Mitreden account',
      preheader: 'Someone tried to register again with your e-mail address.',
      heading: 'You are already registered',
      intro: [
        'Someone just tried to create a new Mitreden account with your e-mail address. There is already an account for this address, so you do not need a second one.',
        'Simply log in with your existing account. If you have forgotten your password, you can set a new one.',
      ],
      actions: { loginLink: 'Log in now', resetLink: 'Set a new password' },
      outro: ['If this was not you, you can ignore this e-mail. Your account stays unchanged.'],
      reason:
        'You are receiving this e-mail because someone tried to register on Mitreden with your e-mail address.',
    },
    reset_password: {
      subject: 'Set a new password for Mitreden',
      preheader: 'Use this link to set a new password.',
      heading: 'Set a new password',
      intro: [
        'A new password was requested for your Mitreden account. You can set it with the button below.',
      ],
      actions: { link: 'Set a new password' },
      outro: [
        'The link is valid for a limited time and can be used once.',
        'If you did not request a new password, you can ignore this e-mail. Your current password stays valid.',
      ],
      reason: 'You are receiving this e-mail because a new password was requested for your Mitreden account.',
    },
    password_changed: {
      subject: 'Your Mitreden password was changed',
      preheader: 'For your security, we let you know about this change.',
      heading: 'Your password was changed',
      intro: [
        'The password of your Mitreden account was just changed. If this was you, everything is fine and you do not need to do anything.',
        'If you did not change your password, please reset it right away so that nobody else can access your account.',
      ],
      actions: { forgotPasswordLink: 'Reset password' },
      outro: [],
      reason:
        'You are receiving this e-mail because the password of your Mitreden account was changed. We always tell you about such changes.',
    },
    content_hidden: {
      subject: 'Your contribution on Mitreden was hidden',
      preheader: 'The moderators hid one of your contributions. Here is why.',
      heading: 'Your contribution was hidden',
      intro: [
        'The moderators have hidden your {contentKind} “{contentTitle}”. Others cannot see it at the moment; you can still see it yourself.',
      ],
      quoteIntro: 'The moderators gave this reason:',
      actions: { link: 'View contribution' },
      outro: [
        'If you think this decision is wrong, you can ask once for a review. Another moderator will then take a second look at your contribution.',
        'Thank you for taking part – and for helping everyone feel welcome on Mitreden.',
      ],
      reason: 'You are receiving this e-mail because a contribution from your Mitreden account was hidden.',
    },
    hiding_review_decided: {
      subject: 'Your review request has been decided',
      preheader: 'The moderators took another look at your hidden contribution.',
      heading: 'The review is complete',
      intro: [
        'You asked us to take another look at your hidden {contentKind} “{contentTitle}”. We have done so.',
        '{outcome}',
      ],
      quoteIntro: 'The moderators add:',
      actions: { link: 'View contribution' },
      outro: ['Thank you for your patience.'],
      reason:
        'You are receiving this e-mail because you asked for a review of your contribution on Mitreden.',
    },
    proposals_merged: {
      subject: 'Proposals you took part in were merged',
      preheader: 'Similar proposals were merged into one joint proposal.',
      heading: 'Proposals were merged',
      intro: [
        'Several proposals with similar content were merged into the joint proposal “{mergedTitle}”. You submitted or supported at least one of them:',
      ],
      actions: { link: 'View joint proposal' },
      outro: [
        'Your support carries over to the joint proposal – and counts once, even if you supported several of the original proposals.',
        'The original proposals and their comments are kept and can be reached from the joint proposal.',
      ],
      reason:
        'You are receiving this e-mail because you submitted or supported one of the merged proposals on Mitreden.',
    },
    proposal_split: {
      subject: 'A proposal you took part in was split',
      preheader: 'A proposal was split into several separate proposals.',
      heading: 'A proposal was split',
      intro: [
        'The proposal “{originalTitle}”, which you submitted or supported, contained several ideas. So that each can be handled on its own, it was split into these proposals:',
      ],
      actions: { link: 'View proposal' },
      outro: ['The original proposal and its comments are kept and link to the new proposals.'],
      reason:
        'You are receiving this e-mail because you submitted or supported the split proposal on Mitreden.',
    },
    assessments_due: {
      subject: 'Department assessments on Mitreden are due soon',
      preheader: 'Some department assessments are due soon or overdue.',
      heading: 'Your assessments due',
      intro: ['These assessments for “{department}” are due in the next few days or already overdue:'],
      actions: { link: 'Open assessments' },
      outro: [
        'Thank you for your help! Your assessment helps residents understand what can become of their proposals.',
      ],
      reason:
        'You are receiving this e-mail because proposals on Mitreden were assigned to your department for assessment. We remind you once a day while assessments are due soon or overdue.',
    },
    official_answer_published: {
      subject: 'There is an official answer to a proposal',
      preheader: 'The project group has answered a proposal you took part in.',
      heading: 'An official answer has been published',
      intro: [
        'The project group has published an official answer to the proposal “{proposalTitle}”, which you submitted or supported.',
        'Result: {outcome}',
      ],
      quoteIntro: 'The answer in full:',
      actions: { link: 'View answer' },
      outro: ['Thank you for contributing your idea!'],
      reason: 'You are receiving this e-mail because you submitted or supported this proposal on Mitreden.',
    },
    survey_invitation: {
      subject: 'Invitation to a survey on Mitreden',
      preheader: 'Your experience matters: please take part in our survey.',
      heading: 'You are invited to a survey',
      intro: [
        'We warmly invite your organisation to take part in the survey “{surveyTitle}”. Your experience helps to improve the services in our region.',
        '{anonymity}',
        '{deadline}',
      ],
      actions: { link: 'Go to the survey', optOutLink: 'Stop receiving survey e-mails' },
      outro: [
        'You can pause the survey at any time: your answers are saved, and the same link takes you back to where you left off.',
        'The link is for your organisation only. Please share it only with people who answer on behalf of your organisation.',
      ],
      reason:
        'You are receiving this e-mail because your organisation was invited to a survey on Mitreden. If you no longer wish to receive survey e-mails, please use the unsubscribe link.',
    },
    survey_reminder: {
      subject: 'Reminder about our survey on Mitreden',
      preheader: 'We are still missing your answers – the survey is still open.',
      heading: 'Reminder: your opinion matters',
      intro: [
        'Some time ago we invited your organisation to the survey “{surveyTitle}”. If you have not found the time yet or have not submitted your answers, we would be glad if you could take a few minutes now.',
        '{anonymity}',
        '{deadline}',
      ],
      actions: { link: 'Continue the survey', optOutLink: 'Stop receiving survey e-mails' },
      outro: [
        'Answers you have already given are saved: the link takes you back to where you left off.',
        'If you have completed the survey in the meantime, thank you – you can ignore this e-mail.',
      ],
      reason:
        'You are receiving this e-mail because your organisation was invited to a survey on Mitreden and has not submitted all its answers yet. If you no longer wish to receive survey e-mails, please use the unsubscribe link.',
    },
    catalogue_adopted: {
      subject: 'Your proposal has become part of the catalogue of measures',
      preheader: 'The catalogue of goals and measures has been adopted – and your idea is in it.',
      heading: 'Your idea is part of the catalogue of measures',
      intro: [
        'On {adoptedOn}, the catalogue of goals and measures was adopted by the council (decision: {councilReference}).',
        'Proposals you submitted have been incorporated into it – directly or merged with similar proposals:',
      ],
      actions: { link: 'View the measures' },
      outro: [
        'In the catalogue you can follow at any time how far the measures have been implemented.',
        'Thank you for contributing your ideas!',
      ],
      reason:
        'You are receiving this e-mail because proposals you submitted on Mitreden have been incorporated into an adopted catalogue of measures. We write to you about this once for each adopted version.',
    },
  },
};
