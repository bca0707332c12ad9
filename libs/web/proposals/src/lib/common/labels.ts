import type { ProposalCardFragment } from '@mitreden/web/core';

/** Lowercase enum spelling used in translation keys (`proposals.kind.measure`). */
export function enumKey(value: string): string {
  return value.toLowerCase();
}

/** Forum and paper input is entered by a moderator on behalf of the people behind it. */
export function isCollectedInput(proposal: Pick<ProposalCardFragment, 'source'>): boolean {
  return proposal.source === 'FORUM' || proposal.source === 'PAPER';
}

/** Proposal title, body and reason limits, as the API enforces them. */
export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
export const REASON_MAX = 2_000;
