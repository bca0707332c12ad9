import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DashboardResponseRatesGQL, LanguageService, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { DashboardResponseRatesQuery } from '@mitreden/web/core';
import { SurveyManageNavComponent } from '../common/survey-manage-nav.component';
import { ORGANISATION_TYPES, barWidth, formatNumber, formatPercent, rateStages, shareOf } from './invitation-helpers';

type Data = DashboardResponseRatesQuery;
type Rates = Data['surveyResponseRates'];
type RateRow = Rates['overall'];
type LoadState = 'loading' | 'loaded' | 'missing' | 'failed';

/**
 * /manage/surveys/:id/dashboard: who was reached. Invited surveys: invited → opened → started →
 * complete, overall and per organisation type (shares of invited). Anonymous surveys: access codes
 * issued, started, complete. Every bar repeats a figure that is also written out, and the per-type
 * figures are a real table.
 */
@Component({
  selector: 'mr-survey-dashboard-page',
  imports: [MatButton, SurveyManageNavComponent, TranslocoDirective],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-dashboard.page.html',
  styleUrl: './invitations.scss',
})
export class SurveyDashboardPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly ratesQuery = inject(DashboardResponseRatesGQL);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly lang = inject(LanguageService).current;
  protected readonly barWidth = barWidth;

  protected readonly state = signal<LoadState>('loading');
  protected readonly loadErrorKey = signal<string | null>(null);
  protected readonly data = signal<Data | null>(null);
  protected readonly refreshed = signal(false);

  protected readonly survey = computed(() => this.data()?.survey ?? null);
  protected readonly rates = computed<Rates | null>(() => this.data()?.surveyResponseRates ?? null);
  protected readonly overallStages = computed(() => {
    const rates = this.rates();
    return rates ? rateStages(rates.overall) : [];
  });
  /** Per type in the usual order of types; types nobody was invited from are left out. */
  protected readonly byType = computed<RateRow[]>(() => {
    const rows = this.rates()?.byType ?? [];
    const order = (row: RateRow) => (row.type ? ORGANISATION_TYPES.indexOf(row.type) : -1);
    return rows.filter((row) => row.invited > 0).sort((a, b) => order(a) - order(b));
  });
  protected readonly codeStages = computed(() => {
    const codes = this.rates()?.codes;
    if (!codes) return [];
    return [
      { key: 'issued', count: codes.issued, share: null },
      { key: 'started', count: codes.started, share: shareOf(codes.started, codes.issued) },
      { key: 'complete', count: codes.complete, share: shareOf(codes.complete, codes.issued) },
    ];
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id, false));
    });
  }

  protected refresh(): Promise<void> {
    return this.load(this.id(), true);
  }

  private async load(surveyId: string, refresh: boolean): Promise<void> {
    if (!refresh) this.state.set('loading');
    this.refreshed.set(false);
    this.loadErrorKey.set(null);
    try {
      const result = await firstValueFrom(
        this.ratesQuery.fetch({ variables: { surveyId }, fetchPolicy: 'network-only' }),
      );
      const data = result.data ?? null;
      if (!data?.survey) {
        this.data.set(null);
        this.state.set('missing');
        return;
      }
      this.data.set(data);
      this.state.set('loaded');
      if (refresh) {
        this.refreshed.set(true);
        afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#survey-dashboard-overall')?.focus(), {
          injector: this.injector,
        });
      }
    } catch (error) {
      this.loadErrorKey.set(errorMessageKey(toUiError(error)));
      // A failed refresh keeps the figures already shown; the alert says they may be stale.
      if (!refresh || !this.data()) this.state.set('failed');
    }
  }

  protected percent(share: number | null): string {
    return share === null ? '' : formatPercent(share, this.lang());
  }

  protected number(value: number): string {
    return formatNumber(value, this.lang());
  }
}
