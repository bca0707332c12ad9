import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  FieldErrorPipe,
  FormController,
  FormStatusComponent,
  ProposalDetailPageGQL,
  UpdateProposalGQL,
  errorMessageKey,
  noBidiOverrides,
  noForbiddenCharacters,
  notBlank,
  toUiError,
} from '@mitreden/web/core';
import type { ProposalDetailFragment } from '@mitreden/web/core';
import { BODY_MAX, TITLE_MAX } from '../common/labels';

type LoadStatus = 'loading' | 'loaded' | 'missing' | 'failed';

/** The author changes the wording; the server keeps the previous version in the history. */
@Component({
  selector: 'mr-edit-proposal-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('proposals')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './edit-proposal.page.html',
  styleUrl: './proposal-form.scss',
})
export class EditProposalPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly router = inject(Router);
  private readonly detailQuery = inject(ProposalDetailPageGQL);
  private readonly updateMutation = inject(UpdateProposalGQL);
  protected readonly controller = new FormController();
  protected readonly titleMax = TITLE_MAX;
  protected readonly bodyMax = BODY_MAX;

  protected readonly status = signal<LoadStatus>('loading');
  protected readonly failure = signal<string | null>(null);
  protected readonly proposal = signal<ProposalDetailFragment | null>(null);
  protected readonly detailLink = computed(() => ['/proposals', this.id()]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, notBlank, Validators.maxLength(TITLE_MAX), noForbiddenCharacters]],
    body: ['', [Validators.required, notBlank, Validators.maxLength(BODY_MAX), noBidiOverrides]],
  });

  constructor() {
    toObservable(this.id)
      .pipe(
        switchMap((id) =>
          this.detailQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
            map((result) => ({ ok: true as const, proposal: result.data?.proposal ?? null })),
            catchError((error: unknown) => of({ ok: false as const, key: errorMessageKey(toUiError(error)) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        if (!result.ok) {
          this.failure.set(result.key);
          this.status.set('failed');
          return;
        }
        this.proposal.set(result.proposal);
        if (result.proposal) this.form.reset({ title: result.proposal.title, body: result.proposal.body });
        this.status.set(result.proposal ? 'loaded' : 'missing');
      });
  }

  protected submit(): Promise<void> {
    const { title, body } = this.form.getRawValue();
    const input = { title: title.trim(), body: body.trim() };
    return this.controller.submit(
      this.form,
      () => firstValueFrom(this.updateMutation.mutate({ variables: { id: this.id(), input } })),
      {
        done: async (result) => {
          if (!result.data?.updateProposal) throw new Error('updateProposal returned nothing');
          await this.router.navigate(['/proposals', this.id()]);
        },
      },
    );
  }
}
