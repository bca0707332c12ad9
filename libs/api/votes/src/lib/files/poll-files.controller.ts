import { Catch, Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { DomainError } from '@mitreden/api/core';
import { csvLine, UTF8_BOM } from '@mitreden/api/audit';
import { CurrentUser, Public, User } from '@mitreden/api/identity';
import type { PollTally } from '@mitreden/shared/votes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RESULTS_SEALED: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/** The GraphQL error codes with the matching HTTP status, as JSON `{code, message}`. */
@Catch(DomainError)
export class PollFilesErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('Cache-Control', 'no-store');
    response.status(STATUS[error.code] ?? 500).json({ code: error.code, message: error.message });
  }
}

const notFound = () => new DomainError('NOT_FOUND', 'No such poll');

/** Four decimals, dot separated: spreadsheets in any locale read it as a number with the import dialog. */
const share = (votes: number, ballots: number) => (ballots > 0 ? (votes / ballots).toFixed(4) : '0');

interface CountedPoll {
  id: string;
  slug: string;
  tally: PollTally;
}

function sendCsv(res: Response, fileName: string, body: string): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  // Final once counted, but a short lifetime costs little and survives a recount after a fix.
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(UTF8_BOM + body);
}

/**
 * Plain HTTP downloads: option images (published polls, or any for the project group), and after
 * the count the tally and the receipt list as CSV.
 */
@Controller('api/polls')
@UseFilters(PollFilesErrorFilter)
export class PollFilesController {
  constructor(private readonly dataSource: DataSource) {}

  /** Drafts are invisible to everyone but the project group: 404, not 403, so nothing leaks. */
  @Public()
  @Get(':pollId/options/:optionId/image')
  async optionImage(
    @Param('pollId') pollId: string,
    @Param('optionId') optionId: string,
    @CurrentUser() viewer: User | null,
    @Res() res: Response,
  ): Promise<void> {
    if (!UUID.test(pollId) || !UUID.test(optionId)) throw new DomainError('NOT_FOUND', 'No such image');
    const rows: { status: string; image: Buffer | null; image_content_type: string | null }[] =
      await this.dataSource.query(
        `SELECT p.status, o.image, o.image_content_type
         FROM poll_options o JOIN polls p ON p.id = o.poll_id
        WHERE o.id = $1 AND o.poll_id = $2`,
        [optionId, pollId],
      );
    const row = rows[0];
    const staff = viewer?.role === 'project_group' || viewer?.role === 'admin';
    if (!row || !row.image || !row.image_content_type || (row.status === 'draft' && !staff))
      throw new DomainError('NOT_FOUND', 'No such image');
    res.status(200);
    res.setHeader('Content-Type', row.image_content_type);
    res.setHeader('Content-Length', String(row.image.length));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    // A published poll's images never change (drafts only); the URL carries a content hash anyway.
    res.setHeader(
      'Cache-Control',
      row.status === 'draft' ? 'private, no-store' : 'public, max-age=31536000, immutable',
    );
    res.end(row.image);
  }

  /**
   * Layout: a first block `position,option,votes,share` per option in ballot-paper order (votes:
   * votes, choices, approvals or — ranked — first preferences; share = votes / ballots, 4
   * decimals). Ranked polls add, after one empty line, the instant-runoff rounds:
   * `round,position,option,votes,outcome,tie_break,continuing,exhausted`, one line per option still
   * in the count per round; outcome is `elected`, `eliminated` or empty, tie_break the rule that
   * broke a tie for the eliminated option; continuing/exhausted repeat the round's totals.
   */
  @Public()
  @Get(':slug/tally.csv')
  async tally(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const poll = await this.counted(slug);
    const options: { id: string; position: number; label: string }[] = await this.dataSource.query(
      `SELECT id, position, label->>'de' AS label FROM poll_options WHERE poll_id = $1 ORDER BY position`,
      [poll.id],
    );
    const byId = new Map(options.map((option) => [option.id, option]));
    const votes = new Map(poll.tally.counts.map((count) => [count.optionId, count.votes]));
    let body = csvLine(['position', 'option', 'votes', 'share']);
    for (const option of options) {
      const count = votes.get(option.id) ?? 0;
      body += csvLine([
        String(option.position),
        option.label,
        String(count),
        share(count, poll.tally.ballots),
      ]);
    }
    if (poll.tally.method === 'ranked' && poll.tally.rounds) {
      body +=
        '\r\n' +
        csvLine(['round', 'position', 'option', 'votes', 'outcome', 'tie_break', 'continuing', 'exhausted']);
      for (const round of poll.tally.rounds) {
        for (const count of round.counts) {
          const option = byId.get(count.optionId);
          const outcome =
            round.elected === count.optionId
              ? 'elected'
              : round.eliminated === count.optionId
                ? 'eliminated'
                : '';
          body += csvLine([
            String(round.round),
            option ? String(option.position) : '',
            option?.label ?? count.optionId,
            String(count.votes),
            outcome,
            outcome === 'eliminated' ? (round.tieBreak ?? '') : '',
            String(round.continuing),
            String(round.exhausted),
          ]);
        }
      }
    }
    sendCsv(res, `${poll.slug}-tally.csv`, body);
  }

  /** `receipt` header, then one receipt per line, alphabetical; no choices. */
  @Public()
  @Get(':slug/receipts.csv')
  async receipts(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const poll = await this.counted(slug);
    const rows: { receipt: string }[] = await this.dataSource.query(
      `SELECT receipt FROM poll_ballots WHERE poll_id = $1 ORDER BY receipt COLLATE "C"`,
      [poll.id],
    );
    sendCsv(
      res,
      `${poll.slug}-receipts.csv`,
      csvLine(['receipt']) + rows.map((row) => csvLine([row.receipt])).join(''),
    );
  }

  /** Unknown and draft polls: NOT_FOUND; published but not yet counted: RESULTS_SEALED. */
  private async counted(slug: string): Promise<CountedPoll> {
    if (slug.length > 80) throw notFound();
    const rows: { id: string; slug: string; status: string; tally: PollTally | null }[] =
      await this.dataSource.query(
        `SELECT p.id, p.slug, p.status, r.tally FROM polls p LEFT JOIN poll_results r ON r.poll_id = p.id WHERE p.slug = $1`,
        [slug],
      );
    const poll = rows[0];
    if (!poll || poll.status === 'draft') throw notFound();
    if (poll.status !== 'counted' || !poll.tally)
      throw new DomainError('RESULTS_SEALED', 'The results are sealed until the poll is closed and counted');
    return { id: poll.id, slug: poll.slug, tally: poll.tally };
  }
}
