import { redactPayload } from './redact-payload';

describe('redactPayload', () => {
  it('keeps where a token link pointed to, without the token', () => {
    expect(
      redactPayload('confirm_email', {
        displayName: 'Kim',
        link: 'https://mitreden.example/confirm-email?token=s3cret#x',
      }),
    ).toEqual({ displayName: 'Kim', link: 'https://mitreden.example/confirm-email' });
    expect(redactPayload('reset_password', { displayName: 'Kim', link: 'not a url' })).toEqual({
      displayName: 'Kim',
      link: '[removed]',
    });
  });

  it('leaves payloads without secrets alone', () => {
    const payload = {
      displayName: 'Kim',
      loginLink: 'https://m.example/login',
      resetLink: 'https://m.example/forgot-password',
    };
    expect(redactPayload('account_exists', payload)).toEqual(payload);
    expect(redactPayload('password_changed', { displayName: 'Kim' })).toEqual({ displayName: 'Kim' });
  });

  it('does not touch the original object', () => {
    const payload = { displayName: 'Kim', link: 'https://m.example/reset-password?token=t' };
    redactPayload('reset_password', payload);
    expect(payload.link).toContain('token=t');
  });
});
