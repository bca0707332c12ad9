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
  },
};
