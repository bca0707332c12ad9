import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, DomainError, badInput } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { MailDispatcher, OutboxService } from '@mitreden/api/mail';
import type { CatalogueAdoptedPayload, OutboxMail } from '@mitreden/api/mail';
import { measureCode } from '@mitreden/shared/catalogue';
import { CITY_TODAY_SQL } from '@mitreden/shared/contracts';
import { CatalogueVersionStatus } from '../graphql/catalogue.types';
import type { CatalogueAdoptionView, CatalogueVersionView } from '../graphql/catalogue.types';
import type { AdoptCatalogueInput } from '../graphql/catalogue.inputs';
import { adoptedVersionError, isCalendarDate, loadCatalogueVersion, rethrowCatalogueDbError } from './catalogue-db';

/** Earlier dates are typing mistakes: no catalogue predates the platform by decades. */
const EARLIEST_ADOPTION = '2000-01-01';

interface LockedVersion {
  id: string;
  process_id: string;
  number: number;
  status: string;
  in_future: boolean;
  measure_count: number;
}

/** One proposal of an author reaching one measure (directly or through the lineage). */
interface ReachRow {
  user_id: string;
  email: string;
  display_name: string;
  locale: string;
  proposal_id: string;
  proposal_number: number;
  proposal_title: string;
  field_position: number;
  measure_number: number;
}

interface Author {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  items: Map<string, { proposalNumber: number; proposalTitle: string; codes: string[]; fields: number[] }>;
}

/**
 * Draft → adopted, and closing the loop: every author whose proposal reached a measure (directly or
 * through merges and splits) gets one `catalogue_adopted` mail per version, in their language.
 */
@Injectable()
export class CatalogueAdoption {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly dispatcher: MailDispatcher,
  ) {}

  async adopt(input: AdoptCatalogueInput, viewer: User): Promise<CatalogueAdoptionView> {
    if (!isCalendarDate(input.adoptedOn)) throw badInput({ adoptedOn: ['invalidDate'] });
    const { view, outboxIds } = await this.dataSource
      .transaction((manager) => this.adoptLocked(manager, input, viewer))
      .catch(rethrowCatalogueDbError);
    // After the commit, so the worker never looks for a row that does not exist yet.
    await this.dispatcher.dispatch(outboxIds);
    return { version: view, notifiedAuthorCount: outboxIds.length };
  }

  private async adoptLocked(
    manager: EntityManager,
    input: AdoptCatalogueInput,
    viewer: User,
  ): Promise<{ view: CatalogueVersionView; outboxIds: string[] }> {
    // The row lock serialises concurrent adoptions: the second one waits and then sees "adopted".
    const [version]: LockedVersion[] = await manager.query(
      `SELECT id, process_id, number, status,
              $2::date > ${CITY_TODAY_SQL} AS in_future,
              (SELECT count(*)::int FROM catalogue_measures m WHERE m.version_id = v.id) AS measure_count
       FROM catalogue_versions v WHERE id = $1 FOR UPDATE`,
      [input.versionId, input.adoptedOn],
    );
    if (!version) throw new DomainError('NOT_FOUND', 'No such catalogue version');
    if (version.status === CatalogueVersionStatus.ADOPTED)
      throw adoptedVersionError();
    if (version.in_future) throw badInput({ adoptedOn: ['inFuture'] });
    if (input.adoptedOn < EARLIEST_ADOPTION) throw badInput({ adoptedOn: ['tooEarly'] });
    if (version.measure_count === 0) throw badInput({ versionId: ['empty'] });

    await manager.query(
      `UPDATE catalogue_versions
       SET status = 'adopted', adopted_on = $2, council_reference = $3, adopted_at = now(), adopted_by_id = $4,
           updated_at = now()
       WHERE id = $1`,
      [version.id, input.adoptedOn, input.councilReference, viewer.id],
    );

    const outboxIds = await this.notifyAuthors(manager, version.id, input);
    const view = await loadCatalogueVersion(manager, version.id);
    await this.audit.record(manager, {
      actor: viewer,
      action: 'catalogue.adopt',
      targetType: 'catalogue_version',
      targetId: version.id,
      targetLabel: `Version ${version.number} – ${input.councilReference}`,
      processId: version.process_id,
      before: { status: CatalogueVersionStatus.DRAFT },
      after: {
        status: CatalogueVersionStatus.ADOPTED,
        adoptedOn: input.adoptedOn,
        councilReference: input.councilReference,
        goalCount: view.goalCount,
        measureCount: view.measureCount,
        notifiedAuthorCount: outboxIds.length,
      },
    });
    return { view, outboxIds };
  }

  /**
   * One mail per author who has not been told about this version yet: the notice row's primary key
   * decides who is mailed, so even a retried or concurrent call cannot mail anyone twice.
   */
  private async notifyAuthors(
    manager: EntityManager,
    versionId: string,
    input: AdoptCatalogueInput,
  ): Promise<string[]> {
    const authors = await this.authorsReached(manager, versionId);
    if (authors.length === 0) return [];
    const inserted: { user_id: string }[] = await manager.query(
      `INSERT INTO catalogue_notices (version_id, user_id)
       SELECT $1, user_id FROM unnest($2::uuid[]) AS user_id
       ON CONFLICT DO NOTHING
       RETURNING user_id`,
      [versionId, authors.map((author) => author.id)],
    );
    const newlyNoticed = new Set(inserted.map((row) => row.user_id));
    const mails: OutboxMail[] = authors
      .filter((author) => newlyNoticed.has(author.id))
      .map((author) => ({
        template: 'catalogue_adopted' as const,
        recipientEmail: author.email,
        recipientUserId: author.id,
        locale: author.locale,
        payload: this.payload(author, input),
      }));
    const outboxIds = await this.outbox.enqueueMails(manager, mails);
    // Matched by recipient, not by position: RETURNING does not promise the order of the input.
    await manager.query(
      `UPDATE catalogue_notices n SET outbox_id = o.id
       FROM outbox_messages o
       WHERE o.id = ANY($2::uuid[]) AND n.version_id = $1 AND n.user_id = o.recipient_user_id`,
      [versionId, outboxIds],
    );
    return outboxIds;
  }

  /**
   * Authors of every proposal behind a measure of the version: its direct sources and all their
   * ancestors through merges and splits. Hidden proposals, proposals without an account (forum and
   * paper entries, merge results) and blocked or unconfirmed accounts are left out.
   */
  private async authorsReached(manager: EntityManager, versionId: string): Promise<Author[]> {
    const rows: ReachRow[] = await manager.query(
      `WITH RECURSIVE reached (measure_id, proposal_id) AS (
         SELECT s.measure_id, s.proposal_id
         FROM catalogue_measure_sources s JOIN catalogue_measures m ON m.id = s.measure_id
         WHERE m.version_id = $1
         UNION
         SELECT r.measure_id, l.parent_id FROM reached r JOIN proposal_lineage l ON l.child_id = r.proposal_id
       )
       SELECT u.id AS user_id, u.email, u.display_name, u.locale,
              p.id AS proposal_id, p.number AS proposal_number, p.title AS proposal_title,
              f.position AS field_position, m.number AS measure_number
       FROM reached r
       JOIN proposals p ON p.id = r.proposal_id AND p.hidden_at IS NULL
       JOIN users u ON u.id = p.author_id AND u.blocked_at IS NULL AND u.email_confirmed_at IS NOT NULL
       JOIN catalogue_measures m ON m.id = r.measure_id
       JOIN action_fields f ON f.id = m.action_field_id
       ORDER BY u.id, p.number, f.position, m.number`,
      [versionId],
    );
    const authors = new Map<string, Author>();
    for (const row of rows) {
      let author = authors.get(row.user_id);
      if (!author) {
        author = {
          id: row.user_id,
          email: row.email,
          displayName: row.display_name,
          locale: row.locale,
          items: new Map(),
        };
        authors.set(row.user_id, author);
      }
      let item = author.items.get(row.proposal_id);
      if (!item) {
        item = {
          proposalNumber: row.proposal_number,
          proposalTitle: row.proposal_title,
          codes: [],
          fields: [],
        };
        author.items.set(row.proposal_id, item);
      }
      item.codes.push(measureCode(row.field_position, row.measure_number));
      item.fields.push(row.field_position);
    }
    return [...authors.values()];
  }

  private payload(author: Author, input: AdoptCatalogueInput): CatalogueAdoptedPayload {
    const items = [...author.items.values()];
    const fields = new Set(items.flatMap((item) => item.fields));
    return {
      displayName: author.displayName,
      councilReference: input.councilReference,
      adoptedOn: input.adoptedOn,
      items: items.map((item) => ({
        proposalNumber: item.proposalNumber,
        proposalTitle: item.proposalTitle,
        measureCodes: item.codes,
      })),
      // The action field page when every measure named is in one field, else the catalogue's overview.
      link: this.catalogueLink(fields.size === 1 ? [...fields][0] : null),
    };
  }

  private catalogueLink(fieldPosition: number | null): string {
    const path = fieldPosition === null ? 'catalogue' : `catalogue/${fieldPosition}`;
    return new URL(path, `${this.config.publicUrl}/`).toString();
  }
}
