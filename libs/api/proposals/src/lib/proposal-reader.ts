import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { translate } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import type { ActionFieldView, ForumFormat, ForumView, TranslationView } from '@mitreden/api/processes';
import { LOCALES } from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import { ProposalKind, ProposalSource, ProposalState } from './graphql/proposal.types';
import type { ProposalRevisionView, ProposalView } from './graphql/proposal.types';
import { renderMarkdown } from './markdown';

type Translated = Partial<Record<string, string>> | null;

/** Published proposals per action field id and per forum id. */
export interface PublishedCounts {
  actionFields: Map<string, number>;
  forums: Map<string, number>;
}

interface ProposalRow {
  id: string;
  number: number;
  process_id: string;
  process_slug: string;
  kind: ProposalKind;
  title: string;
  body: string;
  language: string;
  source: ProposalSource;
  state: ProposalState;
  withdrawal_reason: string | null;
  withdrawn_at: Date | null;
  hidden_at: Date | null;
  merged_into_id: string | null;
  lineage_count: number;
  action_field_id: string;
  forum_id: string | null;
  goal_id: string | null;
  goal_title: string | null;
  author_id: string | null;
  author_name: string | null;
  entered_by_id: string | null;
  entered_by_name: string | null;
  participant_count: number | null;
  support_count: number;
  comment_count: number;
  revision_count: number;
  supported_by_me: boolean;
  followed_by_me: boolean;
  forums_open: boolean;
  created_at: Date;
  updated_at: Date;
}

interface ActionFieldRow {
  id: string;
  process_id: string;
  position: number;
  title: Translated;
  description: Translated;
  cross_cutting: boolean;
  followed_by_me: boolean;
}

interface ForumRow {
  id: string;
  process_id: string;
  action_field_id: string;
  title: Translated;
  description: Translated;
  starts_at: Date;
  ends_at: Date | null;
  place: string;
  municipality: string;
  format: ForumFormat;
  accepts_input: boolean;
  process_slug: string;
  process_title: Translated;
  forums_open: boolean;
  followed_by_me: boolean;
}

interface RevisionRow {
  revision: number;
  title: string;
  body: string;
  edited_by_id: string | null;
  edited_by_name: string | null;
  editorial: boolean;
  note: string | null;
  created_at: Date;
}

/**
 * The proposal columns every view needs, with the viewer-specific flags as EXISTS subqueries
 * ($2 = viewer id or NULL) and "is the forums phase open" for canEdit/canWithdraw.
 */
const PROPOSAL_COLUMNS = `
  p.id, p.number, p.process_id, proc.slug AS process_slug, p.kind, p.title, p.body, p.language, p.source, p.state,
  p.withdrawal_reason, p.withdrawn_at, p.hidden_at, p.action_field_id, p.forum_id, p.goal_id, goal.title AS goal_title,
  p.author_id, author.display_name AS author_name, p.entered_by_id, entered_by.display_name AS entered_by_name,
  p.participant_count, p.support_count, p.comment_count, p.created_at, p.updated_at,
  (SELECT count(*) FROM proposal_revisions r WHERE r.proposal_id = p.id)::int AS revision_count,
  (SELECT l.child_id FROM proposal_lineage l WHERE l.parent_id = p.id AND l.kind = 'merge') AS merged_into_id,
  (SELECT count(*) FROM proposal_lineage l WHERE l.parent_id = p.id OR l.child_id = p.id)::int AS lineage_count,
  ($2::uuid IS NOT NULL AND EXISTS (SELECT 1 FROM supports s WHERE s.proposal_id = p.id AND s.user_id = $2::uuid)) AS supported_by_me,
  ($2::uuid IS NOT NULL AND EXISTS (
    SELECT 1 FROM follows f WHERE f.user_id = $2::uuid AND f.target_type = 'proposal' AND f.target_id = p.id
  )) AS followed_by_me,
  EXISTS (
    SELECT 1 FROM phases ph
    WHERE ph.process_id = p.process_id AND ph.kind = 'forums' AND ph.starts_at <= now() AND ph.ends_at > now()
  ) AS forums_open`;

const PROPOSAL_JOINS = `
  JOIN processes proc ON proc.id = p.process_id
  LEFT JOIN proposals goal ON goal.id = p.goal_id
  LEFT JOIN users author ON author.id = p.author_id
  LEFT JOIN users entered_by ON entered_by.id = p.entered_by_id`;

/** A count, or how to load it when (and only if) a client asks for the field. */
type ProposalCount = number | (() => Promise<number>);

/**
 * Sets `proposalCount`: a number, or a getter returning a promise, which GraphQL reads only when
 * the field is selected and then awaits (the view types say `number`, resolution accepts both).
 */
function withCount<T extends { proposalCount: number }>(
  view: Omit<T, 'proposalCount'>,
  count: ProposalCount,
): T {
  if (typeof count === 'number') return { ...view, proposalCount: count } as T;
  return Object.defineProperty(view, 'proposalCount', { get: count, enumerable: true }) as T;
}

function translations(text: Translated): TranslationView[] {
  if (!text) return [];
  return LOCALES.filter((locale) => typeof text[locale] === 'string').map((locale) => ({
    locale,
    text: text[locale] as string,
  }));
}

/** Moderators, the project group and admins see hidden proposals and comments (marked); authors see their own. */
export function seesHiddenContent(viewer: Pick<User, 'role'> | null | undefined): boolean {
  return viewer?.role === 'moderator' || viewer?.role === 'project_group' || viewer?.role === 'admin';
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * Builds complete `Proposal` views (action field, forum, goal title, author, counts, the viewer's
 * flags) for any number of proposals in three statements: proposals, their action fields, their
 * forums. Comments, intake and the listing all go through here, so a view looks the same everywhere.
 */
@Injectable()
export class ProposalReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Views in the order of `ids`; unknown ids are left out. `publishedCounts` (from the listing's
   * facet pass) saves counting the published proposals of each action field and forum again.
   */
  async byIds(
    ids: string[],
    locale: Locale,
    viewer: User | null,
    manager: EntityManager = this.dataSource.manager,
    publishedCounts?: PublishedCounts,
  ): Promise<ProposalView[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return [];
    const viewerId = viewer?.id ?? null;
    // Hidden proposals exist only for the moderators and their author; for everyone else they are unknown ids.
    const rows: ProposalRow[] = await manager.query(
      `SELECT ${PROPOSAL_COLUMNS} FROM proposals p ${PROPOSAL_JOINS}
       WHERE p.id = ANY($1::uuid[]) AND (p.hidden_at IS NULL OR $3::boolean OR p.author_id = $2::uuid)`,
      [wanted, viewerId, seesHiddenContent(viewer)],
    );
    if (rows.length === 0) return [];

    const forumIds = [...new Set(rows.flatMap((row) => (row.forum_id ? [row.forum_id] : [])))];
    const forums = await this.forums(manager, forumIds, viewerId);
    const fieldIds = new Set(rows.map((row) => row.action_field_id));
    for (const forum of forums) fieldIds.add(forum.action_field_id);
    const fields = await this.actionFields(manager, [...fieldIds], viewerId);

    // Counting every published proposal of a field is the costly part of a view and most clients
    // never ask for it: unless the listing already knows the counts, they are loaded on first
    // request, for the whole batch in one statement.
    let loading: Promise<PublishedCounts> | undefined;
    const counts = (): Promise<PublishedCounts> =>
      (loading ??= this.publishedCounts([...fieldIds], forumIds));
    const fieldCount = (id: string): ProposalCount =>
      publishedCounts
        ? (publishedCounts.actionFields.get(id) ?? 0)
        : () => counts().then((known) => known.actionFields.get(id) ?? 0);
    const forumCount = (id: string): ProposalCount =>
      publishedCounts
        ? (publishedCounts.forums.get(id) ?? 0)
        : () => counts().then((known) => known.forums.get(id) ?? 0);

    const fieldViews = new Map(
      fields.map((row) => [row.id, this.actionFieldView(row, locale, fieldCount(row.id))]),
    );
    const forumViews = new Map(
      forums.map((row) => {
        const field = fieldViews.get(row.action_field_id);
        if (!field) throw new Error(`Action field ${row.action_field_id} of forum ${row.id} not loaded`);
        return [row.id, this.forumView(row, field, locale, forumCount(row.id))];
      }),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const actionField = fieldViews.get(row.action_field_id);
      if (!actionField)
        throw new Error(`Action field ${row.action_field_id} of proposal ${row.id} not loaded`);
      return [
        this.proposalView(
          row,
          actionField,
          row.forum_id ? (forumViews.get(row.forum_id) ?? null) : null,
          viewerId,
        ),
      ];
    });
  }

  async byId(
    id: string,
    locale: Locale,
    viewer: User | null,
    manager?: EntityManager,
  ): Promise<ProposalView | null> {
    const [view] = await this.byIds([id], locale, viewer, manager);
    return view ?? null;
  }

  /** Every version of the wording, oldest first. */
  async revisions(
    proposalId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProposalRevisionView[]> {
    const rows: RevisionRow[] = await manager.query(
      `SELECT r.revision, r.title, r.body, r.edited_by_id, u.display_name AS edited_by_name, r.editorial, r.note, r.created_at
       FROM proposal_revisions r LEFT JOIN users u ON u.id = r.edited_by_id
       WHERE r.proposal_id = $1 ORDER BY r.revision`,
      [proposalId],
    );
    return rows.map((row) => ({
      revision: row.revision,
      title: row.title,
      body: row.body,
      editedBy:
        row.edited_by_id && row.edited_by_name !== null
          ? { id: row.edited_by_id, displayName: row.edited_by_name }
          : null,
      editorial: row.editorial,
      note: row.note,
      createdAt: row.created_at,
    }));
  }

  /**
   * Published proposals per action field and forum. Runs outside the caller's transaction: it is
   * resolved after the mutation's transaction has ended, when its rows are committed.
   */
  private async publishedCounts(fieldIds: string[], forumIds: string[]): Promise<PublishedCounts> {
    const rows: { target: 'field' | 'forum'; id: string; count: number }[] = await this.dataSource.query(
      `SELECT 'field' AS target, action_field_id AS id, count(*)::int AS count
         FROM proposals WHERE action_field_id = ANY($1::uuid[]) AND state = 'published' AND hidden_at IS NULL
         GROUP BY action_field_id
       UNION ALL
       SELECT 'forum', forum_id, count(*)::int
         FROM proposals WHERE forum_id = ANY($2::uuid[]) AND state = 'published' AND hidden_at IS NULL
         GROUP BY forum_id`,
      [fieldIds, forumIds],
    );
    const counts: PublishedCounts = { actionFields: new Map(), forums: new Map() };
    for (const row of rows)
      (row.target === 'field' ? counts.actionFields : counts.forums).set(row.id, row.count);
    return counts;
  }

  private actionFields(
    manager: EntityManager,
    ids: string[],
    viewerId: string | null,
  ): Promise<ActionFieldRow[]> {
    return manager.query(
      `SELECT af.id, af.process_id, af.position, af.title, af.description, af.cross_cutting,
         ($2::uuid IS NOT NULL AND EXISTS (
           SELECT 1 FROM follows f WHERE f.user_id = $2::uuid AND f.target_type = 'action_field' AND f.target_id = af.id
         )) AS followed_by_me
       FROM action_fields af WHERE af.id = ANY($1::uuid[])`,
      [ids, viewerId],
    );
  }

  private async forums(manager: EntityManager, ids: string[], viewerId: string | null): Promise<ForumRow[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT fo.id, fo.process_id, fo.action_field_id, fo.title, fo.description, fo.starts_at, fo.ends_at, fo.place,
         fo.municipality, fo.format, fo.accepts_input, pr.slug AS process_slug, pr.title AS process_title,
         EXISTS (
           SELECT 1 FROM phases ph
           WHERE ph.process_id = fo.process_id AND ph.kind = 'forums' AND ph.starts_at <= now() AND ph.ends_at > now()
         ) AS forums_open,
         ($2::uuid IS NOT NULL AND EXISTS (
           SELECT 1 FROM follows f WHERE f.user_id = $2::uuid AND f.target_type = 'forum' AND f.target_id = fo.id
         )) AS followed_by_me
       FROM forums fo JOIN processes pr ON pr.id = fo.process_id WHERE fo.id = ANY($1::uuid[])`,
      [ids, viewerId],
    );
  }

  private actionFieldView(
    row: ActionFieldRow,
    locale: Locale,
    proposalCount: ProposalCount,
  ): ActionFieldView {
    return withCount<ActionFieldView>(
      {
        id: row.id,
        processId: row.process_id,
        position: row.position,
        title: translate(row.title, locale),
        description: translate(row.description, locale),
        crossCutting: row.cross_cutting,
        titleTranslations: translations(row.title),
        descriptionTranslations: translations(row.description),
        followedByMe: row.followed_by_me,
      },
      proposalCount,
    );
  }

  private forumView(
    row: ForumRow,
    actionField: ActionFieldView,
    locale: Locale,
    proposalCount: ProposalCount,
  ): ForumView {
    return withCount<ForumView>(
      {
        id: row.id,
        processId: row.process_id,
        processSlug: row.process_slug,
        processTitle: translate(row.process_title, locale),
        actionField,
        title: translate(row.title, locale),
        description: translate(row.description, locale),
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        place: row.place,
        municipality: row.municipality,
        format: row.format,
        acceptsInput: row.accepts_input,
        openForInput: row.accepts_input && row.forums_open,
        followedByMe: row.followed_by_me,
        titleTranslations: translations(row.title),
        descriptionTranslations: translations(row.description),
      },
      proposalCount,
    );
  }

  private proposalView(
    row: ProposalRow,
    actionField: ActionFieldView,
    forum: ForumView | null,
    viewerId: string | null,
  ): ProposalView {
    const isAuthor = viewerId !== null && row.author_id === viewerId;
    const mayChange = isAuthor && row.state === ProposalState.PUBLISHED && row.forums_open;
    return {
      id: row.id,
      number: row.number,
      processId: row.process_id,
      processSlug: row.process_slug,
      participationOpen: row.forums_open,
      kind: row.kind,
      title: row.title,
      body: row.body,
      bodyHtml: renderMarkdown(row.body),
      language: row.language,
      source: row.source,
      state: row.state,
      withdrawalReason: row.withdrawal_reason,
      withdrawnAt: row.withdrawn_at,
      hidden: row.hidden_at !== null,
      mergedIntoId: row.merged_into_id,
      lineageCount: row.lineage_count,
      actionField,
      forum,
      goalId: row.goal_id,
      goalTitle: row.goal_title,
      author:
        row.author_id && row.author_name !== null
          ? { id: row.author_id, displayName: row.author_name }
          : null,
      enteredBy:
        row.entered_by_id && row.entered_by_name !== null
          ? { id: row.entered_by_id, displayName: row.entered_by_name }
          : null,
      participantCount: row.participant_count,
      supportCount: row.support_count,
      commentCount: row.comment_count,
      supportedByMe: row.supported_by_me,
      followedByMe: row.followed_by_me,
      canEdit: mayChange,
      canWithdraw: mayChange,
      revisionCount: row.revision_count,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}

export { isUuid };
