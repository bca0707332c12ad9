import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';

export interface OutgoingMail {
  /** Stable per outbox row, so a receiving server can drop a rare duplicate delivery. */
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  locale: string;
}

/** nodemailer over SMTP_URL; the only place that talks to the mail server. */
@Injectable()
export class SmtpMailSender implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.smtpUrl, {
      // Bounded, so a hanging mail server turns into a retry instead of a stuck job.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.locale },
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
