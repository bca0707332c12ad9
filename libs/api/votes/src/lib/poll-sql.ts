/** The derived PollStatus, in SQL so one clock (the database's) decides it for every reader and writer. */
export const POLL_STATUS_SQL = `CASE WHEN p.status = 'draft' THEN 'DRAFT'
            WHEN p.status = 'counted' THEN 'CLOSED'
            WHEN now() < p.opens_at THEN 'SCHEDULED'
            WHEN now() < p.closes_at THEN 'OPEN'
            ELSE 'COUNTING' END`;

/** Same-origin image URL; `hash` (of the bytes) changes the URL when the image does, so it can be cached forever. */
export function optionImageUrl(pollId: string, optionId: string, hash: string): string {
  return `/api/polls/${pollId}/options/${optionId}/image?v=${hash}`;
}
