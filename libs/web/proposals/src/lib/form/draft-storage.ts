import { DOCUMENT, InjectionToken, inject } from '@angular/core';

export interface ProposalDraft {
  kind: 'GOAL' | 'MEASURE';
  goalId: string;
  actionFieldId: string;
  forumId: string;
  title: string;
  body: string;
  language: string;
}

/** Where unfinished drafts live: this tab only, so nothing remains on a shared computer after closing it. */
export const DRAFT_STORAGE = new InjectionToken<Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null>('DRAFT_STORAGE', {
  providedIn: 'root',
  factory: () => {
    try {
      return inject(DOCUMENT).defaultView?.sessionStorage ?? null;
    } catch {
      return null;
    }
  },
});

export function draftKey(processSlug: string): string {
  return `mitreden.proposalDraft.${processSlug}`;
}

/** A stored draft, or null when there is none or it is not one of ours (hand-edited, older format). */
export function parseDraft(raw: string | null): ProposalDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const text = (name: string): string | null => (typeof record[name] === 'string' ? (record[name] as string) : null);
  const kind = text('kind');
  const fields = ['goalId', 'actionFieldId', 'forumId', 'title', 'body', 'language'].map(text);
  if ((kind !== 'GOAL' && kind !== 'MEASURE') || fields.some((field) => field === null)) return null;
  const [goalId, actionFieldId, forumId, title, body, language] = fields as string[];
  return { kind, goalId, actionFieldId, forumId, title, body, language };
}

/** Whether a draft holds anything worth restoring. */
export function isWorthKeeping(draft: ProposalDraft): boolean {
  return draft.title.trim() !== '' || draft.body.trim() !== '';
}
