import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, EMPTY, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  AssessmentDepartmentsGQL,
  AssignAssessmentGQL,
  FormController,
  FormStatusComponent,
  LanguageService,
  ProposalAssessmentsGQL,
  SessionService,
  UnassignAssessmentGQL,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type { AssessmentItemFragment } from '@mitreden/web/core';
import { AssessmentFieldErrorPipe } from './field-message';
import { cityToday } from '@mitreden/shared/contracts';
import { formatDay } from './labels';

type LoadState = { status: 'loading' } | { status: 'loaded'; items: AssessmentItemFragment[] } | { status: 'failed'; key: string };

/** Project group: assign the proposal to departments and see their status; experts: link to record. */
@Component({
  selector: 'mr-assessment-panel',
  imports: [
    AssessmentFieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('assessments')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isStaff()) {
      <section class="mr-assessment-panel" aria-labelledby="assessment-panel-heading" *transloco="let t">
        <h2 id="assessment-panel-heading">{{ t('assessments.panel.heading') }}</h2>
        @switch (state().status) {
          @case ('loading') {
            <p role="status">{{ t('assessments.loading') }}</p>
          }
          @case ('failed') {
            <p role="alert">{{ t(failureKey()) }}</p>
          }
          @default {
            @if (items().length) {
              <ul class="mr-assessment-panel__list">
                @for (item of items(); track item.id) {
                  <li class="mr-assessment-panel__item">
                    <span class="mr-assessment-panel__department" dir="auto">{{ item.department }}</span>
                    <span>{{ t('assessments.status.' + item.status) }}</span>
                    <span [class.mr-overdue]="item.overdue">
                      {{ t(item.overdue ? 'assessments.dueOverdue' : 'assessments.dueOn', { date: day(item.dueOn) }) }}
                    </span>
                    @if (item.canRecord) {
                      <a [routerLink]="['/assessments', item.id]">{{ t(item.status === 'SUBMITTED' ? 'assessments.panel.open' : 'assessments.panel.record') }}<span class="mr-visually-hidden">: {{ item.department }}</span></a>
                    }
                    @if (canAssign() && item.status !== 'SUBMITTED') {
                      <button mat-stroked-button type="button" (click)="unassign(item)">
                        {{ t('assessments.panel.unassign') }}<span class="mr-visually-hidden">: {{ item.department }}</span>
                      </button>
                    }
                  </li>
                }
              </ul>
            } @else {
              <p>{{ t('assessments.panel.none') }}</p>
            }
          }
        }

        @if (canAssign()) {
          <form class="mr-form mr-assessment-panel__form" [formGroup]="form" (ngSubmit)="assign()" novalidate>
            <h3>{{ t('assessments.panel.assignHeading') }}</h3>
            <mr-form-status
              [message]="controller.status() ? t(controller.status()!.key, controller.status()!.params) : null"
              [kind]="controller.status()?.kind ?? 'info'"
            />
            <mat-form-field appearance="outline">
              <mat-label>{{ t('assessments.fields.department') }}</mat-label>
              <mat-select formControlName="department" required>
                @for (department of departments(); track department) {
                  <mat-option [value]="department"><bdi>{{ department }}</bdi></mat-option>
                }
              </mat-select>
              @if (form.controls.department.errors | mrAssessmentFieldError; as e) {
                <mat-error>{{ t(e.key, e.params) }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('assessments.fields.dueOn') }}</mat-label>
              <input matInput type="date" formControlName="dueOn" required [min]="today" />
              <mat-hint>{{ t('assessments.panel.dueHint') }}</mat-hint>
              @if (form.controls.dueOn.errors | mrAssessmentFieldError; as e) {
                <mat-error>{{ t(e.key, e.params) }}</mat-error>
              }
            </mat-form-field>
            <div class="mr-form__actions">
              <button mat-flat-button type="submit">{{ t('assessments.panel.assign') }}</button>
            </div>
          </form>
        } @else if (notice()) {
          <p role="status">{{ t(notice()!) }}</p>
        }
      </section>
    }
  `,
  styles: `
    .mr-assessment-panel {
      margin-block: 1.5rem;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .mr-assessment-panel__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mr-assessment-panel__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-assessment-panel__department {
      font-weight: 600;
    }
    .mr-overdue {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .mr-assessment-panel__form {
      margin-block-start: 1rem;
    }
  `,
})
export class AssessmentPanelComponent {
  readonly proposalId = input.required<string>();

  private readonly session = inject(SessionService);
  private readonly language = inject(LanguageService);
  private readonly listQuery = inject(ProposalAssessmentsGQL);
  private readonly departmentsQuery = inject(AssessmentDepartmentsGQL);
  private readonly assignMutation = inject(AssignAssessmentGQL);
  private readonly unassignMutation = inject(UnassignAssessmentGQL);

  protected readonly controller = new FormController();
  protected readonly today = cityToday();
  protected readonly form = inject(NonNullableFormBuilder).group({
    department: ['', Validators.required],
    dueOn: ['', Validators.required],
  });
  protected readonly notice = signal<string | null>(null);

  private readonly role = computed(() => this.session.user()?.role ?? null);
  protected readonly canAssign = computed(() => this.role() === 'PROJECT_GROUP' || this.role() === 'ADMIN');
  protected readonly isStaff = computed(() => this.canAssign() || this.role() === 'DEPARTMENT_EXPERT');

  /** Bumped after a change, so the list is read again from the server. */
  private readonly version = signal(0);
  private readonly request = computed(() => ({ proposalId: this.proposalId(), staff: this.isStaff(), version: this.version() }));

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ proposalId, staff, version }) =>
        !staff
          ? EMPTY
          : this.listQuery.fetch({ variables: { proposalId }, fetchPolicy: version ? 'network-only' : 'cache-first' }).pipe(
              map((result): LoadState => ({ status: 'loaded', items: result.data?.assessments ?? [] })),
              catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
            ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly items = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.items : [];
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? state.key : 'errors.NETWORK';
  });

  protected readonly departments = toSignal(
    toObservable(this.canAssign).pipe(
      switchMap((allowed) =>
        allowed
          ? this.departmentsQuery.fetch().pipe(
              map((result) => result.data?.departments ?? []),
              catchError(() => of<string[]>([])),
            )
          : of<string[]>([]),
      ),
    ),
    { initialValue: [] as string[] },
  );

  protected day(value: string): string {
    return formatDay(value, this.language.current());
  }

  protected assign(): Promise<void> {
    const { department, dueOn } = this.form.getRawValue();
    return this.controller.submit(
      this.form,
      () => firstValueFrom(this.assignMutation.mutate({ variables: { input: { proposalId: this.proposalId(), department, dueOn } } })),
      {
        done: () => {
          this.controller.succeed('assessments.panel.assigned', { department });
          this.form.reset();
          this.version.update((version) => version + 1);
        },
      },
    );
  }

  protected async unassign(item: AssessmentItemFragment): Promise<void> {
    try {
      await firstValueFrom(this.unassignMutation.mutate({ variables: { id: item.id } }));
      this.controller.succeed('assessments.panel.unassigned', { department: item.department });
      this.version.update((version) => version + 1);
    } catch (error) {
      this.controller.fail(error);
    }
  }
}
