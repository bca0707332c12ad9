import { Injectable } from '@nestjs/common';
import type { User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import type { PollReceiptPage, PollResultsView, PollView, PollViewerState } from '../graphql/poll.types';

/**
 * Reads polls for the public. Results and receipts come only from poll_results / poll_ballots,
 * which exist only after the count: there is no code path that counts open ballots.
 */
@Injectable()
export class PollsService {
  list(_processSlug: string | null, _locale: Locale): Promise<PollView[]> {
    throw new Error('not implemented');
  }

  bySlug(_slug: string, _locale: Locale, _viewer: User | null): Promise<PollView | null> {
    throw new Error('not implemented');
  }

  viewerState(_poll: PollView, _viewer: User | null): Promise<PollViewerState> {
    throw new Error('not implemented');
  }

  results(_poll: PollView, _locale: Locale): Promise<PollResultsView | null> {
    throw new Error('not implemented');
  }

  receipts(_pollId: string, _search: string | null, _offset: number, _limit: number): Promise<PollReceiptPage> {
    throw new Error('not implemented');
  }
}
