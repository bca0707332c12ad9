import type { SurveyQuestionKind, SurveyQuestionResultItemFragment } from '@mitreden/web/core';

/** Translate function as Transloco hands it to templates. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Locale-aware number formatting, built once per language. */
export interface NumberFormats {
  count(value: number): string;
  decimal(value: number): string;
  /** A given number as typed: no forced decimals. */
  value(value: number): string;
  percent(share: number): string;
}

export function numberFormats(lang: string): NumberFormats {
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (value) => count.format(value),
    decimal: (value) => decimal.format(value),
    value: (value) => plain.format(value),
    percent: (share) => percent.format(Number.isFinite(share) ? share : 0),
  };
}

/** Scale ends and ranges that the results query does not repeat but the charts label with. */
export interface QuestionMeta {
  minValue: number | null;
  maxValue: number | null;
  minLabel: string;
  maxLabel: string;
}

export interface ChartSeries {
  label: string;
  values: number[];
}

/** Everything a bar chart needs; kept free of Chart.js types so it is testable without a canvas. */
export interface ChartSpec {
  horizontal: boolean;
  stacked: boolean;
  labels: string[];
  series: ChartSeries[];
  /** Axis title of the values. */
  valueAxis: string;
  /** Fixed value range (ranking: 1 … number of options). */
  min?: number;
  max?: number;
  /** Short text for `aria-label`; the full figures are in the data table. */
  summary: string;
}

export interface TableRow {
  header: string;
  cells: string[];
}

export interface DataTable {
  caption: string;
  columns: string[];
  rows: TableRow[];
}

export interface QuestionView {
  chart: ChartSpec | null;
  table: DataTable | null;
  /** "Average 3.4" line for SCALE and NUMBER. */
  average: string | null;
  /** A note that helps read the figures (multiple answers, lower rank is better). */
  note: string | null;
  /** Free texts can be listed (text and date questions, "other" texts). */
  hasTexts: boolean;
}

const TEXT_KINDS: readonly SurveyQuestionKind[] = ['SHORT_TEXT', 'LONG_TEXT', 'DATE'];
const SUMMARY_ITEMS = 6;

function summaryOf(t: Translate, title: string, items: string[]): string {
  const listed = items.slice(0, SUMMARY_ITEMS).join('; ');
  const more =
    items.length > SUMMARY_ITEMS
      ? t('surveys.results.chart.more', { count: items.length - SUMMARY_ITEMS })
      : '';
  return t('surveys.results.chart.summary', { title, items: `${listed}${more}` });
}

/** Label of a scale step, with the end label on the first and last step ("1 – gar nicht"). */
export function scaleStepLabel(value: number, meta: QuestionMeta | undefined, format: NumberFormats): string {
  const number = format.value(value);
  if (meta?.minValue === value && meta.minLabel) return `${number} – ${meta.minLabel}`;
  if (meta?.maxValue === value && meta.maxLabel) return `${number} – ${meta.maxLabel}`;
  return number;
}

function countAndShare(count: number, share: number, format: NumberFormats): string {
  return `${format.count(count)} (${format.percent(share)})`;
}

/**
 * Turns one question's tallies into a chart and an equivalent data table. Shares of distributions
 * are computed here from the answered count because the API only sends counts for them.
 */
export function questionView(
  question: SurveyQuestionResultItemFragment,
  meta: QuestionMeta | undefined,
  t: Translate,
  format: NumberFormats,
): QuestionView {
  const title = question.title;
  const hasTexts = TEXT_KINDS.includes(question.kind) || question.textCount > 0;
  const base: QuestionView = { chart: null, table: null, average: null, note: null, hasTexts };
  const countLabel = t('surveys.results.table.count');
  const shareLabel = t('surveys.results.table.share');

  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      if (!question.options.length) return base;
      const options = question.options;
      return {
        ...base,
        note: question.kind === 'MULTIPLE_CHOICE' ? t('surveys.results.note.multiple') : null,
        chart: {
          horizontal: true,
          stacked: false,
          labels: options.map((option) => option.label),
          series: [{ label: countLabel, values: options.map((option) => option.count) }],
          valueAxis: t('surveys.results.chart.respondents'),
          summary: summaryOf(
            t,
            title,
            options.map((option) => `${option.label}: ${countAndShare(option.count, option.share, format)}`),
          ),
        },
        table: {
          caption: title,
          columns: [t('surveys.results.table.option'), countLabel, shareLabel],
          rows: options.map((option) => ({
            header: option.label,
            cells: [format.count(option.count), format.percent(option.share)],
          })),
        },
      };
    }
    case 'SCALE':
    case 'NUMBER': {
      const steps = question.distribution;
      const average =
        question.average === null
          ? null
          : t('surveys.results.average', { value: format.decimal(question.average) });
      if (!steps.length) return { ...base, average };
      const labels = steps.map((step) =>
        question.kind === 'SCALE' ? scaleStepLabel(step.value, meta, format) : format.value(step.value),
      );
      const share = (count: number) => (question.answered > 0 ? count / question.answered : 0);
      return {
        ...base,
        average,
        chart: {
          horizontal: false,
          stacked: false,
          labels,
          series: [{ label: countLabel, values: steps.map((step) => step.count) }],
          valueAxis: t('surveys.results.chart.respondents'),
          summary:
            (average ? `${average}. ` : '') +
            summaryOf(
              t,
              title,
              steps.map(
                (step, index) => `${labels[index]}: ${countAndShare(step.count, share(step.count), format)}`,
              ),
            ),
        },
        table: {
          caption: title,
          columns: [t('surveys.results.table.value'), countLabel, shareLabel],
          rows: steps.map((step, index) => ({
            header: labels[index] ?? '',
            cells: [format.count(step.count), format.percent(share(step.count))],
          })),
        },
      };
    }
    case 'MATRIX': {
      const rows = question.matrix;
      const columns = rows[0]?.cells ?? [];
      if (!rows.length || !columns.length) return base;
      return {
        ...base,
        chart: {
          horizontal: true,
          stacked: true,
          labels: rows.map((row) => row.label),
          series: columns.map((column, index) => ({
            label: column.label,
            values: rows.map((row) => row.cells[index]?.count ?? 0),
          })),
          valueAxis: t('surveys.results.chart.respondents'),
          summary: summaryOf(
            t,
            title,
            rows.map(
              (row) =>
                `${row.label}: ` +
                row.cells
                  .map((cell) => `${cell.label} ${countAndShare(cell.count, cell.share, format)}`)
                  .join(', '),
            ),
          ),
        },
        table: {
          caption: title,
          columns: [
            t('surveys.results.table.row'),
            ...columns.map((column) => column.label),
            t('surveys.results.table.answered'),
          ],
          rows: rows.map((row) => ({
            header: row.label,
            cells: [
              ...columns.map((_, index) => {
                const cell = row.cells[index];
                return cell ? countAndShare(cell.count, cell.share, format) : '—';
              }),
              format.count(row.answered),
            ],
          })),
        },
      };
    }
    case 'RANKING': {
      const items = question.ranking;
      if (!items.length) return base;
      return {
        ...base,
        note: t('surveys.results.note.ranking'),
        chart: {
          horizontal: true,
          stacked: false,
          labels: items.map((item) => item.label),
          series: [
            {
              label: t('surveys.results.table.averageRank'),
              values: items.map((item) => item.averageRank ?? 0),
            },
          ],
          valueAxis: t('surveys.results.table.averageRank'),
          min: 0,
          max: items.length,
          summary: summaryOf(
            t,
            title,
            items.map(
              (item) =>
                `${item.label}: ${item.averageRank === null ? '—' : format.decimal(item.averageRank)}`,
            ),
          ),
        },
        table: {
          caption: title,
          columns: [
            t('surveys.results.table.option'),
            t('surveys.results.table.averageRank'),
            t('surveys.results.table.firstPlaces'),
          ],
          rows: items.map((item) => ({
            header: item.label,
            cells: [
              item.averageRank === null ? '—' : format.decimal(item.averageRank),
              format.count(item.firstPlaces),
            ],
          })),
        },
      };
    }
    default:
      return base;
  }
}

/** Questions grouped by section title, in survey order, for one heading per section. */
export function groupBySection<T extends { sectionTitle: string }>(
  questions: readonly T[],
): { title: string; questions: T[] }[] {
  const groups: { title: string; questions: T[] }[] = [];
  for (const question of questions) {
    const last = groups[groups.length - 1];
    if (last && last.title === question.sectionTitle) last.questions.push(question);
    else groups.push({ title: question.sectionTitle, questions: [question] });
  }
  return groups;
}

/** Human file size for the download link (shared with every export). */
export { fileSize } from '@mitreden/web/core';
