import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, badInput, DomainError } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { AuditService } from '@mitreden/api/audit';
import type { User } from '@mitreden/api/identity';
import { toTranslatedText, translationList } from '@mitreden/api/processes';
import type { FieldErrors } from '@mitreden/shared/contracts';
import { newPaperCode, normalisePaperCode } from '@mitreden/shared/votes';
import { VOTING_CODES_PER_BATCH_MAX } from '../graphql/poll.inputs';
import type { PollInput, PollOptionImageInput } from '../graphql/poll.inputs';
import { PollMethod, PollStatus } from '../graphql/poll.types';
import type { GeneratedVotingCodes, ManagedPollOption, ManagedPollView } from '../graphql/poll.types';
import { POLL_COUNT_QUEUE, schedulePollCount } from './poll-count-queue';
import type { PollCountQueue } from './poll-count-queue';
import { votingCodeHash } from '../sealing/ballot-seal';
import { POLL_STATUS_SQL, optionImageUrl } from '../poll-sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The management overview never needs more; keeps the statement bounded. */
export const MANAGED_POLLS_LIMIT = 500;
export const OPTION_IMAGE_MAX_BYTES = 1_048_576;

type JsonText = Partial<Record<string, string>>;

const notFound = () => new DomainError('NOT_FOUND', 'No such poll');
const locked = () => new DomainError('POLL_LOCKED', 'Only a draft poll can be changed');


interface PollRow {
  id: string;
  version: number;
  process_id: string;
  phase_id: string | null;
  slug: string;
  question: JsonText;
  description: JsonText;
  method: string;
  max_choices: number | null;
  opens_at: Date;
  closes_at: Date;
  accepts_accounts: boolean;
  accepts_codes: boolean;
  allow_vote_change: boolean;
  municipality: string | null;
  status: PollStatus;
  turnout: number;
  codes_generated: number;
  codes_used: number;
  code_batches: number;
}

interface OptionRow {
  id: string;
  poll_id: string;
  position: number;
  label: JsonText;
  description: JsonText;
  image_alt: JsonText;
  image_hash: string | null;
}

const POLL_SELECT = `
  SELECT p.id, p.version, p.process_id, p.phase_id, p.slug, p.question, p.description, p.method, p.max_choices,
         p.opens_at, p.closes_at, p.accepts_accounts, p.accepts_codes, p.allow_vote_change, p.municipality,
         ${POLL_STATUS_SQL} AS status,
         (SELECT count(*)::int FROM poll_voters v WHERE v.poll_id = p.id) AS turnout,
         (SELECT count(*)::int FROM poll_voters v WHERE v.poll_id = p.id AND v.code_id IS NOT NULL) AS codes_used,
         (SELECT count(*)::int FROM poll_voting_codes c WHERE c.poll_id = p.id) AS codes_generated,
         (SELECT coalesce(max(c.batch), 0)::int FROM poll_voting_codes c WHERE c.poll_id = p.id) AS code_batches
    FROM polls p`;

/** The hash is the cache buster of the image URL: a replaced image gets a new URL. */
const OPTION_SELECT = `
  SELECT o.id, o.poll_id, o.position, o.label, o.description, o.image_alt,
         CASE WHEN o.image IS NULL THEN NULL ELSE substr(encode(sha256(o.image), 'hex'), 1, 8) END AS image_hash
    FROM poll_options o`;


function toOption(row: OptionRow): ManagedPollOption {
  return {
    id: row.id,
    position: row.position,
    label: translationList(row.label),
    description: translationList(row.description),
    imageAlt: translationList(row.image_alt),
    imageUrl: row.image_hash ? optionImageUrl(row.poll_id, row.id, row.image_hash) : null,
  };
}

function toView(row: PollRow, options: OptionRow[]): ManagedPollView {
  return {
    id: row.id,
    version: row.version,
    processId: row.process_id,
    phaseId: row.phase_id,
    slug: row.slug,
    question: translationList(row.question),
    description: translationList(row.description),
    method: row.method as PollMethod,
    maxChoices: row.max_choices,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    status: row.status,
    acceptsAccounts: row.accepts_accounts,
    acceptsCodes: row.accepts_codes,
    allowVoteChange: row.allow_vote_change,
    municipality: row.municipality,
    options: options.map(toOption),
    turnout: row.turnout,
    codes: { generated: row.codes_generated, used: row.codes_used, batches: row.code_batches },
  };
}

function pgError(error: unknown): { code?: string; constraint?: string } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return null;
  const { code, constraint } = driverError as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    constraint: typeof constraint === 'string' ? constraint : undefined,
  };
}

/** Database refusals the input can cause (a concurrent save took the slug), as field errors. */
function translateDbError(error: unknown): never {
  if (pgError(error)?.constraint === 'polls_slug_unique') throw badInput({ slug: ['TAKEN'] });
  throw error;
}

/** Checks that need no database: times, maxChoices, who may vote, option ids listed once. */
export function validatePollDocument(input: PollInput): FieldErrors {
  const problems: FieldErrors = {};
  if (!(input.closesAt.getTime() > input.opensAt.getTime())) problems['closesAt'] = ['BEFORE_OPENING'];
  if (input.method === PollMethod.MULTIPLE) {
    const max = input.maxChoices;
    if (max == null || !Number.isInteger(max) || max < 1 || max > input.options.length)
      problems['maxChoices'] = ['OUT_OF_RANGE'];
  }
  if (!input.acceptsAccounts && !input.acceptsCodes) problems['acceptsCodes'] = ['NOBODY_MAY_VOTE'];
  const seen = new Set<string>();
  input.options.forEach((option, index) => {
    if (!option.id) return;
    const id = option.id.toLowerCase();
    if (seen.has(id)) problems[`options.${index}.id`] = ['DUPLICATE'];
    seen.add(id);
  });
  return problems;
}

/** What the audit log keeps of a poll: enough to see what changed, never images or votes. */
function auditSummary(input: PollInput) {
  return {
    slug: input.slug,
    processId: input.processId,
    phaseId: input.phaseId ?? null,
    question: toTranslatedText(input.question),
    method: input.method,
    maxChoices: input.method === PollMethod.MULTIPLE ? (input.maxChoices ?? null) : null,
    opensAt: input.opensAt.toISOString(),
    closesAt: input.closesAt.toISOString(),
    acceptsAccounts: input.acceptsAccounts,
    acceptsCodes: input.acceptsCodes,
    allowVoteChange: input.allowVoteChange,
    municipality: input.municipality ?? null,
    options: input.options.map((option) => ({
      id: option.id ?? null,
      label: toTranslatedText(option.label)['de'] ?? '',
    })),
  };
}

function viewSummary(view: ManagedPollView) {
  const de = (list: { locale: string; text: string }[]) =>
    list.find((entry) => entry.locale === 'de')?.text ?? '';
  return {
    slug: view.slug,
    processId: view.processId,
    phaseId: view.phaseId,
    question: Object.fromEntries(view.question.map((entry) => [entry.locale, entry.text])),
    method: view.method,
    maxChoices: view.maxChoices,
    opensAt: view.opensAt.toISOString(),
    closesAt: view.closesAt.toISOString(),
    acceptsAccounts: view.acceptsAccounts,
    acceptsCodes: view.acceptsCodes,
    allowVoteChange: view.allowVoteChange,
    municipality: view.municipality,
    options: view.options.map((option) => ({ id: option.id, label: de(option.label) })),
  };
}

const IMAGE_SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) =>
    b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
};

/** The type the bytes say they are (magic bytes), whatever the client claimed. */
export function sniffImageType(bytes: Buffer): string | null {
  return Object.keys(IMAGE_SIGNATURES).find((type) => IMAGE_SIGNATURES[type](bytes)) ?? null;
}

/** Strict base64: Buffer.from would silently skip foreign characters. */
function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  return Buffer.from(compact, 'base64');
}

/**
 * The project group's poll management. A draft is saved as a whole document under an optimistic
 * version; option ids stay stable (ballots reference them). Once published a poll is locked: only
 * closing early and voting codes remain. Every change is written to the audit log in the same
 * transaction.
 */
@Injectable()
export class PollAdminService {
  private readonly logger = new Logger('PollAdminService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(POLL_COUNT_QUEUE) private readonly queue: PollCountQueue,
  ) {}

  async list(): Promise<ManagedPollView[]> {
    const rows: PollRow[] = await this.dataSource.query(
      `${POLL_SELECT} ORDER BY p.created_at DESC, p.id LIMIT ${MANAGED_POLLS_LIMIT}`,
    );
    return this.views(this.dataSource.manager, rows);
  }

  async get(id: string): Promise<ManagedPollView | null> {
    if (!UUID.test(id)) return null;
    return this.load(this.dataSource.manager, id);
  }

  async save(input: PollInput, viewer: User): Promise<ManagedPollView> {
    const problems = validatePollDocument(input);
    if (Object.keys(problems).length) throw badInput(problems);
    const maxChoices = input.method === PollMethod.MULTIPLE ? (input.maxChoices ?? null) : null;
    const fields = [
      input.processId,
      input.phaseId ?? null,
      input.slug,
      JSON.stringify(toTranslatedText(input.question)),
      JSON.stringify(toTranslatedText(input.description)),
      input.method,
      maxChoices,
      input.opensAt,
      input.closesAt,
      input.acceptsAccounts,
      input.acceptsCodes,
      input.allowVoteChange,
      input.municipality ?? null,
    ];

    return this.dataSource.transaction(async (manager) => {
      let id: string;
      let before: ManagedPollView | null = null;
      if (input.id) {
        if (!UUID.test(input.id)) throw notFound();
        const lockedRows: { status: string; version: number }[] = await manager.query(
          `SELECT status, version FROM polls WHERE id = $1 FOR UPDATE`,
          [input.id],
        );
        if (!lockedRows[0]) throw notFound();
        if (lockedRows[0].status !== 'draft') throw locked();
        if (input.version == null || lockedRows[0].version !== input.version)
          throw new DomainError(
            'CONFLICT',
            'The poll was changed by someone else meanwhile; reload it and apply your changes again',
          );
        before = await this.load(manager, input.id);
        id = input.id;
      } else {
        id = '';
      }
      await this.checkReferences(manager, input, before);

      try {
        if (before) {
          await manager.query(
            `UPDATE polls SET process_id = $2, phase_id = $3, slug = $4, question = $5::jsonb, description = $6::jsonb, method = $7,
                    max_choices = $8, opens_at = $9, closes_at = $10, accepts_accounts = $11, accepts_codes = $12,
                    allow_vote_change = $13, municipality = $14, version = version + 1, updated_at = now()
              WHERE id = $1`,
            [id, ...fields],
          );
        } else {
          const inserted: { id: string }[] = await manager.query(
            `INSERT INTO polls (process_id, phase_id, slug, question, description, method, max_choices, opens_at, closes_at,
                                accepts_accounts, accepts_codes, allow_vote_change, municipality, created_by_id)
             VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
            [...fields, viewer.id],
          );
          id = inserted[0].id;
        }
      } catch (error) {
        translateDbError(error);
      }
      await this.writeOptions(manager, id, input);
      await this.audit.record(manager, {
        actor: viewer,
        action: before ? 'poll.update' : 'poll.create',
        targetType: 'poll',
        targetId: id,
        targetLabel: toTranslatedText(input.question)['de'] ?? input.slug,
        processId: input.processId,
        before: before ? viewSummary(before) : undefined,
        after: auditSummary(input),
      });
      return this.reload(manager, id);
    });
  }

  async setImage(input: PollOptionImageInput, viewer: User): Promise<ManagedPollOption> {
    const problems: FieldErrors = {};
    let bytes: Buffer | null = null;
    if (input.base64.trim() !== '') {
      bytes = decodeBase64(input.base64);
      if (!bytes || bytes.length === 0) problems['base64'] = ['NOT_BASE64'];
      else if (bytes.length > OPTION_IMAGE_MAX_BYTES) problems['base64'] = ['TOO_LARGE'];
      else {
        const sniffed = sniffImageType(bytes);
        if (!sniffed) problems['base64'] = ['NOT_AN_IMAGE'];
        else if (sniffed !== input.contentType) problems['contentType'] = ['TYPE_MISMATCH'];
      }
    }
    if (Object.keys(problems).length) throw badInput(problems);

    return this.dataSource.transaction(async (manager) => {
      const rows: { poll_id: string; status: string; process_id: string; slug: string; has_alt: boolean }[] =
        await manager.query(
          `SELECT p.id AS poll_id, p.status, p.process_id, p.slug, o.image_alt ? 'de' AS has_alt
           FROM poll_options o JOIN polls p ON p.id = o.poll_id
          WHERE o.id = $1 FOR UPDATE OF p, o`,
          [input.optionId],
        );
      const row = rows[0];
      if (!row) throw new DomainError('NOT_FOUND', 'No such option');
      if (row.status !== 'draft') throw locked();
      if (bytes && !row.has_alt) throw badInput({ imageAlt: ['germanRequired'] });
      await manager.query(`UPDATE poll_options SET image = $2, image_content_type = $3 WHERE id = $1`, [
        input.optionId,
        bytes,
        bytes ? input.contentType : null,
      ]);
      // No version bump: the editor's document stays current; the image is not part of it.
      await manager.query(`UPDATE polls SET updated_at = now() WHERE id = $1`, [row.poll_id]);
      await this.audit.record(manager, {
        actor: viewer,
        action: bytes ? 'poll.image_set' : 'poll.image_remove',
        targetType: 'poll',
        targetId: row.poll_id,
        targetLabel: row.slug,
        processId: row.process_id,
        after: {
          optionId: input.optionId,
          contentType: bytes ? input.contentType : null,
          bytes: bytes?.length ?? 0,
        },
      });
      const [option]: OptionRow[] = await manager.query(`${OPTION_SELECT} WHERE o.id = $1`, [input.optionId]);
      return toOption(option);
    });
  }

  async delete(id: string, viewer: User): Promise<boolean> {
    if (!UUID.test(id)) throw notFound();
    return this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, id, true);
      if (!before) throw notFound();
      if (before.status !== PollStatus.DRAFT) throw locked();
      await manager.query(`DELETE FROM polls WHERE id = $1`, [id]);
      await this.audit.record(manager, {
        actor: viewer,
        action: 'poll.delete',
        targetType: 'poll',
        targetId: id,
        targetLabel: before.question.find((entry) => entry.locale === 'de')?.text ?? before.slug,
        processId: before.processId,
        before: viewSummary(before),
      });
      return true;
    });
  }

  async publish(id: string, viewer: User): Promise<ManagedPollView> {
    if (!UUID.test(id)) throw notFound();
    const view = await this.dataSource.transaction(async (manager) => {
      const rows: { status: string; future: boolean; options: number; process_id: string; slug: string }[] =
        await manager.query(
          `SELECT p.status, p.closes_at > now() AS future, p.process_id, p.slug,
                (SELECT count(*)::int FROM poll_options o WHERE o.poll_id = p.id) AS options
           FROM polls p WHERE p.id = $1 FOR UPDATE`,
          [id],
        );
      const poll = rows[0];
      if (!poll) throw notFound();
      if (poll.status !== 'draft') throw locked();
      const problems: FieldErrors = {};
      if (poll.options < 2) problems['options'] = ['TOO_FEW'];
      if (!poll.future) problems['closesAt'] = ['IN_PAST'];
      if (Object.keys(problems).length) throw badInput(problems);
      await manager.query(
        `UPDATE polls SET status = 'published', published_at = now(), updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'poll.publish',
        targetType: 'poll',
        targetId: id,
        targetLabel: poll.slug,
        processId: poll.process_id,
      });
      return this.reload(manager, id);
    });
    await schedulePollCount(this.queue, id, view.closesAt, this.logger);
    return view;
  }

  async closeNow(id: string, viewer: User): Promise<ManagedPollView> {
    if (!UUID.test(id)) throw notFound();
    const view = await this.dataSource.transaction(async (manager) => {
      // FOR UPDATE waits for votes in flight (they hold FOR KEY SHARE).
      const rows: { open: boolean; closes_at: Date; process_id: string; slug: string }[] =
        await manager.query(
          `SELECT (${POLL_STATUS_SQL}) = 'OPEN' AS open, p.closes_at, p.process_id, p.slug FROM polls p WHERE p.id = $1 FOR UPDATE`,
          [id],
        );
      const poll = rows[0];
      if (!poll) throw notFound();
      if (!poll.open) throw new DomainError('POLL_NOT_OPEN', 'Only an open poll can be closed early');
      // Never at or before the opening (a check constraint), even when both fall in the same instant.
      await manager.query(
        `UPDATE polls SET closes_at = greatest(date_trunc('milliseconds', now()), opens_at + interval '1 millisecond'), updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'poll.close',
        targetType: 'poll',
        targetId: id,
        targetLabel: poll.slug,
        processId: poll.process_id,
        before: { closesAt: poll.closes_at.toISOString() },
      });
      return this.reload(manager, id);
    });
    await schedulePollCount(this.queue, id, view.closesAt, this.logger);
    return view;
  }

  async generateCodes(pollId: string, count: number, viewer: User): Promise<GeneratedVotingCodes> {
    if (!UUID.test(pollId)) throw notFound();
    if (!Number.isInteger(count) || count < 1 || count > VOTING_CODES_PER_BATCH_MAX)
      throw badInput({ count: ['OUT_OF_RANGE'] });
    return this.dataSource.transaction(async (manager) => {
      // The lock serialises batches, so max + 1 is unique.
      const rows: { status: PollStatus; accepts_codes: boolean; process_id: string; slug: string }[] =
        await manager.query(
          `SELECT ${POLL_STATUS_SQL} AS status, p.accepts_codes, p.process_id, p.slug FROM polls p WHERE p.id = $1 FOR UPDATE`,
          [pollId],
        );
      const poll = rows[0];
      if (!poll) throw notFound();
      if (poll.status === PollStatus.COUNTING || poll.status === PollStatus.CLOSED)
        throw new DomainError('POLL_LOCKED', 'The poll is closed; no more voting codes');
      if (!poll.accepts_codes) throw badInput({ acceptsCodes: ['CODES_DISABLED'] });
      const [{ batch }]: { batch: number }[] = await manager.query(
        `SELECT coalesce(max(batch), 0)::int + 1 AS batch FROM poll_voting_codes WHERE poll_id = $1`,
        [pollId],
      );
      const codes = Array.from({ length: count }, () => newPaperCode());
      const hashes = codes.map((code) => votingCodeHash(this.config.ballotSecret, normalisePaperCode(code)));
      await manager.query(
        `INSERT INTO poll_voting_codes (poll_id, code_hash, batch) SELECT $1, h, $3 FROM unnest($2::text[]) AS h`,
        [pollId, hashes, batch],
      );
      await this.audit.record(manager, {
        actor: viewer,
        action: 'poll.codes',
        targetType: 'poll',
        targetId: pollId,
        targetLabel: poll.slug,
        processId: poll.process_id,
        after: { batch, count },
      });
      return { batch, codes };
    });
  }

  /** Process and phase exist and match; option ids belong to this poll; images keep a German alt text. */
  private async checkReferences(
    manager: EntityManager,
    input: PollInput,
    before: ManagedPollView | null,
  ): Promise<void> {
    const problems: FieldErrors = {};
    const [refs]: { process: boolean; phase: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM processes WHERE id = $1) AS process,
              ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM phases WHERE id = $2 AND process_id = $1)) AS phase`,
      [input.processId, input.phaseId ?? null],
    );
    if (!refs.process) problems['processId'] = ['NOT_FOUND'];
    else if (!refs.phase) problems['phaseId'] = ['NOT_IN_PROCESS'];
    const existing = new Map((before?.options ?? []).map((option) => [option.id.toLowerCase(), option]));
    input.options.forEach((option, index) => {
      if (!option.id) return;
      const current = existing.get(option.id.toLowerCase());
      if (!current) problems[`options.${index}.id`] = ['UNKNOWN'];
      else if (current.imageUrl && !toTranslatedText(option.imageAlt)['de'])
        problems[`options.${index}.imageAlt`] = ['germanRequired'];
    });
    const taken: unknown[] = await manager.query(
      `SELECT 1 FROM polls WHERE slug = $1 AND ($2::uuid IS NULL OR id <> $2)`,
      [input.slug, before?.id ?? null],
    );
    if (taken.length) problems['slug'] = ['TAKEN'];
    if (Object.keys(problems).length) throw badInput(problems);
  }

  /**
   * Removed options go, kept ones are updated in place, new ones inserted; positions 1..n in input
   * order (the unique position constraint is deferred to the commit, so swaps are fine).
   */
  private async writeOptions(manager: EntityManager, pollId: string, input: PollInput): Promise<void> {
    const keptIds = input.options.filter((option) => option.id).map((option) => option.id as string);
    await manager.query(`DELETE FROM poll_options WHERE poll_id = $1 AND NOT (id = ANY($2::uuid[]))`, [
      pollId,
      keptIds,
    ]);
    const kept = input.options
      .map((option, index) => ({ option, position: index + 1 }))
      .filter(({ option }) => option.id);
    const added = input.options
      .map((option, index) => ({ option, position: index + 1 }))
      .filter(({ option }) => !option.id);
    const columns = (list: typeof kept) => [
      list.map(({ position }) => position),
      list.map(({ option }) => JSON.stringify(toTranslatedText(option.label))),
      list.map(({ option }) => JSON.stringify(toTranslatedText(option.description))),
      list.map(({ option }) => JSON.stringify(toTranslatedText(option.imageAlt))),
    ];
    if (kept.length)
      await manager.query(
        `UPDATE poll_options o
            SET position = u.position, label = u.label::jsonb, description = u.description::jsonb, image_alt = u.image_alt::jsonb
           FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[]) AS u(id, position, label, description, image_alt)
          WHERE o.id = u.id AND o.poll_id = $1`,
        [pollId, kept.map(({ option }) => option.id), ...columns(kept)],
      );
    if (added.length)
      await manager.query(
        `INSERT INTO poll_options (poll_id, position, label, description, image_alt)
         SELECT $1, u.position, u.label::jsonb, u.description::jsonb, u.image_alt::jsonb
           FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS u(position, label, description, image_alt)`,
        [pollId, ...columns(added)],
      );
  }

  private async views(manager: EntityManager, rows: PollRow[]): Promise<ManagedPollView[]> {
    if (!rows.length) return [];
    const options: OptionRow[] = await manager.query(
      `${OPTION_SELECT} WHERE o.poll_id = ANY($1::uuid[]) ORDER BY o.position`,
      [rows.map((row) => row.id)],
    );
    const byPoll = new Map<string, OptionRow[]>();
    for (const option of options) byPoll.set(option.poll_id, [...(byPoll.get(option.poll_id) ?? []), option]);
    return rows.map((row) => toView(row, byPoll.get(row.id) ?? []));
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<ManagedPollView | null> {
    const rows: PollRow[] = await manager.query(
      `${POLL_SELECT} WHERE p.id = $1${forUpdate ? ' FOR UPDATE OF p' : ''}`,
      [id],
    );
    const [view] = await this.views(manager, rows);
    return view ?? null;
  }

  private async reload(manager: EntityManager, id: string): Promise<ManagedPollView> {
    const view = await this.load(manager, id);
    if (!view) throw notFound();
    return view;
  }
}
