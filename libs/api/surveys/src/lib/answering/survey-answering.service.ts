import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, DomainError, badInput, forbidden, unauthenticated } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { checkAnswers } from '@mitreden/shared/surveys';
import type { AnswerErrorCode, AnswerMap, AnswerValue } from '@mitreden/shared/surveys';
import {
  accessCodeHash,
  isInvitationToken,
  newAccessCode,
  normaliseAccessCode,
  resumeHash,
  verifyLinkToken,
} from '../access/link-tokens';
import { SurveyAccessKind } from '../graphql/answering.types';
import type { SaveSurveyAnswersInput, SurveyAccessInput, SurveySessionView } from '../graphql/answering.types';
import { isOpen, loadStructure, loadSurveyRows, toSurveyModel, toSurveyView } from '../structure/survey-structure';
import type { SurveyStructure } from '../structure/survey-structure';
import { storedValueTooLarge, toAnswerMap, toAnswerView } from './answer-values';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE_SHAPE = /^[A-Z0-9]{12}$/;
export const ACCESS_CODES_MAX = 1000;
/** First key of the advisory locks that serialise one anonymous respondent's saves. */
const ADVISORY_NAMESPACE = 0x53757276;

/** One error for unknown, forged and misdirected tokens: nothing to enumerate. */
const invalidToken = () => new DomainError('INVALID_TOKEN', 'This link or code is not valid');
const surveyClosed = () => new DomainError('SURVEY_CLOSED', 'This survey is not open');
const surveyCompleted = () => new DomainError('SURVEY_COMPLETED', 'These answers have already been submitted');
const notFound = () => new DomainError('NOT_FOUND', 'No such survey');

const isStaff = (viewer: Pick<User, 'role'> | null): boolean => viewer?.role === 'project_group' || viewer?.role === 'admin';

/** Progress of an invitation or code only moves forward. */
const INVITATION_ORDER = ['pending', 'invited', 'opened', 'partial', 'complete'];
const CODE_ORDER = ['unused', 'started', 'complete'];
const advances = (order: string[], from: string, to: string): boolean => order.indexOf(to) > order.indexOf(from);

/** Who is answering, resolved from the access input. */
interface Respondent {
  kind: SurveyAccessKind;
  structure: SurveyStructure;
  accountId: string | null;
  invitation: { id: string; status: string; organisationName: string; organisationType: string } | null;
  code: { id: string; status: string } | null;
  /** Anonymous responses are found again only by this keyed hash of the link or code. */
  resume: string | null;
}

interface ResponseRow {
  id: string;
  complete: boolean;
  reached_section: number;
}

/**
 * Answering by account (PUBLIC), invitation link (INVITED) or one-time code (ANONYMOUS). Every
 * save replaces the respondent's answers in one transaction that first locks what identifies
 * them (named invitation row, the account's response row, or for anonymous respondents an
 * advisory lock on the resume hash), so parallel requests for one respondent serialise and can
 * never create a second response. The tallies move with the answers
 * (remove the old contribution, add the new) inside the same transaction.
 *
 * Anonymous responses are created without account, invitation or timestamps (the schema refuses
 * them anyway); the link finds its response through `resume_hash` until submission erases it.
 */
@Injectable()
export class SurveyAnsweringService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(access: SurveyAccessInput, locale: Locale, viewer: User | null): Promise<SurveySessionView> {
    const respondent = await this.resolve(this.dataSource.manager, access, viewer);
    const { structure } = respondent;
    if (respondent.kind === SurveyAccessKind.PREVIEW) return this.session(respondent, locale, {}, false, 1);

    const response = await this.findResponse(this.dataSource.manager, respondent, false);
    const complete = this.alreadyComplete(respondent, response);
    if (!complete && !isOpen(structure.survey)) throw surveyClosed();
    if (respondent.invitation && advances(INVITATION_ORDER, respondent.invitation.status, 'opened')) {
      // Only forward: a partial or complete invitation stays so when its link is opened again.
      await this.dataSource.query(
        `UPDATE survey_invitations SET status = 'opened', invited_at = coalesce(invited_at, now())
          WHERE id = $1 AND status IN ('pending', 'invited')`,
        [respondent.invitation.id],
      );
    }
    const answers = response ? await this.loadAnswers(this.dataSource.manager, response.id) : {};
    return this.session(respondent, locale, answers, complete, response?.reached_section ?? 1);
  }

  async save(input: SaveSurveyAnswersInput, locale: Locale, viewer: User | null): Promise<SurveySessionView> {
    const respondent = await this.resolve(this.dataSource.manager, input.access, viewer);
    const { structure } = respondent;
    const model = toSurveyModel(structure);
    const reached = Math.max(1, Math.min(input.reachedSection, structure.sections.length || 1));
    const validate = (): AnswerMap => {
      const { cleaned, errors } = checkAnswers(model, toAnswerMap(input.answers), { submit: input.submit });
      for (const [key, value] of Object.entries(cleaned))
        if (storedValueTooLarge(value)) errors[key] = [...(errors[key] ?? []), 'tooLong' satisfies AnswerErrorCode];
      if (Object.keys(errors).length) throw badInput(errors);
      return cleaned;
    };

    if (respondent.kind === SurveyAccessKind.PREVIEW) return this.session(respondent, locale, validate(), input.submit, reached);

    const write = async (manager: EntityManager) => {
      // Holds off a builder save (FOR UPDATE) until this response exists, so its lock rules see it;
      // a structure changed since it was read is refused rather than half-applied.
      const [current]: { version: number }[] = await manager.query(`SELECT version FROM surveys WHERE id = $1 FOR SHARE`, [
        structure.survey.id,
      ]);
      if (current?.version !== structure.survey.version) throw new DomainError('CONFLICT', 'The survey changed; reload it');
      const existing = await this.lockAndFind(manager, respondent);
      if (this.alreadyComplete(respondent, existing)) throw surveyCompleted();
      if (!isOpen(structure.survey)) throw surveyClosed();
      const cleaned = validate();
      const response = existing ?? (await this.createResponse(manager, respondent));
      await this.writeAnswers(manager, respondent, response, existing !== null, cleaned, input.submit, reached);
      return { cleaned, reachedSection: Math.max(reached, response.reached_section) };
    };
    const done = (result: { cleaned: AnswerMap; reachedSection: number }) =>
      this.session(respondent, locale, result.cleaned, input.submit, result.reachedSection);

    if (!structure.survey.anonymous)
      return this.dataSource.transaction(async (manager) => {
        const result = await write(manager);
        await this.advanceAccess(manager, respondent, input.submit, Object.keys(result.cleaned).length > 0);
        return done(result);
      });
    return done(await this.anonymously(respondent, input.submit, write));
  }

  /**
   * Anonymous saves must leave no trace shared with the invitation or code row. Every row a
   * transaction writes or locks FOR UPDATE carries its transaction id (xmin / xmax), so one
   * transaction touching both would let `r.xmin = i.xmin` join them. The response is therefore
   * written in one transaction and the access status advanced in a second, both under a session
   * advisory lock on the resume hash, which serialises this respondent's requests (the 50-parallel
   * guarantee) and leaves nothing in any row.
   */
  private async anonymously<T extends { cleaned: AnswerMap }>(
    respondent: Respondent,
    submit: boolean,
    write: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock($1, hashtext($2))`, [ADVISORY_NAMESPACE, respondent.resume]);
      try {
        await runner.startTransaction();
        let result: T;
        try {
          result = await write(runner.manager);
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
        await this.advanceAccess(runner.manager, respondent, submit, Object.keys(result.cleaned).length > 0);
        return result;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [ADVISORY_NAMESPACE, respondent.resume]);
      }
    } finally {
      await runner.release();
    }
  }

  async createAccessCodes(surveyId: string, count: number, viewer: User): Promise<string[]> {
    if (!isStaff(viewer)) throw forbidden();
    if (!Number.isInteger(count) || count < 1 || count > ACCESS_CODES_MAX) throw badInput({ count: ['range'] });
    if (!UUID.test(surveyId)) throw notFound();
    const [survey]: { audience: string }[] = await this.dataSource.query(`SELECT audience FROM surveys WHERE id = $1`, [surveyId]);
    if (!survey) throw notFound();
    if (survey.audience !== 'anonymous') throw badInput({ surveyId: ['notAnonymousAudience'] });

    const codes: string[] = [];
    // A collision in 32^12 codes is next to impossible; ON CONFLICT keeps it harmless and the loop refills.
    for (let attempt = 0; codes.length < count && attempt < 5; attempt++) {
      const candidates = new Map<string, string>();
      while (candidates.size < count - codes.length) {
        const code = newAccessCode();
        candidates.set(accessCodeHash(code), code);
      }
      const stored: { code_hash: string }[] = await this.dataSource.query(
        `INSERT INTO survey_access_codes (survey_id, code_hash)
         SELECT $1, hash FROM unnest($2::text[]) AS hash
         ON CONFLICT (code_hash) DO NOTHING RETURNING code_hash`,
        [surveyId, [...candidates.keys()]],
      );
      for (const { code_hash } of stored) codes.push(candidates.get(code_hash) as string);
    }
    return codes;
  }

  /** Who the access input names; INVALID_TOKEN / NOT_FOUND / UNAUTHENTICATED / FORBIDDEN otherwise. */
  private async resolve(manager: EntityManager, access: SurveyAccessInput, viewer: User | null): Promise<Respondent> {
    const token = access.token?.trim();
    if (token && access.slug) throw badInput({ access: ['tokenOrSlug'] });
    if (token) return isInvitationToken(token) ? this.byInvitation(manager, token) : this.byCode(manager, token);
    if (!access.slug) throw badInput({ access: ['tokenOrSlug'] });

    if (!viewer) throw unauthenticated();
    if (access.preview && !isStaff(viewer)) throw forbidden();
    const [survey] = await loadSurveyRows(manager, 's.slug = $1', [access.slug], undefined, { counts: false });
    if (!survey) throw notFound();
    const base = { accountId: null, invitation: null, code: null, resume: null };
    if (access.preview) return { ...base, kind: SurveyAccessKind.PREVIEW, structure: await loadStructure(manager, survey) };
    if (survey.audience !== 'public' || survey.status === 'draft') throw notFound();
    return { ...base, kind: SurveyAccessKind.ACCOUNT, accountId: viewer.id, structure: await loadStructure(manager, survey) };
  }

  private async byInvitation(manager: EntityManager, token: string): Promise<Respondent> {
    const id = verifyLinkToken(this.config.sessionSecret, 'invitation', token);
    if (!id) throw invalidToken();
    const [row]: { survey_id: string; status: string; name: string; type: string }[] = await manager.query(
      `SELECT i.survey_id, i.status, o.name, o.type
         FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id
        WHERE i.id = $1`,
      [id],
    );
    if (!row) throw invalidToken();
    const [survey] = await loadSurveyRows(manager, 's.id = $1', [row.survey_id], undefined, { counts: false });
    if (!survey || survey.audience !== 'invited') throw invalidToken();
    return {
      kind: SurveyAccessKind.INVITATION,
      structure: await loadStructure(manager, survey),
      accountId: null,
      invitation: { id, status: row.status, organisationName: row.name, organisationType: row.type },
      code: null,
      resume: survey.anonymous ? resumeHash(this.config.sessionSecret, token) : null,
    };
  }

  private async byCode(manager: EntityManager, token: string): Promise<Respondent> {
    const normalised = normaliseAccessCode(token);
    if (!CODE_SHAPE.test(normalised)) throw invalidToken();
    const [row]: { id: string; survey_id: string; status: string }[] = await manager.query(
      `SELECT id, survey_id, status FROM survey_access_codes WHERE code_hash = $1`,
      [accessCodeHash(normalised)],
    );
    if (!row) throw invalidToken();
    const [survey] = await loadSurveyRows(manager, 's.id = $1', [row.survey_id], undefined, { counts: false });
    if (!survey || survey.audience !== 'anonymous') throw invalidToken();
    return {
      kind: SurveyAccessKind.CODE,
      structure: await loadStructure(manager, survey),
      accountId: null,
      invitation: null,
      code: { id: row.id, status: row.status },
      resume: resumeHash(this.config.sessionSecret, normalised),
    };
  }

  /** Completion as the respondent's own records tell it (an anonymous response forgets its link when complete). */
  private alreadyComplete(respondent: Respondent, response: ResponseRow | null): boolean {
    return (
      response?.complete === true || respondent.invitation?.status === 'complete' || respondent.code?.status === 'complete'
    );
  }

  private async findResponse(manager: EntityManager, respondent: Respondent, forUpdate: boolean): Promise<ResponseRow | null> {
    const surveyId = respondent.structure.survey.id;
    const lock = forUpdate ? 'FOR UPDATE' : '';
    const [column, value] = respondent.resume
      ? ['resume_hash', respondent.resume]
      : respondent.invitation
        ? ['invitation_id', respondent.invitation.id]
        : ['account_id', respondent.accountId];
    const [row]: ResponseRow[] = await manager.query(
      `SELECT id, complete, reached_section FROM survey_responses WHERE survey_id = $1 AND ${column} = $2 ${lock}`,
      [surveyId, value],
    );
    return row ?? null;
  }

  /**
   * Takes this respondent's lock and re-reads their state under it. Accounts have no row to lock
   * before their first save, so the response is inserted (ON CONFLICT on the one-per-account
   * index waits for a concurrent inserter) and locked instead; a rollback removes it again.
   */
  /**
   * Takes this respondent's lock and re-reads their state under it. Named invitations lock their
   * row. Anonymous respondents are already serialised by the advisory lock and only read the
   * status (a FOR UPDATE would stamp this transaction's id on the row). Accounts have no row to
   * lock before their first save, so the response is inserted (ON CONFLICT on the one-per-account
   * index waits for a concurrent inserter) and locked instead; a rollback removes it again.
   */
  private async lockAndFind(manager: EntityManager, respondent: Respondent): Promise<ResponseRow | null> {
    const lock = respondent.resume ? '' : 'FOR UPDATE';
    if (respondent.invitation) {
      const [row]: { status: string }[] = await manager.query(`SELECT status FROM survey_invitations WHERE id = $1 ${lock}`, [
        respondent.invitation.id,
      ]);
      if (!row) throw invalidToken();
      respondent.invitation.status = row.status;
    } else if (respondent.code) {
      const [row]: { status: string }[] = await manager.query(`SELECT status FROM survey_access_codes WHERE id = $1`, [
        respondent.code.id,
      ]);
      if (!row) throw invalidToken();
      respondent.code.status = row.status;
    } else {
      await manager.query(
        `INSERT INTO survey_responses (survey_id, anonymous, account_id, started_at)
         VALUES ($1, false, $2, now())
         ON CONFLICT (survey_id, account_id) WHERE account_id IS NOT NULL DO NOTHING`,
        [respondent.structure.survey.id, respondent.accountId],
      );
    }
    return this.findResponse(manager, respondent, true);
  }

  private async createResponse(manager: EntityManager, respondent: Respondent): Promise<ResponseRow> {
    const { survey } = respondent.structure;
    const [row]: ResponseRow[] = survey.anonymous
      ? await manager.query(
          `INSERT INTO survey_responses (survey_id, anonymous, resume_hash) VALUES ($1, true, $2)
           RETURNING id, complete, reached_section`,
          [survey.id, respondent.resume],
        )
      : await manager.query(
          `INSERT INTO survey_responses (survey_id, anonymous, invitation_id, started_at) VALUES ($1, false, $2, now())
           RETURNING id, complete, reached_section`,
          [survey.id, respondent.invitation?.id],
        );
    return row;
  }

  /** Replaces the answers and moves the tallies with them: out under the old state, in under the new. */
  private async writeAnswers(
    manager: EntityManager,
    respondent: Respondent,
    response: ResponseRow,
    existed: boolean,
    answers: AnswerMap,
    submit: boolean,
    reached: number,
  ): Promise<void> {
    const { survey, questions } = respondent.structure;
    const idByKey = new Map(questions.map((question) => [question.key, question.id]));
    const entries = Object.entries(answers).filter(([key]) => idByKey.has(key));
    const segment =
      respondent.invitation && !survey.anonymous
        ? respondent.invitation.organisationType
        : (survey.segment_question_key && answers[survey.segment_question_key]?.choice) || '';

    if (existed) {
      await manager.query(`SELECT survey_apply_response($1, -1)`, [response.id]);
      await manager.query(`DELETE FROM survey_answers WHERE response_id = $1`, [response.id]);
    }
    if (entries.length)
      await manager.query(
        `INSERT INTO survey_answers (survey_id, response_id, question_id, value)
         SELECT $1, $2, question_id, value::jsonb FROM unnest($3::uuid[], $4::text[]) AS t (question_id, value)`,
        [survey.id, response.id, entries.map(([key]) => idByKey.get(key)), entries.map(([, value]) => JSON.stringify(value))],
      );
    // Anonymous rows keep no time at all (CHECK), so a timestamp can never pair them with an invitation's.
    await manager.query(
      `UPDATE survey_responses
          SET segment = $2, complete = $3, reached_section = greatest(reached_section, $4),
              resume_hash = CASE WHEN $3 THEN NULL ELSE resume_hash END,
              updated_at = CASE WHEN anonymous THEN NULL ELSE now() END,
              completed_at = CASE WHEN anonymous OR NOT $3 THEN NULL ELSE now() END
        WHERE id = $1`,
      [response.id, segment.slice(0, 40), submit, reached],
    );
    await manager.query(`SELECT survey_apply_response($1, 1)`, [response.id]);
  }

  /** Invitation opened → partial → complete, code unused → started → complete; never backwards. */
  private async advanceAccess(manager: EntityManager, respondent: Respondent, submit: boolean, answered: boolean): Promise<void> {
    if (respondent.invitation) {
      const next = submit ? 'complete' : answered ? 'partial' : 'opened';
      if (advances(INVITATION_ORDER, respondent.invitation.status, next))
        await manager.query(
          `UPDATE survey_invitations SET status = $2, invited_at = coalesce(invited_at, now()) WHERE id = $1`,
          [respondent.invitation.id, next],
        );
    } else if (respondent.code) {
      const next = submit ? 'complete' : 'started';
      if (advances(CODE_ORDER, respondent.code.status, next))
        await manager.query(`UPDATE survey_access_codes SET status = $2 WHERE id = $1`, [respondent.code.id, next]);
    }
  }

  private async loadAnswers(manager: EntityManager, responseId: string): Promise<AnswerMap> {
    const rows: { key: string; value: AnswerValue }[] = await manager.query(
      `SELECT q.key, a.value FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id WHERE a.response_id = $1`,
      [responseId],
    );
    return Object.fromEntries(rows.map((row) => [row.key, row.value]));
  }

  private session(
    respondent: Respondent,
    locale: Locale,
    answers: AnswerMap,
    complete: boolean,
    reachedSection: number,
  ): SurveySessionView {
    const { structure } = respondent;
    const order = new Map(structure.questions.map((question, index) => [question.key, index]));
    return {
      survey: toSurveyView(structure, locale, { staff: false }),
      accessKind: respondent.kind,
      organisationName: respondent.invitation && !structure.survey.anonymous ? respondent.invitation.organisationName : null,
      answers: Object.entries(answers)
        .filter(([key]) => order.has(key))
        .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .map(([key, value]) => toAnswerView(key, value)),
      complete,
      reachedSection,
    };
  }
}
