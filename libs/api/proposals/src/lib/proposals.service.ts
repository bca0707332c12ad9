import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { DomainError, badInput, forbidden } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { PhaseGate, PhaseKind } from '@mitreden/api/processes';
import type { Locale } from '@mitreden/shared/contracts';
import type { CreateProposalInput, ProposalFilter, UpdateProposalInput } from './graphql/proposal.inputs';
import { ProposalKind, ProposalSort, ProposalSource, ProposalState } from './graphql/proposal.types';
import type { ProposalConnectionView, ProposalView, SimilarProposalView } from './graphql/proposal.types';
import { hasBidiControls } from '@mitreden/shared/contracts';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  facetQuery,
  facetsFromRows,
  pageQuery,
  seedMismatch,
} from './proposal-listing';
import type { FacetRow } from './proposal-listing';
import { ProposalReader, isUuid, seesHiddenContent } from './proposal-reader';
import { ProposalWriter } from './proposal-writer';

export const WITHDRAWAL_REASON_MAX = 2000;
const SEED_MAX = 100;
/** Drafts shorter than this match nearly everything; longer ones are cut, the start says enough. */
const SIMILAR_MIN = 3;
const SIMILAR_TITLE_MAX = 200;
const SIMILAR_BODY_MAX = 2000;
const SIMILAR_LIMIT = 5;
/** Below this a suggestion is noise: unrelated German titles share trigrams up to about 0.2. */
const SIMILAR_THRESHOLD = 0.3;

interface LockedProposal {
  process_id: string;
  author_id: string | null;
  state: ProposalState;
  title: string;
  body: string;
}

const notFound = () => new DomainError('NOT_FOUND', 'No such proposal');
const readOnly = () => new DomainError('PROPOSAL_READ_ONLY', 'This proposal was merged or split');

/** Merged and split proposals are history: readable, but no supports, edits or withdrawal. */
function refuseCurated(state: ProposalState): void {
  if (state === ProposalState.MERGED || state === ProposalState.SPLIT) throw readOnly();
}

function constraintOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const constraint = (driverError as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ProposalReader,
    private readonly writer: ProposalWriter,
    private readonly phases: PhaseGate,
  ) {}

  /** One page: ids by keyset, total and facets in one statement, views in three: constant for any page size. */
  async list(
    filter: ProposalFilter,
    sort: ProposalSort,
    seedGiven: string | null | undefined,
    first: number,
    after: string | null,
    locale: Locale,
    viewer: User | null,
  ): Promise<ProposalConnectionView> {
    checkPageSize(first);
    // GraphQL leaves an omitted nullable argument undefined.
    const seedArgument = seedGiven ?? null;
    if (seedArgument !== null && seedArgument.length > SEED_MAX) throw badInput({ seed: ['maxLength'] });
    const cursor = after ? decodeCursor(after, sort) : null;
    let seed = seedArgument ?? '';
    if (sort === ProposalSort.RANDOM) {
      if (cursor?.seed !== undefined && seedArgument !== null && cursor.seed !== seedArgument)
        throw seedMismatch();
      // Without a seed the server picks one and carries it in the cursor, so paging still never repeats.
      seed = cursor?.seed ?? seedArgument ?? randomBytes(8).toString('hex');
    }

    const hidden = { all: seesHiddenContent(viewer), authorId: viewer?.id ?? null };
    const page = pageQuery(filter, sort, seed, first, cursor, hidden);
    const facet = facetQuery(filter, hidden);
    const [rows, facetRows] = await Promise.all([
      this.dataSource.query(page.sql, page.params) as Promise<{ id: string; key: string }[]>,
      this.dataSource.query(facet.sql, facet.params) as Promise<FacetRow[]>,
    ]);
    const hasNextPage = rows.length > first;
    const pageRows = rows.slice(0, first);
    const last = pageRows.at(-1);
    const { totalCount, facets, published } = facetsFromRows(facetRows, filter);
    const nodes = await this.reader.byIds(
      pageRows.map((row) => row.id),
      locale,
      viewer,
      undefined,
      // Without a search the facet pass saw every proposal of the process: its per-field and
      // per-forum counts are exact, so the views need not count again.
      filter.search ? undefined : published,
    );
    return {
      nodes,
      pageInfo: {
        hasNextPage,
        endCursor: last
          ? encodeCursor({
              sort,
              key: last.key,
              id: last.id,
              ...(sort === ProposalSort.RANDOM ? { seed } : {}),
            })
          : null,
      },
      totalCount,
      facets,
    };
  }

  /**
   * Published proposals of the process that resemble a draft: trigram similarity of the titles
   * (whole and best-matching part, so a half-typed title already finds), or all words of the draft
   * title found in a proposal's title or body; words of the draft body add a little weight.
   */
  async similar(
    processId: string,
    title: string,
    body: string | null | undefined,
    locale: Locale,
    viewer: User | null,
  ): Promise<SimilarProposalView[]> {
    const draftTitle = title.trim().slice(0, SIMILAR_TITLE_MAX);
    if (draftTitle.length < SIMILAR_MIN || !isUuid(processId)) return [];
    const draftBody = (body ?? '').trim().slice(0, SIMILAR_BODY_MAX);
    const rows: { id: string; similarity: number }[] = await this.dataSource.query(
      `WITH draft AS (
         SELECT plainto_tsquery('german', $2) AS title_words,
                -- Any word of the body counts: "&" between the lexemes becomes "|".
                NULLIF(replace(plainto_tsquery('german', $3)::text, '&', '|'), '')::tsquery AS body_words
       ),
       scored AS (
         SELECT p.id,
           greatest(similarity(p.title, $2), word_similarity($2, p.title)) AS trigram,
           (numnode(d.title_words) > 0 AND p.search_vector @@ d.title_words) AS words_match,
           CASE WHEN d.body_words IS NULL THEN 0 ELSE ts_rank(p.search_vector, d.body_words, 32) END AS body_rank
         FROM proposals p CROSS JOIN draft d
         WHERE p.process_id = $1 AND p.state = 'published' AND p.hidden_at IS NULL
           AND (p.title % $2 OR $2 <% p.title OR (numnode(d.title_words) > 0 AND p.search_vector @@ d.title_words))
       )
       SELECT id, least(1, greatest(trigram, CASE WHEN words_match THEN 0.5 + trigram / 2 ELSE 0 END) + body_rank / 5)::float8 AS similarity
       FROM scored
       WHERE trigram >= $4 OR words_match
       ORDER BY similarity DESC, id
       LIMIT $5`,
      [processId, draftTitle, draftBody, SIMILAR_THRESHOLD, SIMILAR_LIMIT],
    );
    const views = await this.reader.byIds(
      rows.map((row) => row.id),
      locale,
      viewer,
    );
    const score = new Map(rows.map((row) => [row.id, Math.round(row.similarity * 100) / 100]));
    return views.map((proposal) => ({ proposal, similarity: score.get(proposal.id) ?? 0 }));
  }

  async create(input: CreateProposalInput, locale: Locale, viewer: User): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      await this.phases.requireOpen(manager, input.processId, PhaseKind.FORUMS);
      const [refs]: { field_ok: boolean; forum_accepts: boolean | null; goal_ok: boolean }[] =
        await manager.query(
          `SELECT
           EXISTS (SELECT 1 FROM action_fields WHERE id = $2 AND process_id = $1) AS field_ok,
           (SELECT accepts_input FROM forums WHERE id = $3 AND process_id = $1) AS forum_accepts,
           EXISTS (SELECT 1 FROM proposals WHERE id = $4 AND process_id = $1 AND kind = 'goal' AND state = 'published') AS goal_ok`,
          [input.processId, input.actionFieldId, input.forumId ?? null, input.goalId ?? null],
        );
      const fields: Record<string, string[]> = {};
      if (!refs.field_ok) fields['actionFieldId'] = ['unknownActionField'];
      if (input.forumId && refs.forum_accepts === null) fields['forumId'] = ['unknownForum'];
      if (input.goalId && input.kind !== ProposalKind.MEASURE) fields['goalId'] = ['onlyMeasures'];
      else if (input.goalId && !refs.goal_ok) fields['goalId'] = ['unknownGoal'];
      if (Object.keys(fields).length > 0) throw badInput(fields);
      if (input.forumId && refs.forum_accepts === false)
        throw new DomainError('FORUM_CLOSED', 'This forum takes no more input');

      const created = await this.writer.insert(manager, {
        processId: input.processId,
        actionFieldId: input.actionFieldId,
        forumId: input.forumId ?? null,
        goalId: input.goalId ?? null,
        kind: input.kind,
        title: input.title,
        body: input.body,
        language: input.language,
        source: ProposalSource.ONLINE,
        authorId: viewer.id,
      });
      if (!created) throw new Error('Proposal insert returned no row');
      return this.view(created.id, locale, viewer, manager);
    });
  }

  /** A new wording becomes a new revision; sending the same text again changes nothing. */
  async update(id: string, input: UpdateProposalInput, locale: Locale, viewer: User): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(manager, id, viewer);
      await this.phases.requireOpen(manager, proposal.process_id, PhaseKind.FORUMS);
      if (proposal.title !== input.title || proposal.body !== input.body) {
        await manager.query(`UPDATE proposals SET title = $2, body = $3, updated_at = now() WHERE id = $1`, [
          id,
          input.title,
          input.body,
        ]);
        await manager.query(
          `INSERT INTO proposal_revisions (proposal_id, revision, title, body, edited_by_id)
           SELECT $1, coalesce(max(revision), 0) + 1, $2, $3, $4 FROM proposal_revisions WHERE proposal_id = $1`,
          [id, input.title, input.body, viewer.id],
        );
      }
      return this.view(id, locale, viewer, manager);
    });
  }

  async withdraw(id: string, reasonArgument: string, locale: Locale, viewer: User): Promise<ProposalView> {
    const reason = reasonArgument.trim();
    if (reason.length < 1 || reason.length > WITHDRAWAL_REASON_MAX) throw badInput({ reason: ['isLength'] });
    if (hasBidiControls(reason)) throw badInput({ reason: ['forbiddenCharacters'] });
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.lockOwn(manager, id, viewer);
      await this.phases.requireOpen(manager, proposal.process_id, PhaseKind.FORUMS);
      await manager.query(
        `UPDATE proposals SET state = 'withdrawn', withdrawn_at = now(), withdrawal_reason = $2, updated_at = now() WHERE id = $1`,
        [id, reason],
      );
      return this.view(id, locale, viewer, manager);
    });
  }

  /** Idempotent under any concurrency: the primary key decides, the trigger counts. */
  async support(id: string, locale: Locale, viewer: User): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      // The row lock the counter trigger takes anyway, taken first: concurrent supports queue here
      // instead of deadlocking on the published-check trigger's FOR SHARE being upgraded, and a
      // merge or split holding the row is waited for, then seen.
      const proposal = await this.find(manager, id, true);
      if (proposal.state === ProposalState.WITHDRAWN)
        throw new DomainError('PROPOSAL_WITHDRAWN', 'This proposal was withdrawn');
      refuseCurated(proposal.state);
      await this.phases.requireOpen(manager, proposal.process_id, PhaseKind.FORUMS);
      try {
        await manager.query(
          `INSERT INTO supports (proposal_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [id, viewer.id],
        );
      } catch (error) {
        // A merge or split committed between the check above and the insert: the trigger refused.
        if (constraintOf(error) === 'supports_proposal_published') throw readOnly();
        throw error;
      }
      return this.view(id, locale, viewer, manager);
    });
  }

  /** Also allowed on a withdrawn proposal: taking one's name back is never refused while the phase runs. */
  async withdrawSupport(id: string, locale: Locale, viewer: User): Promise<ProposalView> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.find(manager, id);
      // The support lives on in the merge result or the parts; it is taken back there.
      refuseCurated(proposal.state);
      await this.phases.requireOpen(manager, proposal.process_id, PhaseKind.FORUMS);
      await manager.query(`DELETE FROM supports WHERE proposal_id = $1 AND user_id = $2`, [id, viewer.id]);
      return this.view(id, locale, viewer, manager);
    });
  }

  private async find(
    manager: EntityManager,
    id: string,
    lock = false,
  ): Promise<{ process_id: string; state: ProposalState }> {
    if (!isUuid(id)) throw notFound();
    const [row]: { process_id: string; state: ProposalState }[] = await manager.query(
      `SELECT process_id, state FROM proposals WHERE id = $1${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [id],
    );
    if (!row) throw notFound();
    return row;
  }

  /** The caller's own, still published proposal, locked so an edit and a withdrawal cannot cross. */
  private async lockOwn(manager: EntityManager, id: string, viewer: User): Promise<LockedProposal> {
    if (!isUuid(id)) throw notFound();
    const [row]: LockedProposal[] = await manager.query(
      `SELECT process_id, author_id, state, title, body FROM proposals WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw notFound();
    // Moderators and admins included: a proposal speaks for its author only.
    if (row.author_id !== viewer.id) throw forbidden();
    if (row.state === ProposalState.WITHDRAWN)
      throw new DomainError('PROPOSAL_WITHDRAWN', 'This proposal was withdrawn');
    refuseCurated(row.state);
    return row;
  }

  private async view(
    id: string,
    locale: Locale,
    viewer: User,
    manager: EntityManager,
  ): Promise<ProposalView> {
    const view = await this.reader.byId(id, locale, viewer, manager);
    if (!view) throw notFound();
    return view;
  }
}
