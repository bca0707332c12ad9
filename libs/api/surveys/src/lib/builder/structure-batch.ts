import type { EntityManager } from 'typeorm';
import type { SurveyRow, SurveyStructure } from '../structure/survey-structure';

type Grouped<T> = Map<string, T[]>;

function groupBy<T extends { survey_id: string }>(rows: T[]): Grouped<T> {
  const groups: Grouped<T> = new Map();
  for (const row of rows) {
    const list = groups.get(row.survey_id);
    if (list) list.push(row);
    else groups.set(row.survey_id, [row]);
  }
  return groups;
}

/**
 * The structures of many surveys in three statements (sections, questions, options for all of
 * them), so a list costs the same whether it shows two surveys or two hundred. Row shapes and
 * order match `loadStructure`.
 */
export async function loadStructures(manager: EntityManager, surveys: SurveyRow[]): Promise<SurveyStructure[]> {
  if (surveys.length === 0) return [];
  const ids = surveys.map((survey) => survey.id);
  type Section = SurveyStructure['sections'][number] & { survey_id: string };
  type Question = SurveyStructure['questions'][number] & { survey_id: string };
  type Option = SurveyStructure['options'][number] & { survey_id: string };
  const [sections, questions, options] = await Promise.all([
    manager.query(
      `SELECT survey_id, id, key, position, title, description, condition
         FROM survey_sections WHERE survey_id = ANY($1::uuid[]) ORDER BY survey_id, position`,
      [ids],
    ) as Promise<Section[]>,
    manager.query(
      `SELECT q.survey_id, q.id, q.section_id, q.key, q.position, q.kind, q.required, q.title, q.help, q.min_choices,
              q.max_choices, q.min_value::text AS min_value, q.max_value::text AS max_value, q.min_label, q.max_label, q.condition
         FROM survey_questions q JOIN survey_sections s ON s.id = q.section_id
        WHERE q.survey_id = ANY($1::uuid[]) ORDER BY q.survey_id, s.position, q.position`,
      [ids],
    ) as Promise<Question[]>,
    manager.query(
      `SELECT q.survey_id, o.question_id, o.role, o.key, o.position, o.label, o.is_other
         FROM survey_options o JOIN survey_questions q ON q.id = o.question_id
        WHERE q.survey_id = ANY($1::uuid[]) ORDER BY o.question_id, o.role, o.position`,
      [ids],
    ) as Promise<Option[]>,
  ]);
  const bySurvey = { sections: groupBy(sections), questions: groupBy(questions), options: groupBy(options) };
  return surveys.map((survey) => ({
    survey,
    sections: bySurvey.sections.get(survey.id) ?? [],
    questions: bySurvey.questions.get(survey.id) ?? [],
    options: bySurvey.options.get(survey.id) ?? [],
  }));
}
