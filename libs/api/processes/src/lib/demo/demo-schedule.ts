import type { EntityManager } from 'typeorm';
import type { TranslatedText } from '@mitreden/api/core';

/**
 * The demo's phases and forums, written with plain SQL so the seed does not depend on how the
 * Phase/Forum entities are mapped. Idempotent: phases are found by kind, forums by their German
 * title within the demo process.
 */

type PhaseKindName = 'survey' | 'forums' | 'assessment' | 'vote' | 'catalogue';

interface DemoPhase {
  kind: PhaseKindName;
  /** Days relative to the start of today (UTC); consecutive phases touch without overlapping. */
  startDay: number;
  endDay: number;
  title: TranslatedText;
  description: TranslatedText;
}

/** Relative to the seed day, so the demo always sits in its forums phase: 2 weeks in, 6 weeks to go. */
export const DEMO_PHASES: readonly DemoPhase[] = [
  {
    kind: 'survey',
    startDay: -70,
    endDay: -14,
    title: {
      de: 'Bestandsaufnahme und Online-Umfrage',
      en: 'Needs analysis and online survey',
      ar: 'تحليل الاحتياجات والاستطلاع الإلكتروني',
    },
    description: {
      de: 'Organisationen, Initiativen und Fachleute aus der ganzen Region haben in einer Online-Umfrage und in Interviews beschrieben, was gut läuft und wo es hakt.',
      en: 'Organisations, initiatives and experts from across the region described in an online survey and in interviews what works well and where things get stuck.',
      ar: 'وصفت المنظمات والمبادرات والخبراء من جميع أنحاء المنطقة في استطلاع إلكتروني ومقابلات ما ينجح وأين توجد العقبات.',
    },
  },
  {
    kind: 'forums',
    startDay: -14,
    endDay: 42,
    title: { de: 'Thematische Foren', en: 'Thematic forums', ar: 'المنتديات المواضيعية' },
    description: {
      de: 'In Foren vor Ort und online entstehen Ziele und Maßnahmen. Bringen Sie eigene Vorschläge ein, unterstützen und kommentieren Sie die der anderen.',
      en: 'Goals and measures take shape in forums on site and online. Add your own proposals, support and comment on those of others.',
      ar: 'تتشكل الأهداف والإجراءات في المنتديات الحضورية والإلكترونية. قدّموا اقتراحاتكم وادعموا اقتراحات الآخرين وعلّقوا عليها.',
    },
  },
  {
    kind: 'assessment',
    startDay: 42,
    endDay: 70,
    title: {
      de: 'Prüfung durch die Verwaltung',
      en: 'Assessment by the administration',
      ar: 'التقييم من قبل الإدارة',
    },
    description: {
      de: 'Die Fachbereiche prüfen jeden Vorschlag auf Machbarkeit und Zuständigkeit – vieles liegt beim Land oder beim Bund.',
      en: 'The departments check every proposal for feasibility and responsibility – much of it lies with the state or federal level.',
      ar: 'تفحص الأقسام المختصة كل اقتراح من حيث إمكانية التنفيذ والجهة المسؤولة – فكثير من الأمور من اختصاص الولاية أو الحكومة الاتحادية.',
    },
  },
  {
    kind: 'vote',
    startDay: 70,
    endDay: 84,
    title: { de: 'Abstimmung', en: 'Vote', ar: 'التصويت' },
    description: {
      de: 'Alle Teilnehmenden stimmen über die Schwerpunkte und den Namen des Integrationsplans ab.',
      en: 'All participants vote on the priorities and the name of the integration plan.',
      ar: 'يصوّت جميع المشاركين على الأولويات وعلى اسم خطة الاندماج.',
    },
  },
  {
    kind: 'catalogue',
    startDay: 84,
    endDay: 140,
    title: {
      de: 'Maßnahmenkatalog und Ratsbeschluss',
      en: 'Catalogue of measures and council decision',
      ar: 'قائمة الإجراءات وقرار المجلس',
    },
    description: {
      de: 'Die Projektgruppe fasst die Ergebnisse zu einem Katalog aus Zielen und Maßnahmen zusammen; Ausschüsse und Rat entscheiden darüber.',
      en: 'The project group compiles the results into a catalogue of goals and measures; committees and the council decide on it.',
      ar: 'يجمع فريق المشروع النتائج في قائمة من الأهداف والإجراءات، وتقرر اللجان والمجلس بشأنها.',
    },
  },
];

export interface DemoForum {
  /** German name of the action field (as in the annex) the forum works on. */
  actionField: string;
  title: TranslatedText;
  description: TranslatedText;
  /** Fixed dates of the historic forums; the online forums run for the whole forums phase. */
  schedule: { startsAt: string; endsAt: string } | 'forums_phase';
  place: string;
  municipality: string;
  format: 'on_site' | 'online' | 'hybrid';
}

const ON_SITE_DESCRIPTION = (town: string): TranslatedText => ({
  de: `Arbeitsgruppen am Vormittag, Ergebnisse im Plenum am Nachmittag, mit Dolmetschung und Kinderbetreuung in ${town}. Die Ergebnisse stehen hier online: Sie können sie weiter unterstützen, kommentieren und ergänzen.`,
  en: `Working groups in the morning, results presented in the plenary in the afternoon, with interpreting and childcare in ${town}. The results are online here: you can keep supporting, commenting on and adding to them.`,
  ar: `مجموعات عمل في الصباح وعرض النتائج في جلسة عامة بعد الظهر، مع ترجمة فورية ورعاية للأطفال في ${town}. النتائج متاحة هنا على الإنترنت: يمكنكم مواصلة دعمها والتعليق عليها وإضافة اقتراحات جديدة.`,
});

const ONLINE_DESCRIPTION: TranslatedText = {
  de: 'Dieses Forum findet nur online statt: Reichen Sie während der Forenphase Vorschläge ein, unterstützen und diskutieren Sie sie. Die Moderation bringt auch Beiträge aus Beratungsstellen und Vereinen ein.',
  en: 'This forum takes place online only: submit proposals during the forums phase, support and discuss them. The moderators also bring in input from counselling services and associations.',
  ar: 'يُعقد هذا المنتدى عبر الإنترنت فقط: قدّموا اقتراحاتكم خلال مرحلة المنتديات وادعموها وناقشوها. ويضيف فريق الإشراف أيضًا مساهمات من مراكز الاستشارة والجمعيات.',
};

/** The five Region Hannover forums of 2014 (10:00–16:00 local time) and three online forums. */
export const DEMO_FORUMS: readonly DemoForum[] = [
  {
    actionField: 'Partizipation und Teilhabe',
    title: {
      de: 'Forum 1: Partizipation und Teilhabe',
      en: 'Forum 1: Participation and inclusion',
      ar: 'المنتدى 1: المشاركة والاندماج في الحياة العامة',
    },
    description: ON_SITE_DESCRIPTION('Hannover'),
    schedule: { startsAt: '2014-06-01T10:00:00+02:00', endsAt: '2014-06-01T16:00:00+02:00' },
    place: 'Haus der Region, Hildesheimer Straße 18',
    municipality: 'Hannover',
    format: 'hybrid',
  },
  {
    actionField: 'Wirtschaft und Arbeit',
    title: {
      de: 'Forum 2: Wirtschaft und Arbeit',
      en: 'Forum 2: Economy and employment',
      ar: 'المنتدى 2: الاقتصاد والعمل',
    },
    description: ON_SITE_DESCRIPTION('Laatzen'),
    schedule: { startsAt: '2014-06-14T10:00:00+02:00', endsAt: '2014-06-14T16:00:00+02:00' },
    place: 'Rathaus Laatzen, Marktplatz 13',
    municipality: 'Laatzen',
    format: 'hybrid',
  },
  {
    actionField: 'Gesundheit und Pflege',
    title: {
      de: 'Forum 3: Gesundheit und Pflege',
      en: 'Forum 3: Health and care',
      ar: 'المنتدى 3: الصحة والرعاية',
    },
    description: ON_SITE_DESCRIPTION('Garbsen'),
    schedule: { startsAt: '2014-06-21T10:00:00+02:00', endsAt: '2014-06-21T16:00:00+02:00' },
    place: 'Rathaus Garbsen, Rathausplatz 1',
    municipality: 'Garbsen',
    format: 'hybrid',
  },
  {
    actionField: 'Bildung und Sprache',
    title: {
      de: 'Forum 4: Bildung und Sprache',
      en: 'Forum 4: Education and language',
      ar: 'المنتدى 4: التعليم واللغة',
    },
    description: ON_SITE_DESCRIPTION('Ronnenberg'),
    schedule: { startsAt: '2014-07-12T10:00:00+02:00', endsAt: '2014-07-12T16:00:00+02:00' },
    place: 'Rathaus Ronnenberg, Hansastraße 38',
    municipality: 'Ronnenberg',
    format: 'hybrid',
  },
  {
    actionField: 'Vernetzung',
    title: { de: 'Forum 5: Vernetzung', en: 'Forum 5: Networking', ar: 'المنتدى 5: التشبيك والتعاون' },
    description: ON_SITE_DESCRIPTION('Hannover'),
    schedule: { startsAt: '2014-09-28T10:00:00+02:00', endsAt: '2014-09-28T16:00:00+02:00' },
    place: 'Neues Rathaus, Trammplatz 2',
    municipality: 'Hannover',
    format: 'hybrid',
  },
  {
    actionField: 'Willkommenskultur',
    title: {
      de: 'Online-Forum: Willkommenskultur',
      en: 'Online forum: Welcoming culture',
      ar: 'المنتدى الإلكتروني: ثقافة الترحيب',
    },
    description: ONLINE_DESCRIPTION,
    schedule: 'forums_phase',
    place: '',
    municipality: 'Region Hannover',
    format: 'online',
  },
  {
    actionField: 'Geflüchtete',
    title: {
      de: 'Online-Forum: Geflüchtete',
      en: 'Online forum: Refugees',
      ar: 'المنتدى الإلكتروني: اللاجئون',
    },
    description: ONLINE_DESCRIPTION,
    schedule: 'forums_phase',
    place: '',
    municipality: 'Region Hannover',
    format: 'online',
  },
  {
    actionField: 'Interkulturelle Öffnung',
    title: {
      de: 'Online-Forum: Interkulturelle Öffnung',
      en: 'Online forum: Intercultural opening',
      ar: 'المنتدى الإلكتروني: الانفتاح بين الثقافات',
    },
    description: ONLINE_DESCRIPTION,
    schedule: 'forums_phase',
    place: '',
    municipality: 'Region Hannover',
    format: 'online',
  },
];

/**
 * Creates or refreshes the demo process's phases and forums. The schedule is the seed's: each run
 * moves the five phases (one per kind) to dates relative to today, so `npm start` on any day shows
 * a process in its forums phase; two runs on the same day write identical values.
 */
export async function seedDemoSchedule(manager: EntityManager, processId: string): Promise<void> {
  await seedPhases(manager, processId);
  await seedForums(manager, processId);
}

async function seedPhases(manager: EntityManager, processId: string): Promise<void> {
  const phases = JSON.stringify(DEMO_PHASES);
  const [{ current }]: { current: number }[] = await manager.query(
    `SELECT count(*)::int AS current
       FROM phases p
       JOIN jsonb_to_recordset($2::jsonb) AS r(kind text, "startDay" int, "endDay" int, title jsonb, description jsonb)
         ON p.kind = r.kind AND p.title = r.title AND p.description = r.description
        AND p.starts_at = date_trunc('day', now()) + r."startDay" * interval '1 day'
        AND p.ends_at = date_trunc('day', now()) + r."endDay" * interval '1 day'
      WHERE p.process_id = $1`,
    [processId, phases],
  );
  // Already seeded today: leave the rows alone, so a second run changes nothing at all.
  if (current === DEMO_PHASES.length) return;
  const kept: { id: string }[] = await manager.query(
    `SELECT DISTINCT ON (kind) id FROM phases
      WHERE process_id = $1 AND kind IN ('survey', 'forums', 'assessment', 'vote', 'catalogue')
      ORDER BY kind, starts_at, id`,
    [processId],
  );
  const keptIds = kept.map((row) => row.id);
  // Phases may never overlap and the constraint is checked row by row, so the kept phases are
  // parked far in the past first; moving them straight to their new dates could collide midway.
  await manager.query(
    `UPDATE phases SET starts_at = timestamptz '1900-01-01' + (p.n * 2) * interval '1 day',
                       ends_at = timestamptz '1900-01-01' + (p.n * 2 + 1) * interval '1 day'
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM phases WHERE id = ANY($1::uuid[])) p
      WHERE phases.id = p.id`,
    [keptIds],
  );
  // Anything else someone added in the demo's time span would block the schedule: the demo owns it.
  await manager.query(
    `DELETE FROM phases
      WHERE process_id = $1 AND NOT (id = ANY($2::uuid[]))
        AND tstzrange(starts_at, ends_at) && tstzrange(date_trunc('day', now()) + $3 * interval '1 day',
                                                      date_trunc('day', now()) + $4 * interval '1 day')`,
    [processId, keptIds, DEMO_PHASES[0].startDay, DEMO_PHASES[DEMO_PHASES.length - 1].endDay],
  );
  await manager.query(
    `UPDATE phases SET title = r.title, description = r.description,
                       starts_at = date_trunc('day', now()) + r."startDay" * interval '1 day',
                       ends_at = date_trunc('day', now()) + r."endDay" * interval '1 day',
                       updated_at = now()
       FROM jsonb_to_recordset($2::jsonb) AS r(kind text, "startDay" int, "endDay" int, title jsonb, description jsonb)
      WHERE phases.id = ANY($1::uuid[]) AND phases.kind = r.kind`,
    [keptIds, phases],
  );
  await manager.query(
    `INSERT INTO phases (process_id, kind, title, description, starts_at, ends_at)
     SELECT $1, r.kind, r.title, r.description,
            date_trunc('day', now()) + r."startDay" * interval '1 day', date_trunc('day', now()) + r."endDay" * interval '1 day'
       FROM jsonb_to_recordset($2::jsonb) AS r(kind text, "startDay" int, "endDay" int, title jsonb, description jsonb)
      WHERE NOT EXISTS (SELECT 1 FROM phases WHERE process_id = $1 AND kind = r.kind)`,
    [processId, phases],
  );
}

async function seedForums(manager: EntityManager, processId: string): Promise<void> {
  const forumsPhase = DEMO_PHASES.find((phase) => phase.kind === 'forums');
  if (!forumsPhase) throw new Error('The demo schedule has no forums phase');
  const rows = JSON.stringify(
    DEMO_FORUMS.map((forum) => ({
      actionField: forum.actionField,
      title: forum.title,
      description: forum.description,
      startsAt: forum.schedule === 'forums_phase' ? null : forum.schedule.startsAt,
      endsAt: forum.schedule === 'forums_phase' ? null : forum.schedule.endsAt,
      place: forum.place,
      municipality: forum.municipality,
      format: forum.format,
    })),
  );
  // Online forums without fixed dates follow the forums phase, i.e. move with it on every run.
  const values = `
    SELECT r.title, r.description, r.place, r.municipality, r.format, f.id AS action_field_id,
           COALESCE(r."startsAt", date_trunc('day', now()) + $3 * interval '1 day') AS starts_at,
           COALESCE(r."endsAt", date_trunc('day', now()) + $4 * interval '1 day') AS ends_at
      FROM jsonb_to_recordset($2::jsonb) AS r(
             "actionField" text, title jsonb, description jsonb, "startsAt" timestamptz, "endsAt" timestamptz,
             place text, municipality text, format text)
      JOIN action_fields f ON f.process_id = $1 AND f.title->>'de' = r."actionField"`;
  const parameters = [processId, rows, forumsPhase.startDay, forumsPhase.endDay];
  await manager.query(
    `UPDATE forums SET title = v.title, description = v.description, starts_at = v.starts_at, ends_at = v.ends_at,
                       updated_at = now()
       FROM (${values}) v
      WHERE forums.process_id = $1 AND forums.title->>'de' = v.title->>'de'
        AND (forums.title, forums.description, forums.starts_at, forums.ends_at)
            IS DISTINCT FROM (v.title, v.description, v.starts_at, v.ends_at)`,
    parameters,
  );
  await manager.query(
    `INSERT INTO forums (process_id, action_field_id, title, description, starts_at, ends_at, place, municipality, format, accepts_input)
     SELECT $1, v.action_field_id, v.title, v.description, v.starts_at, v.ends_at, v.place, v.municipality, v.format, true
       FROM (${values}) v
      WHERE NOT EXISTS (SELECT 1 FROM forums WHERE process_id = $1 AND title->>'de' = v.title->>'de')`,
    parameters,
  );
}
