import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { normalisePaperCode } from '@mitreden/shared/votes';
import { PollStatus } from '../graphql/poll.types';
import type { PollReceiptPage, PollResultsView, PollView, PollViewerState } from '../graphql/poll.types';
import { viewerStateFor } from '../voting/eligibility';
import { POLL_RESULT, loadOptions, loadPollRows, toPollView, toResultsView } from './poll-reading';
import type { LoadedPollView, PollResultRow } from './poll-reading';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECEIPTS_MAX = 500;
const notFound = () => new DomainError('NOT_FOUND', 'No such poll');
const seesDrafts = (viewer: User | null): boolean => viewer?.role === 'project_group' || viewer?.role === 'admin';

/**
 * Reads polls for the public. Results and receipts come only from poll_results / poll_ballots,
 * which exist only after the count: there is no code path that counts open ballots.
 */
@Injectable()
export class PollsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Two statements however many polls: polls (with turnout and stored result), then all options. */
  async list(processSlug: string | null, locale: Locale): Promise<PollView[]> {
    const rows = await loadPollRows(this.dataSource.manager, { processSlug: processSlug || null });
    const options = await loadOptions(this.dataSource.manager, rows.map((row) => row.id));
    return rows.map((row) => toPollView(row, options.get(row.id) ?? [], locale));
  }

  async bySlug(slug: string, locale: Locale, viewer: User | null): Promise<PollView | null> {
    const [row] = await loadPollRows(this.dataSource.manager, { slug });
    if (!row || (row.poll_status === PollStatus.DRAFT && !seesDrafts(viewer))) return null;
    const options = await loadOptions(this.dataSource.manager, [row.id]);
    return toPollView(row, options.get(row.id) ?? [], locale);
  }

  /** Polls the account is on the roll of, read once per request however many polls it lists. */
  private readonly votedPerRequest = new WeakMap<object, Promise<Set<string>>>();

  async viewerState(poll: PollView, viewer: User | null, request: object): Promise<PollViewerState> {
    if (!viewer) return viewerStateFor(poll, null, false);
    let voted = this.votedPerRequest.get(request);
    if (!voted) {
      voted = this.dataSource
        .query(`SELECT poll_id FROM poll_voters WHERE account_id = $1`, [viewer.id])
        .then((rows: { poll_id: string }[]) => new Set(rows.map((row) => row.poll_id)));
      this.votedPerRequest.set(request, voted);
    }
    return viewerStateFor(poll, viewer, (await voted).has(poll.id));
  }

  async results(poll: PollView, _locale: Locale): Promise<PollResultsView | null> {
    if (poll.status !== PollStatus.CLOSED) return null;
    let result = (poll as LoadedPollView)[POLL_RESULT];
    if (result === undefined) {
      // A PollView not built by this service: read the stored result, counted polls only.
      const [row]: { voters: number; ballots: number; tally: PollResultRow['tally']; counted_at: Date }[] = await this.dataSource.query(
        `SELECT r.voters, r.ballots, r.tally, r.counted_at FROM poll_results r JOIN polls p ON p.id = r.poll_id
          WHERE r.poll_id = $1 AND p.status = 'counted'`,
        [poll.id],
      );
      result = row ? { voters: row.voters, ballots: row.ballots, tally: row.tally, countedAt: row.counted_at } : null;
    }
    return result ? toResultsView(poll, result) : null;
  }

  async receipts(pollId: string, search: string | null, offset: number, limit: number): Promise<PollReceiptPage> {
    if (!UUID.test(pollId)) throw notFound();
    const [poll]: { status: string }[] = await this.dataSource.query(`SELECT status FROM polls WHERE id = $1`, [pollId]);
    if (!poll || poll.status === 'draft') throw notFound();
    if (poll.status !== 'counted') throw new DomainError('RESULTS_SEALED', 'Receipts are published after the count');
    // Receipts are 12 characters; anything longer cannot match.
    const needle = normalisePaperCode(search ?? '').slice(0, 13);
    const [page]: { total: number; receipts: string[] | null }[] = await this.dataSource.query(
      `WITH matching AS (
         SELECT receipt FROM poll_ballots WHERE poll_id = $1 AND strpos(replace(receipt, '-', ''), $2) > 0
       )
       SELECT (SELECT count(*) FROM matching)::int AS total,
              (SELECT array_agg(receipt ORDER BY receipt COLLATE "C")
                 FROM (SELECT receipt FROM matching ORDER BY receipt COLLATE "C" OFFSET $3 LIMIT $4) shown) AS receipts`,
      [pollId, needle, Math.max(0, Math.floor(offset) || 0), Math.min(RECEIPTS_MAX, Math.max(1, Math.floor(limit) || 1))],
    );
    return { total: page.total, receipts: page.receipts ?? [] };
  }
}
