import type { DataSource } from 'typeorm';
import { sealBallot, sealKey } from '@mitreden/api/votes';
import { newPaperCode } from '@mitreden/shared/votes';
import type { PollMethodName } from '@mitreden/shared/votes';

export interface PollSpec {
  processId: string;
  slug: string;
  method?: PollMethodName;
  maxChoices?: number | null;
  /** 'counted' only with closes in the past; use countPoll for a real count instead where possible. */
  status?: 'draft' | 'published' | 'counted';
  /** Offsets from now in hours. */
  opensIn?: number;
  closesIn?: number;
  phaseId?: string | null;
  question?: Record<string, string>;
  /** Option labels (German, English gets " (en)"). */
  options?: string[];
  acceptsCodes?: boolean;
}

export interface SeededPoll {
  id: string;
  /** Ballot-paper order. */
  optionIds: string[];
}

/** Inserts a poll with options directly (no service), for reading tests. */
export async function insertPoll(db: DataSource, spec: PollSpec): Promise<SeededPoll> {
  const status = spec.status ?? 'published';
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO polls (process_id, phase_id, slug, question, method, max_choices, opens_at, closes_at, status, published_at, counted_at,
                        accepts_accounts, accepts_codes)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7), now() + make_interval(hours => $8), $9,
             CASE WHEN $9 <> 'draft' THEN now() END, CASE WHEN $9 = 'counted' THEN now() END, true, $10)
     RETURNING id`,
    [
      spec.processId,
      spec.phaseId ?? null,
      spec.slug,
      spec.question ?? { de: `Frage ${spec.slug}?`, en: `Question ${spec.slug}?` },
      spec.method ?? 'single',
      spec.method === 'multiple' ? (spec.maxChoices ?? 2) : null,
      spec.opensIn ?? -1,
      spec.closesIn ?? 24,
      status,
      spec.acceptsCodes ?? false,
    ],
  );
  const labels = spec.options ?? ['A', 'B', 'C'];
  const rows: { id: string; position: number }[] = await db.query(
    `INSERT INTO poll_options (poll_id, position, label)
     SELECT $1, t.position, jsonb_build_object('de', t.label, 'en', t.label || ' (en)') FROM unnest($2::int[], $3::text[]) AS t (position, label)
     RETURNING id, position`,
    [id, labels.map((_, index) => index + 1), labels],
  );
  return { id, optionIds: rows.sort((a, b) => a.position - b.position).map((row) => row.id) };
}

/** Confirmed resident accounts. */
export async function insertAccounts(db: DataSource, prefix: string, count: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
     SELECT $1 || '-' || i || '@example.org', 'Wählerin ' || i, 'not-a-hash', 'resident', now(), now()
       FROM generate_series(1, $2) i
     RETURNING id`,
    [prefix, count],
  );
  return rows.map((row) => row.id);
}

/** A vote as the voting service stores it: a roll row and a sealed ballot. Returns the receipt. */
export async function insertSealedVote(db: DataSource, secret: string, pollId: string, accountId: string, choices: string[]): Promise<string> {
  const receipt = newPaperCode();
  await db.query(`INSERT INTO poll_voters (poll_id, account_id) VALUES ($1, $2)`, [pollId, accountId]);
  await db.query(`INSERT INTO poll_sealed_ballots (seal_key, poll_id, sealed) VALUES ($1, $2, $3)`, [
    sealKey(secret, pollId, { accountId }),
    pollId,
    sealBallot(secret, pollId, { choices, receipt }),
  ]);
  return receipt;
}
