import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, DomainError, badInput, translate } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import { JobStatus } from '@mitreden/api/exports';
import type { User } from '@mitreden/api/identity';
import { QuietOnCloseRedisConnection, withTimeout } from '@mitreden/api/mail';
import { verifyLinkToken } from '../access/link-tokens';
import {
  ImportRowOutcome,
  InvitationStatus,
  MailingKind,
  OrganisationType,
  type OrganisationImportInput,
  type OrganisationImportPreviewView,
  type OrganisationImportResultView,
  type OrganisationView,
  type SurveyInvitationView,
  type SurveyMailingView,
} from '../graphql/invitations.types';
import { fromDbEnum, toDbEnum } from '../structure/survey-structure';
import { SURVEY_MAILING_QUEUE_NAME } from './mailing-queue';
import type { SurveyMailingJobData } from './mailing-queue';
import { planRows } from './organisation-import';
import type { ExistingOrganisation, PlannedRow } from './organisation-import';
import { decodeBase64, readSheet } from './organisation-sheet';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One invite call never needs more ids than an import may hold rows. */
const MAX_IDS = 5000;
/** The mailings list shows history; older runs are of no use to anyone. */
const MAILING_LIST_LIMIT = 50;
/** Adding the job must not hold the request while Redis is away; the worker sweeps queued rows. */
const ENQUEUE_TIMEOUT_MS = 1000;

const notFound = () => new DomainError('NOT_FOUND', 'No such survey');
const invalidToken = () => new DomainError('INVALID_TOKEN', 'This link is not valid');

interface SurveyGate {
  id: string;
  process_id: string;
  title: Partial<Record<string, string>>;
  audience: string;
  status: string;
  closed: boolean;
}

interface OrganisationRow {
  id: string;
  name: string;
  email: string;
  type: string;
  municipality: string;
  locale: string;
  opted_out_at: Date | null;
}

interface InvitationRow extends OrganisationRow {
  invitation_id: string;
  status: string;
  invited_at: Date | null;
  reminder_count: number;
  last_reminded_at: Date | null;
}

interface MailingRow {
  id: string;
  kind: string;
  status: string;
  total: number;
  processed: number;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const ORGANISATION_COLUMNS = 'o.id, o.name, o.email, o.type, o.municipality, o.locale, o.opted_out_at';
const INVITATION_SELECT = `
  SELECT i.id AS invitation_id, i.status, i.invited_at, i.reminder_count, i.last_reminded_at, ${ORGANISATION_COLUMNS}
    FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id`;
const MAILING_COLUMNS = 'id, kind, status, total, processed, error, created_at, finished_at';

function toOrganisationView(row: OrganisationRow): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    type: fromDbEnum<OrganisationType>(row.type),
    municipality: row.municipality,
    locale: row.locale,
    optedOut: row.opted_out_at !== null,
  };
}

function toInvitationView(row: InvitationRow): SurveyInvitationView {
  return {
    id: row.invitation_id,
    organisation: toOrganisationView(row),
    status: fromDbEnum<InvitationStatus>(row.status),
    invitedAt: row.invited_at,
    reminderCount: row.reminder_count,
    lastRemindedAt: row.last_reminded_at,
  };
}

function toMailingView(row: MailingRow): SurveyMailingView {
  return {
    id: row.id,
    kind: fromDbEnum<MailingKind>(row.kind),
    status: fromDbEnum<JobStatus>(row.status),
    total: row.total,
    processed: row.processed,
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

const OUTCOME: Record<PlannedRow['outcome'], ImportRowOutcome> = {
  new: ImportRowOutcome.NEW,
  update: ImportRowOutcome.UPDATE,
  unchanged: ImportRowOutcome.UNCHANGED,
  invalid: ImportRowOutcome.INVALID,
};

/**
 * Organisations (a shared address book across surveys), their invitations to INVITED surveys, and
 * the invitation/reminder mailings the worker sends in batches. Opt-outs are honoured when a
 * mailing is sent and when organisations are invited.
 */
@Injectable()
export class SurveyInvitationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SurveyInvitationsService.name);
  private queue?: Queue<SurveyMailingJobData>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Connected at start, like the mail queue, so the first mailing does not wait for Redis. */
  onModuleInit(): void {
    this.queue = this.createQueue();
  }

  async onModuleDestroy(): Promise<void> {
    const queue = this.queue;
    if (!queue) return;
    await withTimeout(queue.close(), 2000, 'Timed out closing the survey mailing queue').catch(() =>
      withTimeout(queue.disconnect(), 250, 'Timed out disconnecting the survey mailing queue').catch(() => undefined),
    );
  }

  async organisations(type: OrganisationType | null): Promise<OrganisationView[]> {
    const rows: OrganisationRow[] = await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations o WHERE ($1::text IS NULL OR o.type = $1) ORDER BY lower(o.name), o.id`,
      [type ? toDbEnum(type) : null],
    );
    return rows.map(toOrganisationView);
  }

  async previewImport(input: OrganisationImportInput): Promise<OrganisationImportPreviewView> {
    const rows = await this.plan(this.dataSource.manager, input);
    const count = (outcome: PlannedRow['outcome']) => rows.filter((row) => row.outcome === outcome).length;
    return {
      rows: rows.map((row) => ({
        line: row.line,
        name: row.name,
        email: row.email,
        type: row.type ? fromDbEnum<OrganisationType>(row.type) : null,
        municipality: row.municipality,
        outcome: OUTCOME[row.outcome],
        errors: row.errors,
      })),
      newCount: count('new'),
      updateCount: count('update'),
      unchangedCount: count('unchanged'),
      invalidCount: count('invalid'),
    };
  }

  /**
   * Upserts the valid rows in one statement (by e-mail) and, with a survey, invites every valid
   * row's organisation that has not opted out. Invalid rows are left out, not fatal: the preview
   * showed them.
   */
  async importOrganisations(
    input: OrganisationImportInput,
    surveyId: string | null,
    viewer: User,
  ): Promise<OrganisationImportResultView> {
    const bytes = decodeBase64(input.fileBase64);
    const sheet = await readSheet(input.fileName, bytes);
    return this.dataSource.transaction(async (manager) => {
      const survey = surveyId ? await this.invitableSurvey(manager, surveyId) : null;
      const rows = await this.planSheet(manager, sheet);
      const valid = rows.filter((row) => row.outcome !== 'invalid');
      const changed = valid.filter((row) => row.outcome !== 'unchanged');
      const written: { inserted: boolean }[] = changed.length
        ? await manager.query(
            `INSERT INTO organisations (name, email, type, municipality, locale)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
             ON CONFLICT (email) DO UPDATE
                SET name = excluded.name, type = excluded.type, municipality = excluded.municipality,
                    locale = excluded.locale, updated_at = now()
              WHERE (organisations.name, organisations.type, organisations.municipality, organisations.locale)
                    IS DISTINCT FROM (excluded.name, excluded.type, excluded.municipality, excluded.locale)
             RETURNING (xmax = 0) AS inserted`,
            [
              changed.map((row) => row.name),
              changed.map((row) => row.email),
              changed.map((row) => row.type),
              changed.map((row) => row.municipality),
              changed.map((row) => row.locale),
            ],
          )
        : [];
      let invited = 0;
      if (survey && valid.length) {
        const created: { id: string }[] = await manager.query(
          `INSERT INTO survey_invitations (survey_id, organisation_id)
           SELECT $1, o.id FROM organisations o WHERE o.email = ANY($2::text[]) AND o.opted_out_at IS NULL
           ON CONFLICT ON CONSTRAINT survey_invitations_one_per_organisation DO NOTHING
           RETURNING id`,
          [survey.id, valid.map((row) => row.email)],
        );
        invited = created.length;
      }
      const result: OrganisationImportResultView = {
        created: written.filter((row) => row.inserted).length,
        updated: written.filter((row) => !row.inserted).length,
        skipped: rows.length - valid.length,
        invited,
      };
      await this.audit.record(manager, {
        actor: viewer,
        action: 'survey.import_organisations',
        targetType: survey ? 'survey' : 'organisation',
        targetId: survey?.id ?? null,
        targetLabel: survey ? translate(survey.title, 'de') : input.fileName,
        processId: survey?.process_id ?? null,
        after: { fileName: input.fileName.slice(0, 200), ...result },
      });
      return result;
    });
  }

  async invite(surveyId: string, ids: string[], types: OrganisationType[], viewer: User): Promise<SurveyInvitationView[]> {
    if (ids.length === 0 && types.length === 0) throw badInput({ organisationIds: ['required'] });
    if (ids.length > MAX_IDS) throw badInput({ organisationIds: ['tooMany'] });
    if (ids.some((id) => !UUID.test(id))) throw badInput({ organisationIds: ['invalid'] });
    const storedTypes = types.map(toDbEnum);
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.invitableSurvey(manager, surveyId);
      const created: { id: string }[] = await manager.query(
        `INSERT INTO survey_invitations (survey_id, organisation_id)
         SELECT $1, o.id FROM organisations o
          WHERE (o.id = ANY($2::uuid[]) OR o.type = ANY($3::text[])) AND o.opted_out_at IS NULL
         ORDER BY o.id
         ON CONFLICT ON CONSTRAINT survey_invitations_one_per_organisation DO NOTHING
         RETURNING id`,
        [survey.id, ids, storedTypes],
      );
      if (created.length) {
        await this.audit.record(manager, {
          actor: viewer,
          action: 'survey.invite',
          targetType: 'survey',
          targetId: survey.id,
          targetLabel: translate(survey.title, 'de'),
          processId: survey.process_id,
          after: { invited: created.length, types: storedTypes, organisations: ids.length },
        });
      }
      // Idempotent: the requested organisations' invitations, whether new or already there.
      const rows: InvitationRow[] = await manager.query(
        `${INVITATION_SELECT}
          WHERE i.survey_id = $1 AND (o.id = ANY($2::uuid[]) OR o.type = ANY($3::text[]))
          ORDER BY lower(o.name), o.id`,
        [survey.id, ids, storedTypes],
      );
      return rows.map(toInvitationView);
    });
  }

  async list(surveyId: string): Promise<SurveyInvitationView[]> {
    if (!UUID.test(surveyId)) throw notFound();
    const [rows, survey] = await Promise.all([
      this.dataSource.query(`${INVITATION_SELECT} WHERE i.survey_id = $1 ORDER BY lower(o.name), o.id`, [surveyId]) as Promise<
        InvitationRow[]
      >,
      this.dataSource.query(`SELECT 1 FROM surveys WHERE id = $1`, [surveyId]) as Promise<unknown[]>,
    ]);
    if (survey.length === 0) throw notFound();
    return rows.map(toInvitationView);
  }

  /**
   * Queues an invitation or reminder mailing. The row is the source of truth: if Redis cannot take
   * the job now, the worker finds the queued row on its next sweep.
   */
  async sendMailing(surveyId: string, kind: MailingKind, viewer: User): Promise<SurveyMailingView> {
    const mailing = await this.dataSource.transaction(async (manager) => {
      const survey = await this.gate(manager, surveyId);
      if (survey.audience !== 'invited') throw badInput({ surveyId: ['notInvitedAudience'] });
      if (survey.status !== 'published' || survey.closed)
        throw new DomainError('SURVEY_CLOSED', 'Only a published, open survey can be mailed');
      // The partial unique index admits one queued or running mailing per survey: a double click loses here.
      const rows: MailingRow[] = await manager.query(
        `INSERT INTO survey_mailings (survey_id, kind, requested_by_id) VALUES ($1, $2, $3)
         ON CONFLICT (survey_id) WHERE status IN ('queued', 'running') DO NOTHING
         RETURNING ${MAILING_COLUMNS}`,
        [survey.id, toDbEnum(kind), viewer.id],
      );
      if (rows.length === 0) throw new DomainError('CONFLICT', 'Another mailing of this survey is still running');
      await this.audit.record(manager, {
        actor: viewer,
        action: kind === MailingKind.INVITATION ? 'survey.send_invitations' : 'survey.send_reminders',
        targetType: 'survey',
        targetId: survey.id,
        targetLabel: translate(survey.title, 'de'),
        processId: survey.process_id,
      });
      return rows[0];
    });
    await this.enqueue(mailing.id);
    return toMailingView(mailing);
  }

  async mailings(surveyId: string): Promise<SurveyMailingView[]> {
    if (!UUID.test(surveyId)) throw notFound();
    const [rows, survey] = await Promise.all([
      this.dataSource.query(
        `SELECT ${MAILING_COLUMNS} FROM survey_mailings WHERE survey_id = $1 ORDER BY created_at DESC, id LIMIT ${MAILING_LIST_LIMIT}`,
        [surveyId],
      ) as Promise<MailingRow[]>,
      this.dataSource.query(`SELECT 1 FROM surveys WHERE id = $1`, [surveyId]) as Promise<unknown[]>,
    ]);
    if (survey.length === 0) throw notFound();
    return rows.map(toMailingView);
  }

  /** The link is the proof: a forged or unknown token gets the same INVALID_TOKEN. Repeating it is harmless. */
  async optOut(token: string): Promise<boolean> {
    const id = verifyLinkToken(this.config.sessionSecret, 'opt-out', token.trim());
    if (!id) throw invalidToken();
    return this.dataSource.transaction(async (manager) => {
      // Wrapped in a CTE: TypeORM returns [rows, count] for a bare UPDATE.
      const rows: { id: string; name: string; already: boolean }[] = await manager.query(
        `WITH done AS (
           UPDATE organisations SET opted_out_at = coalesce(opted_out_at, now()), updated_at = now()
            WHERE id = $1 RETURNING id, name, opted_out_at < now() AS already
         ) SELECT * FROM done`,
        [id],
      );
      if (rows.length === 0) throw invalidToken();
      if (!rows[0].already) {
        await this.audit.record(manager, {
          actor: null,
          action: 'organisation.opt_out',
          targetType: 'organisation',
          targetId: id,
          targetLabel: rows[0].name,
        });
      }
      return true;
    });
  }

  private async plan(manager: EntityManager, input: OrganisationImportInput): Promise<PlannedRow[]> {
    const sheet = await readSheet(input.fileName, decodeBase64(input.fileBase64));
    return this.planSheet(manager, sheet);
  }

  private async planSheet(manager: EntityManager, sheet: Awaited<ReturnType<typeof readSheet>>): Promise<PlannedRow[]> {
    // First pass without the database only to learn the e-mails; one query loads what is stored.
    const emails = [...new Set(planRows(sheet, new Map()).map((row) => row.email).filter(Boolean))];
    const stored: ExistingOrganisation[] = emails.length
      ? await manager.query(
          `SELECT email, name, type, municipality, locale FROM organisations WHERE email = ANY($1::text[])`,
          [emails],
        )
      : [];
    return planRows(sheet, new Map(stored.map((row) => [row.email, row])));
  }

  private async gate(manager: EntityManager, surveyId: string): Promise<SurveyGate> {
    if (!UUID.test(surveyId)) throw notFound();
    // FOR SHARE: a concurrent close or audience change waits until this invitation or mailing commits.
    const rows: SurveyGate[] = await manager.query(
      `SELECT id, process_id, title, audience, status, (closes_at IS NOT NULL AND closes_at <= now()) AS closed
         FROM surveys WHERE id = $1 FOR SHARE`,
      [surveyId],
    );
    if (rows.length === 0) throw notFound();
    return rows[0];
  }

  /** Invitations make sense for INVITED surveys that are not over yet (drafts may be prepared). */
  private async invitableSurvey(manager: EntityManager, surveyId: string): Promise<SurveyGate> {
    const survey = await this.gate(manager, surveyId);
    if (survey.audience !== 'invited') throw badInput({ surveyId: ['notInvitedAudience'] });
    if (survey.status === 'closed' || survey.closed) throw new DomainError('SURVEY_CLOSED', 'The survey is closed');
    return survey;
  }

  private async enqueue(mailingId: string): Promise<void> {
    try {
      await withTimeout(
        (this.queue ?? (this.queue = this.createQueue())).add(
          'send',
          { mailingId },
          // Removed when finished, so a sweep may add a still-queued mailing again under its id.
          { jobId: mailingId, removeOnComplete: true, removeOnFail: true },
        ),
        ENQUEUE_TIMEOUT_MS,
        'Timed out adding the survey mailing job',
      );
    } catch (error) {
      this.logger.warn(`Survey mailing ${mailingId} left for the worker's sweep: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Fails fast, like the mail queue: a Redis outage must not hold the request. */
  private createQueue(): Queue<SurveyMailingJobData> {
    const queue = new Queue<SurveyMailingJobData>(
      SURVEY_MAILING_QUEUE_NAME,
      {
        prefix: this.config.queuePrefix,
        connection: {
          url: this.config.redisUrl,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
        },
      },
      QuietOnCloseRedisConnection,
    );
    let lastLogged = 0;
    queue.on('error', (error: Error) => {
      if (Date.now() - lastLogged < 30_000) return;
      lastLogged = Date.now();
      this.logger.warn(`Survey mailing queue unavailable: ${error.message}`);
    });
    return queue;
  }
}
