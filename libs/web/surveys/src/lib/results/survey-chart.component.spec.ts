import { TestBed } from '@angular/core/testing';
import type { ChartSpec } from './results-view';
import { SurveyChartComponent } from './survey-chart.component';

const created: {
  config: { options: { scales: Record<string, { reverse?: boolean }> } };
  destroy: jest.Mock;
}[] = [];
const register = jest.fn();

// Chart.js needs a real canvas; this records what the component hands it instead.
jest.mock('chart.js', () => ({
  Chart: Object.assign(
    jest.fn().mockImplementation((_canvas: unknown, config: (typeof created)[number]['config']) => {
      const chart = { config, destroy: jest.fn() };
      created.push(chart);
      return chart;
    }),
    { register: (...items: unknown[]) => register(...items) },
  ),
  BarController: 'BarController',
  BarElement: 'BarElement',
  CategoryScale: 'CategoryScale',
  LinearScale: 'LinearScale',
  Tooltip: 'Tooltip',
  Legend: 'Legend',
}));

const spec = (labels: string[]): ChartSpec => ({
  horizontal: true,
  stacked: false,
  labels,
  series: [{ label: 'Anzahl', values: labels.map(() => 1) }],
  valueAxis: 'Anzahl',
  summary: `Balkendiagramm: ${labels.join(', ')}`,
});

async function render(context: object | null) {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as RenderingContext | null);
  const fixture = TestBed.createComponent(SurveyChartComponent);
  fixture.componentRef.setInput('spec', spec(['Ja', 'Nein']));
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fixture;
}

describe('SurveyChartComponent', () => {
  beforeEach(() => {
    created.length = 0;
    register.mockClear();
  });
  afterEach(() => jest.restoreAllMocks());

  it('exposes the canvas as an image with the summary and draws nothing without a 2D context', async () => {
    const fixture = await render(null);
    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Balkendiagramm: Ja, Nein');
    expect(created).toHaveLength(0);
  });

  it('registers only the bar chart parts, redraws on new data or direction and cleans up', async () => {
    const fixture = await render({});
    expect(register).toHaveBeenCalledWith(
      'BarController',
      'BarElement',
      'CategoryScale',
      'LinearScale',
      'Tooltip',
      'Legend',
    );
    expect(created).toHaveLength(1);
    expect(created[0]?.config.options.scales['x']?.reverse).toBe(false);

    fixture.componentRef.setInput('rtl', true);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(created).toHaveLength(2);
    expect(created[0]?.destroy).toHaveBeenCalled();
    expect(created[1]?.config.options.scales['x']?.reverse).toBe(true);

    fixture.destroy();
    expect(created[1]?.destroy).toHaveBeenCalled();
  });
});
