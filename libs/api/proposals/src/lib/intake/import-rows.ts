import { createHash } from 'node:crypto';
import { hasBidiControls, hasForbiddenNameCharacters, LOCALES } from '@mitreden/shared/contracts';
import { ImportField, ImportRowStatus, ProposalKind, ProposalSource } from '../graphql/proposal.types';
import {
  BODY_MAX,
  LANGUAGE_PATTERN,
  PARTICIPANTS_MAX,
  PARTICIPANTS_MIN,
  TITLE_MAX,
} from './intake-rules';
import { columnIndexes, matchKey } from './import-mapping';
import type { ColumnMapping } from './import-mapping';
import type { ParsedSheet } from './spreadsheet';

/** Rule codes of per-row errors; the client translates them (`proposals.intake.rules.*`). */
export type RowRule =
  | 'required'
  | 'tooLong'
  | 'forbiddenCharacters'
  | 'unknownKind'
  | 'unknownActionField'
  | 'unknownForum'
  | 'ambiguousForum'
  | 'unknownGoal'
  | 'ambiguousGoal'
  | 'goalOnlyForMeasures'
  | 'unknownLanguage'
  | 'unknownSource'
  | 'notANumber'
  | 'outOfRange';

export interface RowError {
  field: ImportField;
  code: RowRule;
}

/** What the rows may name: the process's action fields, forums and existing goals. */
export interface ImportContext {
  processId: string;
  actionFields: { id: string; position: number; titles: Record<string, string> }[];
  forums: { id: string; actionFieldId: string; titles: Record<string, string> }[];
  /** Published goals of the process, for measures that serve a goal not in the file. */
  goals: { id: string; number: number; title: string }[];
  defaultForumId: string | null;
  defaultSource: ProposalSource;
  defaultLanguage: string;
}

/** A measure's goal: an existing proposal, or a goal row of the same file (created first). */
export type GoalReference = { proposalId: string } | { rowNumber: number } | null;

export interface PlannedRow {
  rowNumber: number;
  status: ImportRowStatus;
  errors: RowError[];
  title: string;
  body: string;
  kind: ProposalKind | null;
  actionFieldId: string | null;
  forumId: string | null;
  goal: GoalReference;
  language: string;
  source: ProposalSource;
  participantCount: number | null;
  /** Set for rows without errors: identifies the row's content across imports. */
  fingerprint: string | null;
}

const KIND_WORDS: Record<string, ProposalKind> = {
  ziel: ProposalKind.GOAL,
  ziele: ProposalKind.GOAL,
  goal: ProposalKind.GOAL,
  z: ProposalKind.GOAL,
  g: ProposalKind.GOAL,
  massnahme: ProposalKind.MEASURE,
  massnahmen: ProposalKind.MEASURE,
  measure: ProposalKind.MEASURE,
  m: ProposalKind.MEASURE,
};

const SOURCE_WORDS: Record<string, ProposalSource> = {
  forum: ProposalSource.FORUM,
  fachforum: ProposalSource.FORUM,
  veranstaltung: ProposalSource.FORUM,
  papier: ProposalSource.PAPER,
  paper: ProposalSource.PAPER,
  brief: ProposalSource.PAPER,
  letter: ProposalSource.PAPER,
  postkarte: ProposalSource.PAPER,
};

/** Language names as people write them, to the tags proposals store. */
const LANGUAGE_WORDS: Record<string, string> = {
  deutsch: 'de',
  german: 'de',
  englisch: 'en',
  english: 'en',
  arabisch: 'ar',
  arabic: 'ar',
  العربية: 'ar',
  turkisch: 'tr',
  turkish: 'tr',
  turkce: 'tr',
  russisch: 'ru',
  russian: 'ru',
  ukrainisch: 'uk',
  ukrainian: 'uk',
  polnisch: 'pl',
  polish: 'pl',
  persisch: 'fa',
  farsi: 'fa',
  persian: 'fa',
  'leichte sprache': 'de-LS',
};

function parseLanguage(raw: string): string | null {
  const word = LANGUAGE_WORDS[matchKey(raw)];
  if (word) return word;
  const exact = LOCALES.find((locale) => locale.toLowerCase() === raw.toLowerCase());
  if (exact) return exact;
  return LANGUAGE_PATTERN.test(raw.toLowerCase()) ? raw.toLowerCase() : null;
}

/** "3", "HF 3", "3. Bildung …": a position number at the start. */
const POSITION = /^(?:hf\s*)?(\d{1,3})(?:$|[.):\s–-])/i;
/** "#12" or "12": a proposal number. */
const NUMBER = /^#?\s*(\d{1,9})$/;

/** Fingerprint text: case, Unicode form and runs of blanks do not make a row new. */
const fingerprintText = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export function rowFingerprint(row: {
  processId: string;
  kind: ProposalKind;
  actionFieldId: string;
  forumId: string | null;
  title: string;
  body: string;
  source: ProposalSource;
}): string {
  const parts = [
    row.processId,
    row.kind,
    row.actionFieldId,
    row.forumId ?? '',
    fingerprintText(row.title),
    fingerprintText(row.body),
    row.source,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Entities whose title (in any language) has this key. */
function byTitle<T extends { titles: Record<string, string> }>(items: readonly T[], key: string): T[] {
  return items.filter((item) => Object.values(item.titles).some((title) => matchKey(title) === key));
}

/**
 * Reads and checks every row against the mapping and the process: pure, so the preview and the
 * import decide alike. Rows repeating an earlier row of the same file are DUPLICATE; rows already
 * in the database are marked by the caller, which knows the stored fingerprints.
 */
export function planRows(sheet: ParsedSheet, mapping: ColumnMapping, context: ImportContext): PlannedRow[] {
  const indexes = columnIndexes(sheet.columns, mapping);
  const cell = (cells: string[], field: ImportField): string => {
    const index = indexes.get(field);
    return index === undefined || index < 0 ? '' : (cells[index] ?? '').trim();
  };

  const planned = sheet.rows.map((row) => {
    const errors: RowError[] = [];
    const fail = (field: ImportField, code: RowRule) => errors.push({ field, code });

    // A line break inside a title cell is layout; the title is one line.
    const title = cell(row.cells, ImportField.TITLE)
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/ {2,}/g, ' ');
    if (!title) fail(ImportField.TITLE, 'required');
    else if ([...title].length > TITLE_MAX) fail(ImportField.TITLE, 'tooLong');
    else if (hasForbiddenNameCharacters(title)) fail(ImportField.TITLE, 'forbiddenCharacters');

    const body = cell(row.cells, ImportField.BODY);
    if ([...body].length > BODY_MAX) fail(ImportField.BODY, 'tooLong');
    else if (hasBidiControls(body)) fail(ImportField.BODY, 'forbiddenCharacters');

    const kindText = cell(row.cells, ImportField.KIND);
    const kind = kindText ? (KIND_WORDS[matchKey(kindText).replace(/ /g, '')] ?? null) : null;
    if (!kindText) fail(ImportField.KIND, 'required');
    else if (!kind) fail(ImportField.KIND, 'unknownKind');

    const forumText = cell(row.cells, ImportField.FORUM);
    let forumId: string | null = null;
    if (forumText) {
      const matches = byTitle(context.forums, matchKey(forumText));
      if (matches.length === 1) forumId = matches[0].id;
      else fail(ImportField.FORUM, matches.length > 1 ? 'ambiguousForum' : 'unknownForum');
    } else if (context.defaultForumId) forumId = context.defaultForumId;
    else fail(ImportField.FORUM, 'required');

    const fieldText = cell(row.cells, ImportField.ACTION_FIELD);
    let actionFieldId: string | null = null;
    if (fieldText) {
      const titled = byTitle(context.actionFields, matchKey(fieldText));
      const position = POSITION.exec(fieldText);
      const positioned = position
        ? context.actionFields.filter((field) => field.position === Number(position[1]))
        : [];
      const match = titled.length === 1 ? titled[0] : positioned.length === 1 ? positioned[0] : null;
      if (match) actionFieldId = match.id;
      else fail(ImportField.ACTION_FIELD, 'unknownActionField');
    } else if (forumId) {
      // Input from a forum belongs to the forum's action field unless the row says otherwise.
      actionFieldId = context.forums.find((forum) => forum.id === forumId)?.actionFieldId ?? null;
    } else if (!errors.some((error) => error.field === ImportField.FORUM)) {
      fail(ImportField.ACTION_FIELD, 'required');
    }

    const languageText = cell(row.cells, ImportField.LANGUAGE);
    const language = languageText ? parseLanguage(languageText) : context.defaultLanguage;
    if (!language) fail(ImportField.LANGUAGE, 'unknownLanguage');

    const sourceText = cell(row.cells, ImportField.SOURCE);
    const source = sourceText
      ? (SOURCE_WORDS[matchKey(sourceText).replace(/ /g, '')] ?? null)
      : context.defaultSource;
    if (!source) fail(ImportField.SOURCE, 'unknownSource');

    const participantsText = cell(row.cells, ImportField.PARTICIPANT_COUNT);
    let participantCount: number | null = null;
    if (participantsText) {
      if (!/^\d+$/.test(participantsText)) fail(ImportField.PARTICIPANT_COUNT, 'notANumber');
      else {
        participantCount = Number(participantsText);
        if (participantCount < PARTICIPANTS_MIN || participantCount > PARTICIPANTS_MAX)
          fail(ImportField.PARTICIPANT_COUNT, 'outOfRange');
      }
    }

    const plan: PlannedRow = {
      rowNumber: row.rowNumber,
      status: ImportRowStatus.VALID,
      errors,
      title,
      body,
      kind,
      actionFieldId,
      forumId,
      goal: null,
      language: language ?? context.defaultLanguage,
      source: source ?? context.defaultSource,
      participantCount,
      fingerprint: null,
    };
    return { plan, goalText: cell(row.cells, ImportField.GOAL) };
  });

  // Goals are resolved once every row is read: a measure may name a goal further down the file.
  const fileGoals = new Map<string, number[]>();
  for (const { plan } of planned) {
    if (plan.kind !== ProposalKind.GOAL || !plan.title) continue;
    const key = matchKey(plan.title);
    fileGoals.set(key, [...(fileGoals.get(key) ?? []), plan.rowNumber]);
  }
  // Indexed once: a process may hold thousands of goals and a file thousands of measures.
  const goalsByTitle = new Map<string, ImportContext['goals']>();
  const goalsByNumber = new Map<number, ImportContext['goals']>();
  for (const goal of context.goals) {
    const key = matchKey(goal.title);
    goalsByTitle.set(key, [...(goalsByTitle.get(key) ?? []), goal]);
    goalsByNumber.set(goal.number, [goal]);
  }
  for (const { plan, goalText } of planned) {
    if (!goalText) continue;
    if (plan.kind === ProposalKind.GOAL) {
      plan.errors.push({ field: ImportField.GOAL, code: 'goalOnlyForMeasures' });
      continue;
    }
    const key = matchKey(goalText);
    const inFile = fileGoals.get(key);
    if (inFile) {
      // The same goal twice in one file is one goal (the later copy is a duplicate row).
      plan.goal = { rowNumber: inFile[0] };
      continue;
    }
    const number = NUMBER.exec(goalText);
    const existing = (number ? goalsByNumber.get(Number(number[1])) : goalsByTitle.get(key)) ?? [];
    if (existing.length === 1) plan.goal = { proposalId: existing[0].id };
    else
      plan.errors.push({
        field: ImportField.GOAL,
        code: existing.length > 1 ? 'ambiguousGoal' : 'unknownGoal',
      });
  }

  const seen = new Set<string>();
  return planned.map(({ plan }) => {
    if (plan.errors.length > 0 || !plan.kind || !plan.actionFieldId) {
      plan.status = ImportRowStatus.INVALID;
      return plan;
    }
    plan.fingerprint = rowFingerprint({
      processId: context.processId,
      kind: plan.kind,
      actionFieldId: plan.actionFieldId,
      forumId: plan.forumId,
      title: plan.title,
      body: plan.body,
      source: plan.source,
    });
    if (seen.has(plan.fingerprint)) plan.status = ImportRowStatus.DUPLICATE;
    seen.add(plan.fingerprint);
    return plan;
  });
}
