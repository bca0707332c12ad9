import type { DataSource } from 'typeorm';
import { OutboxService } from '@mitreden/api/mail';
import type { AssessmentsDuePayload } from '@mitreden/api/mail';
import { DUE_SOON_DAYS, cityToday } from '@mitreden/shared/contracts';

export interface ReminderRunOptions {
  /** The day the digest is for (YYYY-MM-DD, city time); defaults to today in Europe/Berlin. */
  today?: string;
  /** Origin for the link in the mail (PUBLIC_URL). */
  publicUrl: string;
}

interface DueRow {
  user_id: string;
  email: string;
  display_name: string;
  locale: string;
  department: string;
  number: number;
  title: string;
  due_on: string;
  overdue: boolean;
}

/**
 * One `assessments_due` digest per unblocked department expert with assessments of their
 * department that are not submitted and due within three days or overdue. The primary key of
 * assessment_reminders (user, day) is claimed in the same statement, so a second run on the same
 * day (even a concurrent one, which waits for the first to commit) sends nothing more.
 * Returns the committed outbox ids, for the caller to hand to the mail queue.
 */
export async function sendAssessmentReminders(
  dataSource: DataSource,
  options: ReminderRunOptions,
): Promise<string[]> {
  const today = options.today ?? cityToday();
  const outbox = new OutboxService();
  const link = new URL('assessments', `${options.publicUrl}/`).toString();
  return dataSource.transaction(async (manager) => {
    const rows: DueRow[] = await manager.query(
      `WITH due AS (
         SELECT u.id AS user_id, u.email, u.display_name, u.locale, u.department,
                p.number, p.title, a.due_on, a.due_on < $1::date AS overdue
           FROM users u
           JOIN assessments a ON a.department = u.department
           JOIN proposals p ON p.id = a.proposal_id
          WHERE u.role = 'department_expert' AND u.blocked_at IS NULL
            AND a.status <> 'submitted' AND a.due_on <= $1::date + ${DUE_SOON_DAYS}
       ),
       claimed AS (
         INSERT INTO assessment_reminders (user_id, sent_on, assessment_count)
         SELECT user_id, $1::date, count(*) FROM due GROUP BY user_id
         ON CONFLICT (user_id, sent_on) DO NOTHING
         RETURNING user_id
       )
       SELECT due.user_id, due.email, due.display_name, due.locale, due.department, due.number, due.title,
              to_char(due.due_on, 'YYYY-MM-DD') AS due_on, due.overdue
         FROM due JOIN claimed USING (user_id)
        ORDER BY due.user_id, due.due_on, due.number`,
      [today],
    );
    const byExpert = new Map<string, DueRow[]>();
    for (const row of rows) byExpert.set(row.user_id, [...(byExpert.get(row.user_id) ?? []), row]);
    const ids: string[] = [];
    for (const items of byExpert.values()) {
      const expert = items[0];
      const payload: AssessmentsDuePayload = {
        displayName: expert.display_name,
        department: expert.department,
        items: items.map((item) => ({ number: item.number, title: item.title, dueOn: item.due_on, overdue: item.overdue })),
        link,
      };
      ids.push(
        await outbox.enqueueMail(manager, {
          template: 'assessments_due',
          recipientEmail: expert.email,
          recipientUserId: expert.user_id,
          locale: expert.locale,
          payload,
        }),
      );
    }
    return ids;
  });
}
