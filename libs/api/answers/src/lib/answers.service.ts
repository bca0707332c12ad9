import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, DomainError, translate } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { MailDispatcher, OutboxService } from '@mitreden/api/mail';
import { toTranslatedText, translationList } from '@mitreden/api/processes';
import type { Locale } from '@mitreden/shared/contracts';
import type { DraftOfficialAnswerInput } from './graphql/answer.inputs';
import { AnswerOutcome, AnswerStatus } from './graphql/answer.types';
import type { OfficialAnswerView } from './graphql/answer.types';

type Viewer = Pick<User, 'id' | 'displayName' | 'role'>;
type StoredText = Partial<Record<string, string>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A work list never needs more; keeps the page and the statement bounded. */
export const ANSWER_LIST_LIMIT = 500;
/** How much of the German text an audit entry keeps (before/after stay small). */
const AUDIT_TEXT_MAX = 500;

const notFound = () => new DomainError('NOT_FOUND', 'No such official answer');
const fourEyes = () => new DomainError('FOUR_EYES', 'A second project group member must approve this answer');
const conflict = (message: string) => new DomainError('CONFLICT', message);

interface AnswerRow {
  id: string;
  proposal_id: string;
  proposal_number: number;
  proposal_title: string;
  process_id: string;
  status: AnswerStatus;
  outcome: AnswerOutcome;
  body: StoredText;
  drafted_by_id: string | null;
  drafted_by_name: string | null;
  approved_by_id: string | null;
  approved_by_name: string | null;
  approved_at: Date | null;
  published_at: Date | null;
  updated_at: Date;
}

interface Recipient {
  id: string;
  email: string;
  display_name: string;
  locale: string;
}

const ANSWER_SELECT = `
  SELECT a.id, a.proposal_id, p.number AS proposal_number, p.title AS proposal_title, p.process_id,
         a.status, a.outcome, a.body, a.drafted_by_id, d.display_name AS drafted_by_name,
         a.approved_by_id, ap.display_name AS approved_by_name, a.approved_at, a.published_at, a.updated_at
    FROM official_answers a
    JOIN proposals p ON p.id = a.proposal_id
    LEFT JOIN users d ON d.id = a.drafted_by_id
    LEFT JOIN users ap ON ap.id = a.approved_by_id`;

export function isAnswerStaff(viewer: Pick<User, 'role'> | null): boolean {
  return viewer?.role === 'project_group' || viewer?.role === 'admin';
}

function constraintOf(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const constraint = (error.driverError as { constraint?: unknown } | undefined)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

/** Same languages with the same texts: saving it again is not an edit. */
function sameText(a: StoredText, b: StoredText): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Official answers: draft → approved by a second project group member (four eyes) → published.
 * Every step locks the answer row (FOR UPDATE), so concurrent approvals, edits and publications
 * serialise; the CHECK official_answers_four_eyes is the backstop for the four-eyes rule.
 * A published answer is final: editing it is refused with CONFLICT (a correction would need a
 * new workflow, which the issue does not ask for).
 */
@Injectable()
export class AnswersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly dispatcher: MailDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The public sees a published answer of a visible proposal; project group and admins any state. */
  async forProposal(
    proposalId: string,
    locale: Locale,
    viewer: Viewer | null,
  ): Promise<OfficialAnswerView | null> {
    if (!UUID.test(proposalId)) return null;
    const staff = isAnswerStaff(viewer);
    const rows: AnswerRow[] = await this.dataSource.query(
      `${ANSWER_SELECT}
        WHERE a.proposal_id = $1
          AND ($2 OR (a.status = 'published' AND p.hidden_at IS NULL))`,
      [proposalId, staff],
    );
    return rows[0] ? this.toView(rows[0], locale, viewer) : null;
  }

  /** The project group's work list, most recently changed first, in one statement. */
  async list(status: AnswerStatus | null, locale: Locale, viewer: Viewer): Promise<OfficialAnswerView[]> {
    const rows: AnswerRow[] = await this.dataSource.query(
      `${ANSWER_SELECT}
        WHERE ($1::text IS NULL OR a.status = $1)
        ORDER BY a.updated_at DESC, a.id
        LIMIT ${ANSWER_LIST_LIMIT}`,
      [status],
    );
    return rows.map((row) => this.toView(row, locale, viewer));
  }

  /**
   * Creates the draft or edits it. Editing an APPROVED answer returns it to DRAFT and clears the
   * approval, and the editor becomes its drafter: whoever changed the text last cannot approve it.
   * Saving unchanged content is a no-op (an approval is not lost by pressing save twice).
   */
  async draft(input: DraftOfficialAnswerInput, locale: Locale, viewer: Viewer): Promise<OfficialAnswerView> {
    const body = toTranslatedText(input.text);
    return this.dataSource.transaction(async (manager) => {
      const proposals: { id: string; number: number; title: string; process_id: string }[] =
        await manager.query(`SELECT id, number, title, process_id FROM proposals WHERE id = $1`, [
          input.proposalId,
        ]);
      const proposal = proposals[0];
      if (!proposal) throw new DomainError('NOT_FOUND', 'No such proposal');
      const label = `#${proposal.number} ${proposal.title}`;

      let existing = await this.lockByProposal(manager, proposal.id);
      if (!existing) {
        // Two first drafts at once: the unique index lets one insert win; the other edits it.
        const inserted: { id: string }[] = await manager.query(
          `INSERT INTO official_answers (proposal_id, outcome, body, drafted_by_id)
           VALUES ($1, $2, $3::jsonb, $4)
           ON CONFLICT (proposal_id) DO NOTHING RETURNING id`,
          [proposal.id, input.outcome, JSON.stringify(body), viewer.id],
        );
        if (inserted[0]) {
          await this.audit.record(manager, {
            actor: viewer,
            action: 'answer.draft',
            targetType: 'official_answer',
            targetId: inserted[0].id,
            targetLabel: label,
            processId: proposal.process_id,
            before: null,
            after: this.auditState(AnswerStatus.DRAFT, input.outcome, body),
          });
          return this.reload(manager, inserted[0].id, locale, viewer);
        }
        existing = await this.lockByProposal(manager, proposal.id);
        if (!existing) throw new Error('Official answer vanished while drafting');
      }
      if (existing.status === AnswerStatus.PUBLISHED) throw conflict('A published answer cannot be edited');
      if (existing.outcome === input.outcome && sameText(existing.body, body))
        return this.toView(existing, locale, viewer);

      await manager.query(
        `UPDATE official_answers
            SET outcome = $2, body = $3::jsonb, drafted_by_id = $4, status = 'draft',
                approved_by_id = NULL, approved_at = NULL, updated_at = now()
          WHERE id = $1`,
        [existing.id, input.outcome, JSON.stringify(body), viewer.id],
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'answer.draft',
        targetType: 'official_answer',
        targetId: existing.id,
        targetLabel: label,
        processId: proposal.process_id,
        before: this.auditState(existing.status, existing.outcome, existing.body),
        after: this.auditState(AnswerStatus.DRAFT, input.outcome, body),
      });
      return this.reload(manager, existing.id, locale, viewer);
    });
  }

  /** Four eyes: the drafter cannot approve; only a DRAFT can be approved (a second approval is CONFLICT). */
  async approve(id: string, locale: Locale, viewer: Viewer): Promise<OfficialAnswerView> {
    return this.dataSource.transaction(async (manager) => {
      const answer = await this.lockById(manager, id);
      if (answer.status !== AnswerStatus.DRAFT) throw conflict(`The answer is already ${answer.status}`);
      if (answer.drafted_by_id === viewer.id) throw fourEyes();
      try {
        await manager.query(
          `UPDATE official_answers SET status = 'approved', approved_by_id = $2, approved_at = now(), updated_at = now()
            WHERE id = $1`,
          [answer.id, viewer.id],
        );
      } catch (error) {
        if (constraintOf(error) === 'official_answers_four_eyes') throw fourEyes();
        throw error;
      }
      await this.audit.record(manager, {
        actor: viewer,
        action: 'answer.approve',
        targetType: 'official_answer',
        targetId: answer.id,
        targetLabel: `#${answer.proposal_number} ${answer.proposal_title}`,
        processId: answer.process_id,
        before: { status: answer.status },
        after: { status: AnswerStatus.APPROVED, outcome: answer.outcome },
      });
      return this.reload(manager, answer.id, locale, viewer);
    });
  }

  /**
   * Publishes an APPROVED answer and tells the proposal's author and supporters: one mail per
   * person (however they are connected), in their language, with the answer in that language or
   * German. Mails are written to the outbox in the same transaction and dispatched after commit.
   */
  async publish(id: string, locale: Locale, viewer: Viewer): Promise<OfficialAnswerView> {
    const { view, outboxIds } = await this.dataSource.transaction(async (manager) => {
      const answer = await this.lockById(manager, id);
      if (answer.status !== AnswerStatus.APPROVED)
        throw conflict(
          answer.status === AnswerStatus.DRAFT
            ? 'The answer must be approved first'
            : 'The answer is already published',
        );
      await manager.query(
        `UPDATE official_answers SET status = 'published', published_by_id = $2, published_at = now(), updated_at = now()
          WHERE id = $1`,
        [answer.id, viewer.id],
      );
      // The WHERE over users yields each person once, author and supporter alike.
      const recipients: Recipient[] = await manager.query(
        `SELECT u.id, u.email, u.display_name, u.locale
           FROM users u
          WHERE (u.id = (SELECT author_id FROM proposals WHERE id = $1)
                 OR u.id IN (SELECT user_id FROM supports WHERE proposal_id = $1))
            AND u.email_confirmed_at IS NOT NULL AND u.blocked_at IS NULL
          ORDER BY u.id`,
        [answer.proposal_id],
      );
      const link = new URL(`proposals/${answer.proposal_id}`, `${this.config.publicUrl}/`).toString();
      const outboxIds = await this.outbox.enqueueMails(
        manager,
        recipients.map((recipient) => ({
          template: 'official_answer_published' as const,
          recipientEmail: recipient.email,
          recipientUserId: recipient.id,
          locale: recipient.locale,
          payload: {
            displayName: recipient.display_name,
            proposalTitle: answer.proposal_title,
            outcome: answer.outcome,
            answerText: translate(answer.body, recipient.locale),
            link,
          },
        })),
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'answer.publish',
        targetType: 'official_answer',
        targetId: answer.id,
        targetLabel: `#${answer.proposal_number} ${answer.proposal_title}`,
        processId: answer.process_id,
        before: { status: answer.status },
        after: { status: AnswerStatus.PUBLISHED, outcome: answer.outcome, notified: recipients.length },
      });
      return { view: await this.reload(manager, answer.id, locale, viewer), outboxIds };
    });
    await this.dispatcher.dispatch(outboxIds);
    return view;
  }

  private async lockByProposal(manager: EntityManager, proposalId: string): Promise<AnswerRow | null> {
    const rows: AnswerRow[] = await manager.query(
      `${ANSWER_SELECT} WHERE a.proposal_id = $1 FOR UPDATE OF a`,
      [proposalId],
    );
    return rows[0] ?? null;
  }

  private async lockById(manager: EntityManager, id: string): Promise<AnswerRow> {
    if (!UUID.test(id)) throw notFound();
    const rows: AnswerRow[] = await manager.query(`${ANSWER_SELECT} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
    if (!rows[0]) throw notFound();
    return rows[0];
  }

  private async reload(
    manager: EntityManager,
    id: string,
    locale: Locale,
    viewer: Viewer,
  ): Promise<OfficialAnswerView> {
    const rows: AnswerRow[] = await manager.query(`${ANSWER_SELECT} WHERE a.id = $1`, [id]);
    if (!rows[0]) throw notFound();
    return this.toView(rows[0], locale, viewer);
  }

  private auditState(status: AnswerStatus, outcome: AnswerOutcome, body: StoredText) {
    return {
      status,
      outcome,
      languages: Object.keys(body).sort(),
      de: (body['de'] ?? '').slice(0, AUDIT_TEXT_MAX),
    };
  }

  private toView(row: AnswerRow, locale: Locale, viewer: Viewer | null): OfficialAnswerView {
    const staff = isAnswerStaff(viewer);
    const participant = (id: string | null, name: string | null) =>
      staff && id && name ? { id, displayName: name } : null;
    return {
      id: row.id,
      proposalId: row.proposal_id,
      proposalNumber: row.proposal_number,
      proposalTitle: row.proposal_title,
      status: row.status,
      outcome: row.outcome,
      text: translate(row.body, locale),
      textLocale: typeof row.body[locale] === 'string' ? locale : 'de',
      textTranslations: staff ? translationList(row.body) : [],
      draftedBy: participant(row.drafted_by_id, row.drafted_by_name),
      approvedBy: participant(row.approved_by_id, row.approved_by_name),
      approvedAt: row.approved_at,
      publishedAt: row.published_at,
      updatedAt: row.updated_at,
      canApprove: staff && row.status === AnswerStatus.DRAFT && row.drafted_by_id !== viewer?.id,
      canPublish: staff && row.status === AnswerStatus.APPROVED,
      canEdit: staff && row.status !== AnswerStatus.PUBLISHED,
    };
  }
}
