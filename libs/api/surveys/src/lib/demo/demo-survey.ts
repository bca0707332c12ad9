import type { EntityManager } from 'typeorm';
import { REGION_MUNICIPALITIES } from '@mitreden/shared/contracts';

/**
 * The Region Hannover needs analysis as it ran: 713 organisations of known types invited, 154
 * started (21.6 %), 110 complete (15.4 %). Organisations, invitations, responses and answers are
 * generated deterministically, so every `npm start` shows the same figures.
 */
export const DEMO_SURVEY_SLUG = 'bedarfsanalyse-integration';

type Text = { de: string; en: string; ar?: string };
interface DemoOption {
  key: string;
  label: Text;
  isOther?: boolean;
}
interface DemoQuestion {
  key: string;
  kind: string;
  required?: boolean;
  title: Text;
  help?: Text;
  options?: DemoOption[];
  rows?: DemoOption[];
  minChoices?: number;
  maxChoices?: number;
  minValue?: number;
  maxValue?: number;
  minLabel?: Text;
  maxLabel?: Text;
  condition?: { question: string; operator: string; value: string };
}
interface DemoSection {
  key: string;
  title: Text;
  questions: DemoQuestion[];
}

const o = (key: string, de: string, en: string, isOther = false): DemoOption => ({ key, label: { de, en }, isOther });

const SECTIONS: DemoSection[] = [
  {
    key: 'organisation',
    title: { de: 'Über Ihre Organisation', en: 'About your organisation', ar: 'عن منظمتكم' },
    questions: [
      {
        key: 'role',
        kind: 'single_choice',
        required: true,
        title: { de: 'Wie arbeiten Sie mit Zugewanderten?', en: 'How do you work with immigrants?' },
        options: [o('paid', 'Hauptamtlich', 'As paid staff'), o('volunteer', 'Ehrenamtlich', 'As volunteers'), o('both', 'Beides', 'Both')],
      },
      {
        key: 'reach',
        kind: 'number',
        title: {
          de: 'Wie viele Menschen mit Migrationsgeschichte erreichen Sie ungefähr im Jahr?',
          en: 'Roughly how many people with a migration history do you reach per year?',
        },
        minValue: 0,
        maxValue: 100000,
      },
      {
        key: 'groups',
        kind: 'multiple_choice',
        required: true,
        title: { de: 'Welche Gruppen erreichen Sie vor allem?', en: 'Which groups do you mainly reach?' },
        help: { de: 'Bis zu vier Antworten.', en: 'Up to four answers.' },
        minChoices: 1,
        maxChoices: 4,
        options: [
          o('refugees', 'Geflüchtete', 'Refugees'),
          o('eu', 'Zugewanderte aus der EU', 'Immigrants from the EU'),
          o('families', 'Familien', 'Families'),
          o('youth', 'Jugendliche', 'Young people'),
          o('seniors', 'Ältere Menschen', 'Older people'),
          o('women', 'Frauen', 'Women'),
          o('other', 'Andere', 'Others', true),
        ],
      },
    ],
  },
  {
    key: 'fields',
    title: { de: 'Handlungsfelder', en: 'Action fields', ar: 'مجالات العمل' },
    questions: [
      {
        key: 'importance',
        kind: 'matrix',
        required: true,
        title: { de: 'Wie wichtig sind diese Handlungsfelder für Ihre Arbeit?', en: 'How important are these action fields for your work?' },
        rows: [
          o('participation', 'Partizipation und Teilhabe', 'Participation and inclusion'),
          o('welcome', 'Willkommenskultur', 'Welcoming culture'),
          o('education', 'Bildung und Sprache', 'Education and language'),
          o('work', 'Wirtschaft und Arbeit', 'Economy and employment'),
          o('health', 'Gesundheit und Pflege', 'Health and care'),
          o('network', 'Vernetzung', 'Networking'),
        ],
        options: [
          o('very', 'Sehr wichtig', 'Very important'),
          o('rather', 'Eher wichtig', 'Rather important'),
          o('less', 'Weniger wichtig', 'Less important'),
          o('not', 'Unwichtig', 'Not important'),
        ],
      },
      {
        key: 'priorities',
        kind: 'ranking',
        title: { de: 'Was ist am dringendsten? Bringen Sie die Aufgaben in eine Reihenfolge.', en: 'What is most urgent? Put the tasks in order.' },
        options: [
          o('language', 'Sprachkurse', 'Language courses'),
          o('housing', 'Wohnraum', 'Housing'),
          o('jobs', 'Zugang zum Arbeitsmarkt', 'Access to jobs'),
          o('recognition', 'Anerkennung von Abschlüssen', 'Recognition of qualifications'),
          o('school', 'Kita und Schule', 'Day care and school'),
        ],
      },
    ],
  },
  {
    key: 'cooperation',
    title: { de: 'Zusammenarbeit', en: 'Cooperation', ar: 'التعاون' },
    questions: [
      {
        key: 'satisfaction',
        kind: 'scale',
        required: true,
        title: { de: 'Wie zufrieden sind Sie mit der Zusammenarbeit mit der Region?', en: 'How satisfied are you with the cooperation with the Region?' },
        minValue: 1,
        maxValue: 5,
        minLabel: { de: 'gar nicht zufrieden', en: 'not at all satisfied' },
        maxLabel: { de: 'sehr zufrieden', en: 'very satisfied' },
      },
      {
        key: 'barriers',
        kind: 'single_choice',
        required: true,
        title: { de: 'Gibt es Hindernisse in der Zusammenarbeit mit Behörden?', en: 'Are there obstacles in working with public authorities?' },
        options: [o('yes', 'Ja', 'Yes'), o('no', 'Nein', 'No'), o('unsure', 'Weiß nicht', 'Not sure')],
      },
      {
        key: 'barrier_details',
        kind: 'long_text',
        title: { de: 'Welche Hindernisse erleben Sie?', en: 'Which obstacles do you experience?' },
        condition: { question: 'barriers', operator: 'equals', value: 'yes' },
      },
    ],
  },
  {
    key: 'needs',
    title: { de: 'Bedarfe', en: 'Needs', ar: 'الاحتياجات' },
    questions: [
      {
        key: 'support',
        kind: 'multiple_choice',
        title: { de: 'Was würde Ihre Arbeit am meisten unterstützen?', en: 'What would support your work most?' },
        maxChoices: 3,
        options: [
          o('funding', 'Verlässliche Finanzierung', 'Reliable funding'),
          o('training', 'Fortbildung', 'Training'),
          o('rooms', 'Räume', 'Rooms'),
          o('interpreting', 'Dolmetschung', 'Interpreting'),
          o('networking', 'Vernetzung', 'Networking'),
          o('other', 'Anderes', 'Something else', true),
        ],
      },
      {
        key: 'forum_date',
        kind: 'date',
        title: { de: 'Ab wann könnten Sie an einem Fachforum teilnehmen?', en: 'From when could you take part in a forum?' },
      },
      {
        key: 'message',
        kind: 'long_text',
        title: { de: 'Was möchten Sie der Projektgruppe noch mitgeben?', en: 'Anything else for the project group?' },
      },
    ],
  },
];

/** Types with the Region's counts; "other" fills up to the 713 invited. */
const ORGANISATION_TYPES: { type: string; count: number; names: string[] }[] = [
  { type: 'migrant_organisation', count: 93, names: ['Deutsch-Türkischer Kulturverein', 'Afrikanischer Elternverein', 'Polnische Gemeinschaft', 'Syrisches Haus', 'Ukrainischer Verein'] },
  { type: 'municipal_contact', count: 38, names: ['Integrationsbeauftragte der Stadt', 'Fachdienst Soziales', 'Bürgeramt'] },
  { type: 'education', count: 29, names: ['Volkshochschule', 'Sprachschule', 'Familienzentrum'] },
  { type: 'counselling', count: 35, names: ['Migrationsberatung', 'Jugendmigrationsdienst', 'Flüchtlingsberatung'] },
  { type: 'integration_council', count: 24, names: ['Integrationsbeirat'] },
  { type: 'religious_community', count: 16, names: ['Moscheegemeinde', 'Evangelische Kirchengemeinde', 'Katholische Gemeinde', 'Jüdische Gemeinde'] },
  { type: 'integration_guide', count: 44, names: ['Integrationslotsen'] },
  { type: 'welfare', count: 120, names: ['Diakonisches Werk', 'Caritasverband', 'AWO Ortsverein', 'DRK Ortsverein', 'Paritätischer Treffpunkt'] },
  { type: 'other', count: 314, names: ['Sportverein', 'Nachbarschaftsinitiative', 'Stadtteiltreff', 'Kulturzentrum', 'Jobcenter-Team'] },
];

const MUNICIPALITIES = REGION_MUNICIPALITIES;

/** Deterministic pseudo-random numbers (mulberry32), so the demo figures never change. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STARTED = 154;
const COMPLETE = 110;
const OPENED_ONLY = 71;

/** Seeds the survey once (by slug); later runs leave it, and anything changed in it, alone. */
export async function seedDemoSurvey(manager: EntityManager, processId: string): Promise<{ created: boolean }> {
  const existing: { id: string }[] = await manager.query(`SELECT id FROM surveys WHERE slug = $1`, [DEMO_SURVEY_SLUG]);
  if (existing.length) return { created: false };

  const [survey]: { id: string }[] = await manager.query(
    `INSERT INTO surveys (process_id, slug, title, intro, thanks, audience, anonymous, status, opens_at, closes_at, published_at, created_by_id)
     SELECT $1, $2, $3::jsonb, $4::jsonb, $5::jsonb, 'invited', false, 'published', now() - interval '28 days',
            now() + interval '30 days', now() - interval '28 days', (SELECT id FROM users WHERE email = 'projectgroup@mitreden.test')
     RETURNING id`,
    [
      processId,
      DEMO_SURVEY_SLUG,
      JSON.stringify({
        de: 'Bedarfsanalyse Integration 2026',
        en: 'Integration needs analysis 2026',
        ar: 'تحليل احتياجات الاندماج 2026',
      }),
      JSON.stringify({
        de: 'Die Region Hannover schreibt ihren Integrationsplan fort. Bitte sagen Sie uns, was Ihre Organisation erlebt und braucht. Das Ausfüllen dauert etwa zehn Minuten; Sie können jederzeit speichern und später über denselben Link weitermachen.',
        en: 'The Region Hannover is updating its integration plan. Please tell us what your organisation experiences and needs. It takes about ten minutes; you can save at any time and continue later through the same link.',
      }),
      JSON.stringify({
        de: 'Vielen Dank! Die Ergebnisse fließen in die Fachforen ein.',
        en: 'Thank you! The results will feed into the forums.',
      }),
    ],
  );

  // Structure: sections, questions, options.
  const questionIds = new Map<string, string>();
  for (const [sectionIndex, section] of SECTIONS.entries()) {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO survey_sections (survey_id, key, position, title) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`,
      [survey.id, section.key, sectionIndex + 1, JSON.stringify(section.title)],
    );
    for (const [questionIndex, question] of section.questions.entries()) {
      const [inserted]: { id: string }[] = await manager.query(
        `INSERT INTO survey_questions (survey_id, section_id, key, position, kind, required, title, help, min_choices, max_choices,
                                       min_value, max_value, min_label, max_label, condition)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12, $13::jsonb, $14::jsonb, $15::jsonb) RETURNING id`,
        [
          survey.id,
          row.id,
          question.key,
          questionIndex + 1,
          question.kind,
          question.required ?? false,
          JSON.stringify(question.title),
          JSON.stringify(question.help ?? {}),
          question.minChoices ?? null,
          question.maxChoices ?? null,
          question.minValue ?? null,
          question.maxValue ?? null,
          JSON.stringify(question.minLabel ?? {}),
          JSON.stringify(question.maxLabel ?? {}),
          question.condition ? JSON.stringify(question.condition) : null,
        ],
      );
      questionIds.set(question.key, inserted.id);
      const options = [
        ...(question.options ?? []).map((option, index) => ({ ...option, role: 'choice', position: index + 1 })),
        ...(question.rows ?? []).map((option, index) => ({ ...option, role: 'row', position: index + 1 })),
      ];
      if (options.length)
        await manager.query(
          `INSERT INTO survey_options (question_id, role, key, position, label, is_other)
           SELECT $1, role, key, position, label::jsonb, is_other
             FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::boolean[]) AS t (role, key, position, label, is_other)`,
          [
            inserted.id,
            options.map((option) => option.role),
            options.map((option) => option.key),
            options.map((option) => option.position),
            options.map((option) => JSON.stringify(option.label)),
            options.map((option) => option.isOther ?? false),
          ],
        );
    }
  }

  // Organisations: deterministic names, municipalities and e-mail addresses.
  const next = random(2014);
  const organisations: { name: string; email: string; type: string; municipality: string }[] = [];
  for (const group of ORGANISATION_TYPES)
    for (let index = 0; index < group.count; index += 1) {
      const municipality = MUNICIPALITIES[Math.floor(next() * MUNICIPALITIES.length)];
      const base = group.names[index % group.names.length];
      const number = Math.floor(index / group.names.length) + 1;
      organisations.push({
        name: `${base} ${municipality}${number > 1 ? ` ${number}` : ''}`,
        email: `${group.type.replace(/_/g, '-')}-${index + 1}@organisationen.mitreden.test`,
        type: group.type,
        municipality,
      });
    }
  await manager.query(
    `INSERT INTO organisations (name, email, type, municipality)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (email) DO NOTHING`,
    [
      organisations.map((org) => org.name),
      organisations.map((org) => org.email),
      organisations.map((org) => org.type),
      organisations.map((org) => org.municipality),
    ],
  );

  // Everyone invited four weeks ago; who opened, started and completed is drawn deterministically.
  const order = organisations.map((org) => ({ org, draw: next() })).sort((a, b) => a.draw - b.draw);
  const statusOf = (position: number) =>
    position < COMPLETE ? 'complete' : position < STARTED ? 'partial' : position < STARTED + OPENED_ONLY ? 'opened' : 'invited';
  const invitations: { id: string; email: string; status: string; type: string }[] = await manager.query(
    `INSERT INTO survey_invitations (survey_id, organisation_id, status, invited_at, reminder_count, last_reminded_at)
     SELECT $1, org.id, t.status, now() - interval '28 days', t.reminders,
            CASE WHEN t.reminders > 0 THEN now() - interval '14 days' END
       FROM unnest($2::text[], $3::text[], $4::int[]) AS t (email, status, reminders)
       JOIN organisations org ON org.email = t.email
     RETURNING id, (SELECT email FROM organisations WHERE id = organisation_id) AS email, status,
               (SELECT type FROM organisations WHERE id = organisation_id) AS type`,
    [
      survey.id,
      order.map((entry) => entry.org.email),
      order.map((_, position) => statusOf(position)),
      order.map((_, position) => (position < COMPLETE / 2 ? 0 : 1)),
    ],
  );

  // Answers for the 154 who started: complete ones answer every page, partial ones the first two.
  const answerRows: { response: string; question: string; value: string }[] = [];
  const started = invitations.filter((invitation) => invitation.status === 'complete' || invitation.status === 'partial');
  const responses: { id: string; invitation_id: string }[] = await manager.query(
    `INSERT INTO survey_responses (survey_id, anonymous, invitation_id, segment, complete, reached_section, started_at, updated_at, completed_at)
     SELECT $1, false, t.invitation, t.segment, t.complete, t.reached,
            now() - (t.days || ' days')::interval, now() - (t.days - 1 || ' days')::interval,
            CASE WHEN t.complete THEN now() - (t.days - 1 || ' days')::interval END
       FROM unnest($2::uuid[], $3::text[], $4::boolean[], $5::int[], $6::int[]) AS t (invitation, segment, complete, reached, days)
     RETURNING id, invitation_id`,
    [
      survey.id,
      started.map((invitation) => invitation.id),
      started.map((invitation) => invitation.type),
      started.map((invitation) => invitation.status === 'complete'),
      started.map((invitation) => (invitation.status === 'complete' ? 4 : 2)),
      started.map(() => 2 + Math.floor(next() * 25)),
    ],
  );
  const completeByInvitation = new Map(started.map((invitation) => [invitation.id, invitation.status === 'complete']));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const add = (response: string, key: string, value: unknown) =>
    answerRows.push({ response, question: questionIds.get(key) ?? '', value: JSON.stringify(value) });
  for (const response of responses) {
    const complete = completeByInvitation.get(response.invitation_id) ?? false;
    add(response.id, 'role', { choice: pick(['paid', 'paid', 'volunteer', 'both']) });
    if (next() < 0.8) add(response.id, 'reach', { number: Math.round(20 + next() * next() * 3000) });
    const groups = ['refugees', 'eu', 'families', 'youth', 'seniors', 'women'].filter(() => next() < 0.35);
    add(response.id, 'groups', groups.length ? { choices: groups.slice(0, 4) } : { choices: ['families'] });
    const rows: Record<string, string> = {};
    for (const row of ['participation', 'welcome', 'education', 'work', 'health', 'network'])
      rows[row] = row === 'education' || row === 'work' ? pick(['very', 'very', 'rather']) : pick(['very', 'rather', 'rather', 'less', 'not']);
    add(response.id, 'importance', { rows });
    if (next() < 0.85) {
      const tasks = ['language', 'housing', 'jobs', 'recognition', 'school'];
      add(response.id, 'priorities', { ranking: tasks.map((task) => ({ task, weight: next() + (task === 'housing' ? 0.4 : 0) })).sort((a, b) => b.weight - a.weight).map((entry) => entry.task) });
    }
    if (!complete) continue;
    add(response.id, 'satisfaction', { number: pick([2, 3, 3, 3, 4, 4, 5, 1]) });
    const barriers = pick(['yes', 'yes', 'no', 'unsure']);
    add(response.id, 'barriers', { choice: barriers });
    if (barriers === 'yes' && next() < 0.7)
      add(response.id, 'barrier_details', {
        text: pick([
          'Lange Bearbeitungszeiten bei der Ausländerbehörde.',
          'Wechselnde Ansprechpersonen, Informationen kommen nicht an.',
          'Anträge nur auf Deutsch, keine Dolmetschung.',
          'Termine sind für Ehrenamtliche kaum zu bekommen.',
        ]),
      });
    const support = ['funding', 'training', 'rooms', 'interpreting', 'networking'].filter(() => next() < 0.4).slice(0, 3);
    if (support.length) add(response.id, 'support', { choices: support });
    if (next() < 0.5) add(response.id, 'forum_date', { date: pick(['2026-03-01', '2026-04-15', '2026-06-01']) });
    if (next() < 0.3)
      add(response.id, 'message', {
        text: pick([
          'Bitte die Foren auch am Wochenende anbieten.',
          'Mehr Austausch zwischen den Kommunen wäre gut.',
          'Danke für die Einladung!',
        ]),
      });
  }
  await manager.query(
    `INSERT INTO survey_answers (survey_id, response_id, question_id, value)
     SELECT $1, response, question, value::jsonb FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t (response, question, value)`,
    [survey.id, answerRows.map((row) => row.response), answerRows.map((row) => row.question), answerRows.map((row) => row.value)],
  );
  await manager.query(`SELECT survey_recount($1)`, [survey.id]);
  return { created: true };
}
