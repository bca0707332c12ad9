import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, DomainError } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import type { DevMail } from './dev-mail.models';

/** The sink's JSON shape (tools/dev/mail-sink.mjs). */
interface SinkMail {
  id: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

function isSinkMail(value: unknown): value is SinkMail {
  if (typeof value !== 'object' || value === null) return false;
  const mail = value as Record<string, unknown>;
  return (
    typeof mail['id'] === 'string' &&
    Array.isArray(mail['to']) &&
    mail['to'].every((address) => typeof address === 'string') &&
    ['from', 'subject', 'text', 'html', 'receivedAt'].every((key) => typeof mail[key] === 'string')
  );
}

/**
 * Reads the mails the development sink captured, so developers (and demo audiences) can open a
 * confirmation link without a real mailbox. Never available in production.
 */
@Injectable()
export class DevMailService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.devMailUrl) && this.config.env !== 'production';
  }

  /** Newest first, as the sink keeps them. */
  async list(): Promise<DevMail[]> {
    if (!this.enabled || !this.config.devMailUrl) {
      throw new DomainError('NOT_FOUND', 'The development mail viewer is not enabled');
    }
    const response = await fetch(new URL('/mails', this.config.devMailUrl), {
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) throw new Error(`Development mail sink answered ${response.status}`);
    const body: unknown = await response.json();
    if (!Array.isArray(body))
      throw new Error('Development mail sink answered with something other than a list');
    return body.filter(isSinkMail).map((mail) => ({ ...mail, receivedAt: new Date(mail.receivedAt) }));
  }
}
