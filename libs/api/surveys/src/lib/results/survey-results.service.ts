import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, badInput, translate } from '@mitreden/api/core';
import { ExportFormat, ExportsService } from '@mitreden/api/exports';
import type { ExportJobView } from '@mitreden/api/exports';
import type { User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import type {
  MatrixRowResultView,
  OptionCountView,
  QuestionResultView,
  RankResultView,
  RateRowView,
  ResponseRatesView,
  SegmentView,
  SurveyResultsView,
  TextAnswerPageView,
  ValueCountView,
} from '../graphql/results.types';
import { OrganisationType } from '../graphql/invitations.types';
import { SurveyQuestionKind } from '../graphql/survey.types';
import { fromDbEnum, loadStructureById } from '../structure/survey-structure';
import type { SurveyRow, SurveyStructure } from '../structure/survey-structure';
import { ORGANISATION_TYPE_ORDER, ORGANISATION_TYPE_TITLE, organisationTypeLabel } from './organisation-type-labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SURVEY_EXPORT_KIND = 'survey_responses';
export const TEXT_PAGE_MAX = 100;
const SEARCH_MAX = 200;
const SEGMENT_MAX = 40;

const TEXT_KINDS: ReadonlySet<SurveyQuestionKind> = new Set([
  SurveyQuestionKind.SHORT_TEXT,
  SurveyQuestionKind.LONG_TEXT,
  SurveyQuestionKind.DATE,
]);

const notFound = () => new DomainError('NOT_FOUND', 'No such survey');

interface TallyRow {
  question_id: string;
  option_key: string;
  row_key: string;
  num: number | null;
  n: number;
}

interface SegmentCountRow {
  segment: string;
  respondents: number;
  complete: number;
}

/** `a / b`, 0 when nothing to divide by. */
const share = (count: number, of: number): number => (of > 0 ? count / of : 0);

/** LIKE pattern matching `text` literally anywhere (\ % _ escaped; ILIKE's default escape is \). */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Whether the segments are organisation types (invited, named) rather than a self-declared answer. */
const segmentsAreTypes = (survey: SurveyRow): boolean => survey.audience === 'invited' && !survey.anonymous;

function checkSegment(segment: string | null | undefined): string | null {
  // GraphQL leaves an omitted nullable argument undefined.
  if (segment === null || segment === undefined || segment === '') return null;
  if (segment.length > SEGMENT_MAX) throw badInput({ segment: ['tooLong'] });
  return segment;
}

/**
 * Results from the tallies (a few hundred rows whatever the number of responses), response rates
 * from the invitation statuses, and export requests. Every request runs a fixed number of statements.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exports: ExportsService,
  ) {}

  private async structure(surveyId: string): Promise<SurveyStructure> {
    if (!UUID.test(surveyId)) throw notFound();
    const structure = await loadStructureById(this.dataSource.manager, surveyId, { counts: false });
    if (!structure) throw notFound();
    return structure;
  }

  async results(surveyId: string, segmentArg: string | null, completeOnlyArg: boolean, locale: Locale): Promise<SurveyResultsView> {
    const segment = checkSegment(segmentArg);
    const completeOnly = completeOnlyArg === true;
    const structure = await this.structure(surveyId);
    const [tallies, segmentCounts] = await Promise.all([
      this.dataSource.query(
        `SELECT question_id, option_key, row_key, num::float8 AS num, sum(n)::int AS n
           FROM survey_tallies
          WHERE survey_id = $1 AND ($2::text IS NULL OR segment = $2) AND (NOT $3::boolean OR complete)
          GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`,
        [surveyId, segment, completeOnly],
      ) as Promise<TallyRow[]>,
      this.dataSource.query(
        `SELECT segment, count(*)::int AS respondents, count(*) FILTER (WHERE complete)::int AS complete
           FROM survey_responses WHERE survey_id = $1 GROUP BY segment`,
        [surveyId],
      ) as Promise<SegmentCountRow[]>,
    ]);

    const byQuestion = new Map<string, TallyRow[]>();
    for (const row of tallies) {
      const list = byQuestion.get(row.question_id) ?? [];
      list.push(row);
      byQuestion.set(row.question_id, list);
    }
    const inScope = segmentCounts.filter((row) => segment === null || row.segment === segment);
    const complete = inScope.reduce((sum, row) => sum + row.complete, 0);
    const respondents = completeOnly ? complete : inScope.reduce((sum, row) => sum + row.respondents, 0);

    const { segmentTitle, segments } = this.segments(structure, segmentCounts, completeOnly, locale);
    const sectionTitles = new Map(structure.sections.map((section) => [section.id, translate(section.title, locale)]));
    const questions = structure.questions.map((question): QuestionResultView => {
      const rows = byQuestion.get(question.id) ?? [];
      const options = structure.options.filter((option) => option.question_id === question.id);
      const choices = options.filter((option) => option.role === 'choice');
      const answered = rows.find((row) => row.option_key === '' && row.row_key === '' && row.num === null)?.n ?? 0;
      const kind = fromDbEnum<SurveyQuestionKind>(question.kind);
      const count = (optionKey: string, rowKey = '') =>
        rows.find((row) => row.option_key === optionKey && row.row_key === rowKey && row.num === null)?.n ?? 0;
      // Free texts, counted from the tallies too: the answer rules store texts and dates only when
      // non-empty, and an "other" choice only with its text, so answered texts = answered markers
      // and "other" texts = choices of the other option.
      const otherKey = choices.find((option) => option.is_other)?.key;
      const textCount = TEXT_KINDS.has(kind) ? answered : otherKey ? count(otherKey) : 0;
      const result: QuestionResultView = {
        questionKey: question.key,
        kind,
        title: translate(question.title, locale),
        sectionTitle: sectionTitles.get(question.section_id) ?? '',
        answered,
        options: [],
        matrix: [],
        average: null,
        distribution: [],
        ranking: [],
        textCount,
      };
      if (kind === SurveyQuestionKind.SINGLE_CHOICE || kind === SurveyQuestionKind.MULTIPLE_CHOICE) {
        result.options = choices.map((option): OptionCountView => {
          const n = count(option.key);
          return { key: option.key, label: translate(option.label, locale), count: n, share: share(n, answered) };
        });
      } else if (kind === SurveyQuestionKind.MATRIX) {
        result.matrix = options
          .filter((option) => option.role === 'row')
          .map((row): MatrixRowResultView => {
            const cells = choices.map((column) => ({ column, n: count(column.key, row.key) }));
            const rowAnswered = cells.reduce((sum, cell) => sum + cell.n, 0);
            return {
              key: row.key,
              label: translate(row.label, locale),
              answered: rowAnswered,
              cells: cells.map(({ column, n }) => ({
                key: column.key,
                label: translate(column.label, locale),
                count: n,
                share: share(n, rowAnswered),
              })),
            };
          });
      } else if (kind === SurveyQuestionKind.SCALE || kind === SurveyQuestionKind.NUMBER) {
        const values = rows.filter((row) => row.option_key === '' && row.num !== null) as (TallyRow & { num: number })[];
        const total = values.reduce((sum, row) => sum + row.n, 0);
        result.average = total > 0 ? values.reduce((sum, row) => sum + row.num * row.n, 0) / total : null;
        if (kind === SurveyQuestionKind.SCALE && question.min_value !== null && question.max_value !== null) {
          const counts = new Map(values.map((row) => [row.num, row.n]));
          const distribution: ValueCountView[] = [];
          for (let value = Number(question.min_value); value <= Number(question.max_value); value++)
            distribution.push({ value, count: counts.get(value) ?? 0 });
          result.distribution = distribution;
        } else {
          result.distribution = values.map((row) => ({ value: row.num, count: row.n })).sort((a, b) => a.value - b.value);
        }
      } else if (kind === SurveyQuestionKind.RANKING) {
        result.ranking = choices
          .map((option): RankResultView => {
            const ranks = rows.filter((row) => row.option_key === option.key && row.num !== null) as (TallyRow & { num: number })[];
            const total = ranks.reduce((sum, row) => sum + row.n, 0);
            return {
              key: option.key,
              label: translate(option.label, locale),
              averageRank: total > 0 ? ranks.reduce((sum, row) => sum + row.num * row.n, 0) / total : null,
              firstPlaces: ranks.find((row) => row.num === 1)?.n ?? 0,
            };
          })
          .sort((a, b) => (a.averageRank ?? Infinity) - (b.averageRank ?? Infinity));
      }
      return result;
    });
    return { respondents, complete, segmentTitle, segments, questions };
  }

  /** Organisation types (invited, named) or the options of the segment question, with respondent counts. */
  private segments(
    structure: SurveyStructure,
    counts: SegmentCountRow[],
    completeOnly: boolean,
    locale: Locale,
  ): { segmentTitle: string; segments: SegmentView[] } {
    const respondentsOf = (key: string): number => {
      const row = counts.find((count) => count.segment === key);
      return row ? (completeOnly ? row.complete : row.respondents) : 0;
    };
    if (segmentsAreTypes(structure.survey)) {
      return {
        segmentTitle: translate(ORGANISATION_TYPE_TITLE, locale),
        segments: ORGANISATION_TYPE_ORDER.filter((type) => counts.some((count) => count.segment === type)).map((type) => ({
          key: type,
          label: organisationTypeLabel(type, locale),
          respondents: respondentsOf(type),
        })),
      };
    }
    const question = structure.questions.find((q) => q.key === structure.survey.segment_question_key);
    if (!question) return { segmentTitle: '', segments: [] };
    return {
      segmentTitle: translate(question.title, locale),
      segments: structure.options
        .filter((option) => option.question_id === question.id && option.role === 'choice')
        .map((option) => ({ key: option.key, label: translate(option.label, locale), respondents: respondentsOf(option.key) })),
    };
  }

  async textAnswers(
    surveyId: string,
    questionKey: string,
    search: string | null,
    segmentArg: string | null,
    offset: number,
    limit: number,
  ): Promise<TextAnswerPageView> {
    const segment = checkSegment(segmentArg);
    const needle = typeof search === 'string' ? search.trim() : '';
    if (needle.length > SEARCH_MAX) throw badInput({ search: ['tooLong'] });
    if (!Number.isInteger(offset) || offset < 0) throw badInput({ offset: ['belowMinimum'] });
    if (!Number.isInteger(limit) || limit < 1 || limit > TEXT_PAGE_MAX) throw badInput({ limit: ['aboveMaximum'] });
    if (!UUID.test(surveyId)) throw notFound();
    const pattern = needle ? containsPattern(needle) : null;
    // The same expression as the trigram index survey_answers_text_trgm, so searches can use it.
    const from = `
      FROM survey_answers a
      JOIN survey_questions q ON q.id = a.question_id
      JOIN survey_responses r ON r.id = a.response_id
     WHERE a.survey_id = $1 AND q.survey_id = $1 AND q.key = $2
       AND (a.value ? 'text' OR a.value ? 'other' OR a.value ? 'date')
       AND ($3::text IS NULL OR coalesce(a.value->>'text', a.value->>'other', '') ILIKE $3 OR a.value->>'date' ILIKE $3)
       AND ($4::text IS NULL OR r.segment = $4)`;
    const params = [surveyId, questionKey, pattern, segment];
    const [[survey], [{ total }], items] = await Promise.all([
      this.dataSource.query(`SELECT id FROM surveys WHERE id = $1`, [surveyId]) as Promise<{ id: string }[]>,
      this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params) as Promise<{ total: number }[]>,
      // Alphabetical, then by the random response id: stable pages, and no order that could hint at who answered when.
      this.dataSource.query(
        `SELECT coalesce(a.value->>'text', a.value->>'other', a.value->>'date') AS text ${from}
          ORDER BY lower(coalesce(a.value->>'text', a.value->>'other', a.value->>'date')), a.response_id
          OFFSET $5 LIMIT $6`,
        [...params, offset, limit],
      ) as Promise<{ text: string }[]>,
    ]);
    if (!survey) throw notFound();
    return { total, items: items.map((item) => item.text) };
  }

  async responseRates(surveyId: string): Promise<ResponseRatesView> {
    if (!UUID.test(surveyId)) throw notFound();
    const [[survey], invitations, [codes]] = await Promise.all([
      this.dataSource.query(
        `SELECT s.audience,
                (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id) AS started,
                (SELECT count(*)::int FROM survey_responses r WHERE r.survey_id = s.id AND r.complete) AS complete
           FROM surveys s WHERE s.id = $1`,
        [surveyId],
      ) as Promise<{ audience: string; started: number; complete: number }[]>,
      // "Invited" = mailed (pending invitations are not counted); ROLLUP adds the overall row (type NULL).
      this.dataSource.query(
        `SELECT o.type,
                count(*) FILTER (WHERE i.status <> 'pending')::int AS invited,
                count(*) FILTER (WHERE i.status IN ('opened', 'partial', 'complete'))::int AS opened,
                count(*) FILTER (WHERE i.status IN ('partial', 'complete'))::int AS started,
                count(*) FILTER (WHERE i.status = 'complete')::int AS complete
           FROM survey_invitations i JOIN organisations o ON o.id = i.organisation_id
          WHERE i.survey_id = $1
          GROUP BY ROLLUP (o.type)`,
        [surveyId],
      ) as Promise<{ type: string | null; invited: number; opened: number; started: number; complete: number }[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS issued, count(*) FILTER (WHERE status <> 'unused')::int AS started,
                count(*) FILTER (WHERE status = 'complete')::int AS complete
           FROM survey_access_codes WHERE survey_id = $1`,
        [surveyId],
      ) as Promise<{ issued: number; started: number; complete: number }[]>,
    ]);
    if (!survey) throw notFound();
    const rate = (type: string | null, row?: { invited: number; opened: number; started: number; complete: number }): RateRowView => {
      const { invited = 0, opened = 0, started = 0, complete = 0 } = row ?? {};
      return {
        type: type === null ? null : fromDbEnum<OrganisationType>(type),
        invited,
        opened,
        started,
        complete,
        openedShare: share(opened, invited),
        startedShare: share(started, invited),
        completeShare: share(complete, invited),
      };
    };
    const typed = invitations.filter((row) => row.type !== null);
    return {
      overall: rate(null, invitations.find((row) => row.type === null)),
      byType: ORGANISATION_TYPE_ORDER.filter((type) => typed.some((row) => row.type === type)).map((type) =>
        rate(type, typed.find((row) => row.type === type)),
      ),
      codes: survey.audience === 'anonymous' ? codes : null,
      started: survey.started,
      complete: survey.complete,
    };
  }

  async requestExport(surveyId: string, format: ExportFormat, viewer: User): Promise<ExportJobView> {
    if (!UUID.test(surveyId)) throw notFound();
    const [survey] = await this.dataSource.query(`SELECT id FROM surveys WHERE id = $1`, [surveyId]);
    if (!survey) throw notFound();
    return this.exports.request({ kind: SURVEY_EXPORT_KIND, format, params: { surveyId }, requestedBy: viewer });
  }
}
