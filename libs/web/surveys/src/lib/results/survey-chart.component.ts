import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { Chart, ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './results-view';

/**
 * Colours with at least 3:1 contrast against a light surface (WCAG 1.4.11); segments of stacked
 * bars are also separated by a white border, and the data table carries the same figures in text.
 */
export const CHART_COLOURS = [
  '#1565c0',
  '#b3261e',
  '#2e7d32',
  '#6a1b9a',
  '#a15c00',
  '#00796b',
  '#ad1457',
  '#4e342e',
];
const LABEL_LINE = 28;

/** Splits a long category label into lines so horizontal bars keep room for the bars themselves. */
export function wrapLabel(label: string, width = LABEL_LINE): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Chart.js configuration for a spec; RTL mirrors the value axis so bars grow from the right. */
export function chartConfig(
  spec: ChartSpec,
  rtl: boolean,
  textColour: string,
  reduceMotion: boolean,
): ChartConfiguration<'bar'> {
  const single = spec.series.length === 1;
  const grid = { color: 'rgba(128, 128, 128, 0.3)' };
  const ticks = { color: textColour };
  const valueScale = {
    beginAtZero: true,
    stacked: spec.stacked,
    min: spec.min,
    max: spec.max,
    grid,
    ticks: { ...ticks, precision: spec.min === undefined ? 0 : undefined },
    title: { display: true, text: spec.valueAxis, color: textColour },
  };
  const categoryScale = { stacked: spec.stacked, grid: { display: false }, ticks };
  return {
    type: 'bar',
    data: {
      labels: spec.horizontal ? spec.labels.map((label) => wrapLabel(label)) : spec.labels,
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: CHART_COLOURS[index % CHART_COLOURS.length],
        borderColor: '#ffffff',
        borderWidth: spec.stacked ? 1 : 0,
        maxBarThickness: 40,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : undefined,
      color: textColour,
      scales: spec.horizontal
        ? { x: { ...valueScale, reverse: rtl }, y: { ...categoryScale, position: rtl ? 'right' : 'left' } }
        : { x: { ...categoryScale, reverse: rtl }, y: { ...valueScale, position: rtl ? 'right' : 'left' } },
      plugins: {
        legend: {
          display: !single,
          position: 'bottom',
          rtl,
          textDirection: rtl ? 'rtl' : 'ltr',
          labels: { color: textColour },
        },
        tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' },
      },
    },
  };
}

let registered: Promise<typeof import('chart.js')> | null = null;

/** Loads Chart.js on first use (keeps it out of the public survey pages) and registers only bars. */
function loadChartJs(): Promise<typeof import('chart.js')> {
  registered ??= import('chart.js').then((module) => {
    module.Chart.register(
      module.BarController,
      module.BarElement,
      module.CategoryScale,
      module.LinearScale,
      module.Tooltip,
      module.Legend,
    );
    return module;
  });
  return registered;
}

/** A bar chart on a canvas exposed as one image with a text summary; the figures follow as a table. */
@Component({
  selector: 'mr-survey-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="mr-survey-chart" [style.block-size.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="spec().summary">{{ spec().summary }}</canvas>
    </div>
  `,
  styles: `
    .mr-survey-chart {
      position: relative;
      inline-size: 100%;
      max-inline-size: 48rem;
    }
  `,
})
export class SurveyChartComponent {
  readonly spec = input.required<ChartSpec>();
  readonly rtl = input(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar'> | null = null;
  private generation = 0;
  private destroyed = false;

  protected readonly height = computed(() => {
    const spec = this.spec();
    if (!spec.horizontal) return 260;
    const lines = spec.labels.reduce((sum, label) => sum + Math.ceil(label.length / LABEL_LINE), 0);
    return Math.max(160, spec.labels.length * 28 + lines * 12 + (spec.series.length > 1 ? 110 : 70));
  });

  constructor() {
    afterRenderEffect(() => {
      void this.render(this.spec(), this.rtl());
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
      this.chart = null;
    });
  }

  private async render(spec: ChartSpec, rtl: boolean): Promise<void> {
    const generation = ++this.generation;
    const canvas = this.canvas().nativeElement;
    // No 2D context (jsdom, very old browsers): the data table alone carries the figures.
    if (!canvas.getContext('2d')) return;
    const chartJs = await loadChartJs();
    if (this.destroyed || generation !== this.generation) return;
    const view = canvas.ownerDocument.defaultView;
    const textColour = view?.getComputedStyle(canvas).color || '#1d1b20';
    const reduceMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.chart?.destroy();
    this.chart = new chartJs.Chart(canvas, chartConfig(spec, rtl, textColour, reduceMotion));
  }
}
