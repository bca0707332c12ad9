import type { DataSource } from 'typeorm';
import { OutboxService } from '@mitreden/api/mail';
import type { OutboxMail, SurveyMailPayload } from '@mitreden/api/mail';
import { signLinkToken } from '@mitreden/api/surveys';
import { CITY_TIME_ZONE } from '@mitreden/shared/contracts';

/** Mails per transaction: small enough to keep locks short, large enough for 700 addresses in seconds. */
export const MAILING_BATCH_SIZE = 100;
/** What a failed mailing shows the project group; stack traces stay in the log. */
const ERROR_MAX = 500;

export interface MailingRunOptions {
  /** Origin of the web app (PUBLIC_URL), for the survey and opt-out links. */
  publicUrl: string;
  /** The server secret the links are signed with (SESSION_SECRET, as the API verifies them). */
  secret: string;
  batchSize?: number;
  /** Called after each committed batch with its outbox ids (hand them to the mail queue). */
  onBatch?: (outboxIds: string[]) => Promise<void>;
}

export type MailingOutcome = 'done' | 'failed' | 'skipped';

interface MailingRow {
  id: string;
  survey_id: string;
  kind: 'invitation' | 'reminder';
  status: string;
  created_at: Date;
  title: Partial<Record<string, string>>;
  anonymous: boolean;
  audience: string;
  survey_status: string;
  closes_on: string | null;
}

interface TargetRow {
  invitation_id: string;
  organisation_id: string;
  name: string;
  email: string;
  locale: string;
}

/**
 * Who a mailing still has to write to. INVITATION: pending invitations. REMINDER: invited, opened or
 * partial ones not yet reminded by this mailing (so a run cut short resumes where it stopped).
 * Opted-out organisations never. `$1` survey, `$2` mailing creation time.
 */
function targetsWhere(kind: MailingRow['kind']): string {
  const common = 'i.survey_id = $1 AND o.opted_out_at IS NULL';
  return kind === 'invitation'
    ? `${common} AND i.status = 'pending' AND $2::timestamptz IS NOT NULL`
    : `${common} AND i.status IN ('invited', 'opened', 'partial') AND (i.last_reminded_at IS NULL OR i.last_reminded_at < $2)`;
}

const surveyTitle = (title: MailingRow['title'], locale: string): string => title[locale] || title['de'] || '';

/**
 * Sends one survey mailing: outbox rows in batches, each batch committed together with the
 * invitations' new status and the mailing's progress, so a crash never mails twice and the
 * progress bar never lies. Safe to run again for the same mailing (BullMQ retries, the sweep).
 */
export async function sendSurveyMailing(
  dataSource: DataSource,
  mailingId: string,
  options: MailingRunOptions,
): Promise<MailingOutcome> {
  const rows: MailingRow[] = await dataSource.query(
    // A CTE because TypeORM returns [rows, count] for a bare UPDATE.
    `WITH claimed AS (
       UPDATE survey_mailings m SET status = 'running', started_at = coalesce(m.started_at, now())
         FROM surveys s
        WHERE m.id = $1 AND s.id = m.survey_id AND m.status IN ('queued', 'running')
        RETURNING m.id, m.survey_id, m.kind, m.status, m.created_at, s.title, s.anonymous, s.audience,
                  s.status AS survey_status,
                  -- The last day to answer in the city: a survey closing at midnight ends the day before.
                  to_char((s.closes_at - interval '1 second') AT TIME ZONE '${CITY_TIME_ZONE}', 'YYYY-MM-DD') AS closes_on
     ) SELECT * FROM claimed`,
    [mailingId],
  );
  const mailing = rows[0];
  if (!mailing) return 'skipped';
  try {
    if (mailing.audience !== 'invited' || mailing.survey_status !== 'published')
      throw new Error('The survey is no longer published for invited organisations');
    await runBatches(dataSource, mailing, options);
    await dataSource.query(
      `UPDATE survey_mailings SET status = 'done', finished_at = now(), total = processed WHERE id = $1`,
      [mailing.id],
    );
    return 'done';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await dataSource.query(
      `UPDATE survey_mailings SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1`,
      [mailing.id, message.slice(0, ERROR_MAX)],
    );
    throw error;
  }
}

async function runBatches(dataSource: DataSource, mailing: MailingRow, options: MailingRunOptions): Promise<void> {
  const where = targetsWhere(mailing.kind);
  const params = [mailing.survey_id, mailing.created_at];
  const [{ remaining }]: { remaining: number }[] = await dataSource.query(
    `SELECT count(*)::int AS remaining FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id WHERE ${where}`,
    params,
  );
  await dataSource.query(`UPDATE survey_mailings SET total = processed + $2 WHERE id = $1`, [mailing.id, remaining]);

  const outbox = new OutboxService();
  const template = mailing.kind === 'invitation' ? 'survey_invitation' : 'survey_reminder';
  const batchSize = options.batchSize ?? MAILING_BATCH_SIZE;
  for (;;) {
    const ids = await dataSource.transaction(async (manager) => {
      // SKIP LOCKED: a second run of the same mailing takes the next rows instead of waiting to
      // re-send these; the status/reminder filter then keeps it from taking them after the commit.
      const targets: TargetRow[] = await manager.query(
        `SELECT i.id AS invitation_id, o.id AS organisation_id, o.name, o.email, o.locale
           FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id
          WHERE ${where}
          ORDER BY i.id
          LIMIT ${batchSize}
          FOR UPDATE OF i SKIP LOCKED`,
        params,
      );
      if (targets.length === 0) return null;
      const mails: OutboxMail[] = targets.map((target) => {
        const payload: SurveyMailPayload = {
          displayName: target.name,
          surveyTitle: surveyTitle(mailing.title, target.locale),
          anonymous: mailing.anonymous,
          ...(mailing.closes_on ? { closesOn: mailing.closes_on } : {}),
          link: `${options.publicUrl}/surveys/answer/${signLinkToken(options.secret, 'invitation', target.invitation_id)}`,
          optOutLink: `${options.publicUrl}/surveys/opt-out/${signLinkToken(options.secret, 'opt-out', target.organisation_id)}`,
        };
        return { template, recipientEmail: target.email, locale: target.locale, payload };
      });
      const outboxIds = await outbox.enqueueMails(manager, mails);
      const invitationIds = targets.map((target) => target.invitation_id);
      await manager.query(
        mailing.kind === 'invitation'
          ? `UPDATE survey_invitations SET status = 'invited', invited_at = now() WHERE id = ANY($1::uuid[]) AND status = 'pending'`
          : `UPDATE survey_invitations SET reminder_count = reminder_count + 1, last_reminded_at = now() WHERE id = ANY($1::uuid[])`,
        [invitationIds],
      );
      // Invitations added while the mailing runs are sent too; the total grows with them.
      await manager.query(
        `UPDATE survey_mailings SET processed = processed + $2, total = GREATEST(total, processed + $2) WHERE id = $1`,
        [mailing.id, targets.length],
      );
      return outboxIds;
    });
    if (ids === null) return;
    if (options.onBatch) await options.onBatch(ids);
  }
}
