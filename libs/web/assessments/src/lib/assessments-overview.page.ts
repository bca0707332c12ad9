import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { AssessmentOverviewGQL, LanguageService, SessionService, errorMessageKey, toUiError } from '@mitreden/web/core';
import type { AssessmentOverviewQuery, AssessmentStatus } from '@mitreden/web/core';
import { STATUSES, formatDay } from './labels';

type Loaded = AssessmentOverviewQuery;
type LoadState = { status: 'loading' } | { status: 'loaded'; data: Loaded } | { status: 'failed'; key: string };

/** /assessments: counts per department and status, and the assessments with filters. Experts see their department. */
@Component({
  selector: 'mr-assessments-overview-page',
  imports: [FormsModule, MatCheckbox, MatFormField, MatLabel, MatOption, MatSelect, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('assessments')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('assessments.overview.heading') }}</h1>
      <p>{{ t(isExpert() ? 'assessments.overview.introExpert' : 'assessments.overview.intro') }}</p>

      @if (counts().length) {
        <div class="mr-table-scroll" role="region" tabindex="0" [attr.aria-label]="t('assessments.overview.countsCaption')">
          <table class="mr-assessment-table">
            <caption>{{ t('assessments.overview.countsCaption') }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ t('assessments.fields.department') }}</th>
                <th scope="col">{{ t('assessments.status.ASSIGNED') }}</th>
                <th scope="col">{{ t('assessments.status.IN_PROGRESS') }}</th>
                <th scope="col">{{ t('assessments.status.SUBMITTED') }}</th>
                <th scope="col">{{ t('assessments.overview.overdue') }}</th>
                <th scope="col">{{ t('assessments.overview.dueSoon') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of counts(); track row.department) {
                <tr>
                  <th scope="row" dir="auto">{{ row.department }}</th>
                  <td>{{ row.assigned }}</td>
                  <td>{{ row.inProgress }}</td>
                  <td>{{ row.submitted }}</td>
                  <td [class.mr-overdue]="row.overdue > 0">{{ row.overdue }}</td>
                  <td>{{ row.dueSoon }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }

      <form class="mr-assessment-filters" role="search" [attr.aria-label]="t('assessments.overview.filters')" (submit)="$event.preventDefault()">
        @if (!isExpert()) {
          <mat-form-field appearance="outline">
            <mat-label>{{ t('assessments.fields.department') }}</mat-label>
            <mat-select [ngModel]="department()" (ngModelChange)="department.set($event)" name="department">
              <mat-option value="">{{ t('assessments.overview.allDepartments') }}</mat-option>
              @for (row of counts(); track row.department) {
                <mat-option [value]="row.department"><bdi>{{ row.department }}</bdi></mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ t('assessments.fields.status') }}</mat-label>
          <mat-select [ngModel]="status()" (ngModelChange)="status.set($event)" name="status">
            <mat-option value="">{{ t('assessments.overview.allStatuses') }}</mat-option>
            @for (value of statuses; track value) {
              <mat-option [value]="value">{{ t('assessments.status.' + value) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-checkbox [ngModel]="overdueOnly()" (ngModelChange)="overdueOnly.set($event)" name="overdueOnly">
          {{ t('assessments.overview.overdueOnly') }}
        </mat-checkbox>
      </form>

      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('assessments.loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ t(failureKey()) }}</p>
        }
        @default {
          <p role="status" class="mr-visually-hidden">{{ t('assessments.overview.count', { count: items().length }) }}</p>
          @if (items().length) {
            <div class="mr-table-scroll" role="region" tabindex="0" [attr.aria-label]="t('assessments.overview.listCaption')">
              <table class="mr-assessment-table">
                <caption>{{ t('assessments.overview.listCaption') }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('assessments.fields.proposal') }}</th>
                    <th scope="col">{{ t('assessments.fields.department') }}</th>
                    <th scope="col">{{ t('assessments.fields.dueOn') }}</th>
                    <th scope="col">{{ t('assessments.fields.status') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (item of items(); track item.id) {
                    <tr>
                      <td>
                        <a [routerLink]="['/assessments', item.id]">
                          {{ t('assessments.number', { number: item.proposal.number }) }} <bdi>{{ item.proposal.title }}</bdi>
                        </a>
                      </td>
                      <td dir="auto">{{ item.department }}</td>
                      <td [class.mr-overdue]="item.overdue">
                        {{ day(item.dueOn) }}
                        @if (item.overdue) {
                          ({{ t('assessments.overdue') }})
                        }
                      </td>
                      <td>{{ t('assessments.status.' + item.status) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else {
            <p>{{ t('assessments.overview.empty') }}</p>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .mr-table-scroll {
      overflow-x: auto;
      margin-block: 1rem;
    }
    .mr-assessment-table {
      border-collapse: collapse;
      min-inline-size: 100%;
    }
    .mr-assessment-table caption {
      text-align: start;
      font: var(--mat-sys-title-medium);
      margin-block-end: 0.5rem;
    }
    .mr-assessment-table th,
    .mr-assessment-table td {
      padding: 0.5rem 0.75rem;
      text-align: start;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .mr-assessment-filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 1rem;
      margin-block-start: 1.5rem;
    }
  `,
})
export class AssessmentsOverviewPage {
  private readonly query = inject(AssessmentOverviewGQL);
  private readonly session = inject(SessionService);
  private readonly language = inject(LanguageService);

  protected readonly statuses = STATUSES;
  protected readonly isExpert = computed(() => this.session.user()?.role === 'DEPARTMENT_EXPERT');
  protected readonly department = signal('');
  protected readonly status = signal<AssessmentStatus | ''>('');
  protected readonly overdueOnly = signal(false);
  private readonly filter = computed(() => ({
    department: this.department() || null,
    status: this.status() || null,
    overdueOnly: this.overdueOnly() || null,
  }));

  protected readonly state = toSignal(
    toObservable(this.filter).pipe(
      switchMap((filter) =>
        this.query.fetch({ variables: { filter }, fetchPolicy: 'network-only' }).pipe(
          map((result): LoadState => (result.data ? { status: 'loaded', data: result.data } : { status: 'loading' })),
          startWith<LoadState>({ status: 'loading' }),
          catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  /** The previous counts stay while a new filter loads, so the table does not flicker. */
  protected readonly counts = linkedSignal<LoadState, Loaded['assessmentOverview']>({
    source: this.state,
    computation: (state, previous) => (state.status === 'loaded' ? state.data.assessmentOverview : (previous?.value ?? [])),
  });
  protected readonly items = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.data.assessments : [];
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });

  protected day(value: string): string {
    return formatDay(value, this.language.current());
  }
}
