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
import type { PollChartSpec } from './poll-results-view';

/** 5.7:1 against white (WCAG 1.4.11 needs 3:1); the data table carries the same figures in text. */
export const POLL_BAR_COLOUR = '#1565c0';
const LABEL_LINE = 28;

/** Splits a long option label into lines so horizontal bars keep room for the bars themselves. */
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

/** Horizontal bars; right-to-left mirrors the value axis so bars grow from the right. */
export function pollChartConfig(
  spec: PollChartSpec,
  rtl: boolean,
  textColour: string,
  reduceMotion: boolean,
): ChartConfiguration<'bar'> {
  const ticks = { color: textColour };
  return {
    type: 'bar',
    data: {
      labels: spec.labels.map((label) => wrapLabel(label)),
      datasets: [
        {
          label: spec.valueAxis,
          data: spec.values,
          backgroundColor: POLL_BAR_COLOUR,
          borderWidth: 0,
          maxBarThickness: 40,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : undefined,
      color: textColour,
      scales: {
        x: {
          beginAtZero: true,
          reverse: rtl,
          grid: { color: 'rgba(128, 128, 128, 0.3)' },
          ticks: { ...ticks, precision: 0 },
          title: { display: true, text: spec.valueAxis, color: textColour },
        },
        y: { grid: { display: false }, ticks, position: rtl ? 'right' : 'left' },
      },
      plugins: {
        legend: { display: false },
        tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' },
      },
    },
  };
}

let registered: Promise<typeof import('chart.js')> | null = null;

/** Loads Chart.js on first use (only closed polls need it) and registers only bars. */
function loadChartJs(): Promise<typeof import('chart.js')> {
  registered ??= import('chart.js').then((module) => {
    module.Chart.register(
      module.BarController,
      module.BarElement,
      module.CategoryScale,
      module.LinearScale,
      module.Tooltip,
    );
    return module;
  });
  return registered;
}

/** A bar chart on a canvas exposed as one image with a text summary; the figures follow as a table. */
@Component({
  selector: 'mr-poll-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="mr-poll-chart" [style.block-size.px]="height()">
      <canvas #canvas role="img" [attr.aria-label]="spec().summary">{{ spec().summary }}</canvas>
    </div>
  `,
  styles: `
    .mr-poll-chart {
      position: relative;
      inline-size: 100%;
      max-inline-size: 48rem;
    }
  `,
})
export class PollChartComponent {
  readonly spec = input.required<PollChartSpec>();
  readonly rtl = input(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar'> | null = null;
  private generation = 0;
  private destroyed = false;

  protected readonly height = computed(() => {
    const labels = this.spec().labels;
    const lines = labels.reduce((sum, label) => sum + Math.ceil(label.length / LABEL_LINE), 0);
    return Math.max(160, labels.length * 28 + lines * 12 + 70);
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

  private async render(spec: PollChartSpec, rtl: boolean): Promise<void> {
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
    this.chart = new chartJs.Chart(canvas, pollChartConfig(spec, rtl, textColour, reduceMotion));
  }
}
