import type { EntityManager } from 'typeorm';
import type { TranslatedText } from '@mitreden/api/core';
import annex from './region-hannover-annex.json';
import { ActionField } from '../action-field.entity';
import { Process } from '../process.entity';

/** The Region Hannover annex (8 action fields, 37 goals, 144 measures), copied from the real plan. */
export interface AnnexActionField {
  actionField: string;
  goals: { goal: string; measures: { number: number; text: string }[] }[];
}
export const regionHannoverAnnex: AnnexActionField[] = annex;

export const DEMO_PROCESS_SLUG = 'wir-sind-hannover';

const PROCESS_TITLE: TranslatedText = {
  de: 'Wir sind Hannover – Zusammenleben in der Stadt',
  en: 'We are Hannover – Living together in the city',
  ar: 'نحن هانوفر – العيش معًا في المدينة',
};

const PROCESS_SUMMARY: TranslatedText = {
  de:
    'Gemeinsam schreiben wir den Integrationsplan für Hannover fort. Bringen Sie Ihre Erfahrungen ein: ' +
    'in Umfragen, in den thematischen Foren vor Ort und online. Aus Ihren Vorschlägen entsteht ein ' +
    'Katalog von Zielen und Maßnahmen, über den der Rat entscheidet.',
  en:
    'Together we are renewing Hannover’s integration plan. Share your experience in surveys and in the ' +
    'thematic forums, on site and online. Your proposals become a catalogue of goals and measures for ' +
    'the council to decide on.',
  ar:
    'معًا نطوّر خطة الاندماج لمدينة هانوفر. شاركوا بتجاربكم في الاستطلاعات وفي المنتديات المواضيعية ' +
    'حضوريًا وعبر الإنترنت. تتحول اقتراحاتكم إلى قائمة من الأهداف والإجراءات يقرر بشأنها المجلس.',
};

/** Translations and short descriptions of the annex's action fields, keyed by their German name. */
const ACTION_FIELD_TEXTS: Record<string, { title: Omit<TranslatedText, 'de'>; description: TranslatedText }> =
  {
    'Partizipation und Teilhabe': {
      title: { en: 'Participation and inclusion', ar: 'المشاركة والاندماج في الحياة العامة' },
      description: {
        de: 'Politische und gesellschaftliche Mitwirkung von Menschen mit Migrationsgeschichte stärken.',
        en: 'Strengthen the political and civic participation of people with a migration history.',
        ar: 'تعزيز المشاركة السياسية والمجتمعية للأشخاص ذوي الخلفية المهاجرة.',
      },
    },
    Willkommenskultur: {
      title: { en: 'Welcoming culture', ar: 'ثقافة الترحيب' },
      description: {
        de: 'Neu Zugewanderte willkommen heißen, informieren und beim Ankommen begleiten.',
        en: 'Welcome newcomers, inform them and accompany them as they settle in.',
        ar: 'الترحيب بالقادمين الجدد وإعلامهم ومرافقتهم في بداية حياتهم هنا.',
      },
    },
    Geflüchtete: {
      title: { en: 'Refugees', ar: 'اللاجئون' },
      description: {
        de: 'Unterbringung, Begleitung und Perspektiven für geflüchtete Menschen verbessern.',
        en: 'Improve housing, support and prospects for refugees.',
        ar: 'تحسين السكن والمرافقة وآفاق المستقبل للاجئين.',
      },
    },
    'Bildung und Sprache': {
      title: { en: 'Education and language', ar: 'التعليم واللغة' },
      description: {
        de: 'Chancengleiche Bildung von der Kita bis zur Weiterbildung und Sprachförderung für alle.',
        en: 'Equal opportunities in education from day care to further training, and language support for all.',
        ar: 'تكافؤ الفرص في التعليم من الحضانة حتى التعليم المستمر، ودعم تعلم اللغة للجميع.',
      },
    },
    'Wirtschaft und Arbeit': {
      title: { en: 'Economy and employment', ar: 'الاقتصاد والعمل' },
      description: {
        de: 'Zugang zu Ausbildung und Arbeit erleichtern, Abschlüsse anerkennen, Gründungen fördern.',
        en: 'Ease access to training and work, recognise qualifications, support new businesses.',
        ar: 'تسهيل الوصول إلى التدريب المهني والعمل، والاعتراف بالشهادات، ودعم تأسيس المشاريع.',
      },
    },
    'Gesundheit und Pflege': {
      title: { en: 'Health and care', ar: 'الصحة والرعاية' },
      description: {
        de: 'Gesundheitsversorgung und Pflege kultursensibel und für alle zugänglich gestalten.',
        en: 'Make health services and care culturally sensitive and accessible to everyone.',
        ar: 'جعل الرعاية الصحية والتمريضية مراعية للثقافات ومتاحة للجميع.',
      },
    },
    Vernetzung: {
      title: { en: 'Networking', ar: 'التشبيك والتعاون' },
      description: {
        de: 'Akteurinnen und Akteure der Integrationsarbeit in der Region besser miteinander verbinden.',
        en: 'Connect the people and organisations working on integration across the region.',
        ar: 'ربط الجهات والأشخاص العاملين في مجال الاندماج في المنطقة ببعضهم بشكل أفضل.',
      },
    },
    'Interkulturelle Öffnung': {
      title: { en: 'Intercultural opening', ar: 'الانفتاح بين الثقافات' },
      description: {
        de: 'Verwaltung und Einrichtungen öffnen sich für die Vielfalt der Stadtgesellschaft. Querschnittsthema, u. a. Antidiskriminierung.',
        en: 'Administration and institutions open up to the diversity of the city. A cross-cutting theme, including anti-discrimination.',
        ar: 'انفتاح الإدارة والمؤسسات على تنوع مجتمع المدينة. موضوع شامل يتضمن مكافحة التمييز.',
      },
    },
  };

/** Fields that apply across all others (shown as such); the annex itself has no such flag. */
const CROSS_CUTTING = new Set(['Interkulturelle Öffnung']);

/**
 * Idempotent: creates or refreshes the demo process and its action fields. Safe to run at every
 * `npm start`; the unique slug and (process, position) indexes keep it single.
 */
export async function seedDemoProcess(manager: EntityManager): Promise<Process> {
  const processes = manager.getRepository(Process);
  await processes
    .createQueryBuilder()
    .insert()
    .values({ slug: DEMO_PROCESS_SLUG, title: PROCESS_TITLE, summary: PROCESS_SUMMARY, isCurrent: false })
    .orIgnore()
    .execute();
  const process = await processes.findOneByOrFail({ slug: DEMO_PROCESS_SLUG });
  // Only claim "current" when no other process has it (the partial unique index allows one).
  await manager.query(
    `UPDATE processes SET is_current = true, title = $2, summary = $3, updated_at = now()
       WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM processes WHERE is_current AND id <> $1)`,
    [process.id, PROCESS_TITLE, PROCESS_SUMMARY],
  );

  const rows = regionHannoverAnnex.map((field, index) => {
    const texts = ACTION_FIELD_TEXTS[field.actionField];
    return {
      processId: process.id,
      position: index + 1,
      title: { de: field.actionField, ...(texts?.title ?? {}) },
      description: texts?.description ?? { de: '' },
      crossCutting: CROSS_CUTTING.has(field.actionField),
    };
  });
  await manager
    .getRepository(ActionField)
    .createQueryBuilder()
    .insert()
    .values(rows)
    .orUpdate(['title', 'description', 'cross_cutting'], ['process_id', 'position'])
    .execute();
  return process;
}

export * from './demo-schedule';
