import { SECRET_PAYLOAD_KEYS, isMailTemplate } from '@mitreden/api/mail';

/**
 * What stays in the outbox once a mail is done: everything an admin needs to see, but no working
 * one-time link. Secret links keep their address without the query (which carries the token).
 */
export function redactPayload(template: string, payload: Record<string, unknown>): Record<string, unknown> {
  if (!isMailTemplate(template)) return payload;
  const redacted = { ...payload };
  for (const key of SECRET_PAYLOAD_KEYS[template] as readonly string[]) {
    const value = redacted[key];
    if (value === undefined) continue;
    redacted[key] = typeof value === 'string' ? withoutSecrets(value) : '[removed]';
  }
  return redacted;
}

function withoutSecrets(link: string): string {
  try {
    const url = new URL(link);
    return `${url.origin}${url.pathname}`;
  } catch {
    return '[removed]';
  }
}
