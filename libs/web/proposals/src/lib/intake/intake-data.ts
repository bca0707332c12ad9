import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { IntakeCurrentProcessGQL, IntakeGoalsGQL, IntakeProcessGQL } from '@mitreden/web/core';
import type { IntakeGoalsQuery, IntakeProcessFieldsFragment } from '@mitreden/web/core';

export type IntakeProcess = IntakeProcessFieldsFragment;
export type IntakeForum = IntakeProcess['forums'][number];
export type IntakeGoal = IntakeGoalsQuery['proposals']['nodes'][number];

/** The two moderation pages link to each other with the process they are working on. */
export const INTAKE_LINKS = [
  { path: '/moderation/input', key: 'titles.enterProposal' },
  { path: '/moderation/import', key: 'titles.importProposals' },
] as const;

/** What both moderation pages load: the process (named by the link or the current one) and its goals. */
@Injectable({ providedIn: 'root' })
export class IntakeData {
  private readonly processQuery = inject(IntakeProcessGQL);
  private readonly currentQuery = inject(IntakeCurrentProcessGQL);
  private readonly goalsQuery = inject(IntakeGoalsGQL);

  async process(slug: string | undefined): Promise<IntakeProcess | null> {
    if (slug) {
      const result = await firstValueFrom(
        this.processQuery.fetch({ variables: { slug }, fetchPolicy: 'network-only' }),
      );
      return result.data?.process ?? null;
    }
    const result = await firstValueFrom(this.currentQuery.fetch({ fetchPolicy: 'network-only' }));
    return result.data?.currentProcess ?? null;
  }

  /** Every published goal of the process, page by page, ordered by number. */
  async goals(processId: string): Promise<IntakeGoal[]> {
    const goals: IntakeGoal[] = [];
    let after: string | null = null;
    do {
      const result: { data?: IntakeGoalsQuery } = await firstValueFrom(
        this.goalsQuery.fetch({
          variables: { filter: { processId, kind: 'GOAL' }, after },
          fetchPolicy: 'network-only',
        }),
      );
      const page = result.data?.proposals;
      if (!page) break;
      goals.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return goals.sort((a, b) => a.number - b.number);
  }
}

/** Forums in date order, as a moderator sorts their stack of forms. */
export function forumsByDate(forums: readonly IntakeForum[]): IntakeForum[] {
  return [...forums].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
