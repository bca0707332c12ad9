import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CreateProcessGQL, errorMessageKey, FormStatusComponent, ManageProcessesGQL, SetCurrentProcessGQL, toUiError } from '@mitreden/web/core';
import type { ManagedProcessFragment, ManageProcessesQuery } from '@mitreden/web/core';
import { loadState } from '../common/watch-state';
import type { LoadState } from '../common/watch-state';
import { EditorForm } from './editor-form';
import { processForm, processInputFrom } from './process-form';
import { ProcessTextsComponent } from './process-texts.component';

/** Project group: every process, which one is current, and a form to start a new one. */
@Component({
  selector: 'mr-manage-processes-page',
  imports: [FormStatusComponent, MatButton, ProcessTextsComponent, ReactiveFormsModule, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('processes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('processes.manage.listHeading') }}</h1>
      <mr-form-status [message]="listStatus() ? t(listStatus()!) : null" [kind]="'error'" />
      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ t('processes.manage.loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ t(failureKey() ?? 'errors.INTERNAL_SERVER_ERROR') }}</p>
        }
        @default {
          @if (processes().length) {
            <ul class="mr-manage-list">
              @for (process of processes(); track process.id) {
                <li class="mr-manage-list__item">
                  <div>
                    <h2 class="mr-manage-list__title">
                      <a [routerLink]="['/manage/processes', process.id]" dir="auto">{{ process.title }}</a>
                    </h2>
                    <p class="mr-manage-list__meta">
                      <span dir="ltr">/processes/{{ process.slug }}</span>
                      @if (process.isCurrent) {
                        · <strong>{{ t('processes.manage.isCurrent') }}</strong>
                      }
                      @if (process.currentPhase; as phase) {
                        · {{ t('processes.page.currentPhase') }} <span dir="auto">{{ phase.title }}</span>
                      }
                    </p>
                  </div>
                  @if (!process.isCurrent) {
                    <button mat-stroked-button type="button" [disabled]="switching()" (click)="makeCurrent(process)">
                      {{ t('processes.manage.makeCurrent') }}<span class="mr-visually-hidden">: {{ process.title }}</span>
                    </button>
                  }
                </li>
              }
            </ul>
          } @else {
            <p>{{ t('processes.manage.none') }}</p>
          }
        }
      }

      <section aria-labelledby="create-heading" class="mr-manage-create">
        <h2 id="create-heading">{{ t('processes.manage.createHeading') }}</h2>
        <mr-form-status [message]="editor.status() ? t(editor.status()!.key) : null" [kind]="editor.status()?.kind ?? 'info'" />
        <form class="mr-form" [formGroup]="form" (ngSubmit)="create()" novalidate>
          <p class="mr-form__note">{{ t('forms.requiredNote') }}</p>
          <mr-process-texts [form]="form" />
          <button mat-flat-button type="submit" [disabled]="editor.submitting()">{{ t('processes.manage.create') }}</button>
        </form>
      </section>
    </ng-container>
  `,
  styleUrl: './manage.scss',
})
export class ManageProcessesPage {
  private readonly query = inject(ManageProcessesGQL);
  private readonly createMutation = inject(CreateProcessGQL);
  private readonly setCurrentMutation = inject(SetCurrentProcessGQL);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);

  private readonly watched = this.query.watch({ fetchPolicy: 'cache-and-network' });
  protected readonly state = toSignal(loadState(this.watched.valueChanges, (data: ManageProcessesQuery) => data.processes), {
    initialValue: { status: 'loading' } as LoadState<ManagedProcessFragment[]>,
  });
  protected readonly processes = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : [];
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? errorMessageKey(state.error) : null;
  });

  protected readonly form = processForm(inject(NonNullableFormBuilder));
  protected readonly editor = new EditorForm();
  protected readonly switching = signal(false);
  protected readonly listStatus = signal<string | null>(null);

  protected create(): Promise<void> {
    return this.editor.submit(
      this.form,
      async () => (await firstValueFrom(this.createMutation.mutate({ variables: { input: processInputFrom(this.form) } }))).data?.createProcess,
      async (created) => {
        if (!created) return;
        void this.announcer.announce(this.transloco.translate('processes.manage.created'), 'polite');
        await this.router.navigate(['/manage/processes', created.id]);
      },
    );
  }

  protected async makeCurrent(process: ManagedProcessFragment): Promise<void> {
    this.switching.set(true);
    this.listStatus.set(null);
    try {
      await firstValueFrom(this.setCurrentMutation.mutate({ variables: { id: process.id } }));
      await this.watched.refetch();
      void this.announcer.announce(this.transloco.translate('processes.manage.madeCurrent', { title: process.title }), 'polite');
    } catch (error) {
      this.listStatus.set(errorMessageKey(toUiError(error)));
    } finally {
      this.switching.set(false);
    }
  }
}
