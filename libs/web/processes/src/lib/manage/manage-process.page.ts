import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { errorMessageKey, FormStatusComponent, ManageProcessesGQL, UpdateProcessGQL } from '@mitreden/web/core';
import type { ManagedProcessFragment, ManageProcessesQuery } from '@mitreden/web/core';
import { AutoHideSettingComponent } from '@mitreden/web/moderation';
import { loadState } from '../common/watch-state';
import type { LoadState } from '../common/watch-state';
import { ActionFieldsEditorComponent } from './action-fields-editor.component';
import { EditorForm } from './editor-form';
import { ForumsEditorComponent } from './forums-editor.component';
import { PhasesEditorComponent } from './phases-editor.component';
import { processForm, processFormValues, processInputFrom } from './process-form';
import { ProcessTextsComponent } from './process-texts.component';

/** Project group: one process's texts, phases, action fields, forums and its auto-hide setting. */
@Component({
  selector: 'mr-manage-process-page',
  imports: [
    ActionFieldsEditorComponent,
    AutoHideSettingComponent,
    FormStatusComponent,
    ForumsEditorComponent,
    MatButton,
    PhasesEditorComponent,
    ProcessTextsComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('processes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <p><a routerLink="/manage/processes">{{ t('processes.manage.backToList') }}</a></p>
      @if (process(); as process) {
        <h1 dir="auto">{{ t('processes.manage.editHeading', { title: process.title }) }}</h1>
        <p>
          <a [routerLink]="['/processes', process.slug]">{{ t('processes.manage.viewPublic') }}</a>
        </p>
        <section class="mr-manage-section" aria-labelledby="texts-heading">
          <h2 id="texts-heading">{{ t('processes.manage.textsHeading') }}</h2>
          <mr-form-status [message]="editor.status() ? t(editor.status()!.key) : null" [kind]="editor.status()?.kind ?? 'info'" />
          <form class="mr-form" [formGroup]="form" (ngSubmit)="save(process)" novalidate>
            <p class="mr-form__note">{{ t('forms.requiredNote') }}</p>
            <mr-process-texts [form]="form" />
            <button mat-flat-button type="submit" [disabled]="editor.submitting()">{{ t('processes.manage.saveTexts') }}</button>
          </form>
        </section>
        <mr-phases-editor [process]="process" (changed)="reload()" />
        <mr-action-fields-editor [process]="process" (changed)="reload()" />
        <mr-forums-editor [process]="process" (changed)="reload()" />
        <mr-auto-hide-setting [processId]="process.id" />
      } @else {
        <h1>{{ t('processes.manage.editFallback') }}</h1>
        @if (failureKey(); as key) {
          <p role="alert">{{ t(key) }}</p>
        } @else if (state().status === 'loading') {
          <p role="status">{{ t('processes.manage.loading') }}</p>
        } @else {
          <p>{{ t('processes.manage.notFound') }}</p>
        }
      }
    </ng-container>
  `,
  styleUrl: './manage.scss',
})
export class ManageProcessPage {
  /** Route parameter (component input binding). */
  readonly id = input.required<string>();

  private readonly query = inject(ManageProcessesGQL);
  private readonly updateMutation = inject(UpdateProcessGQL);

  // The project group has a handful of processes; the list query already carries everything.
  private readonly watched = this.query.watch({ fetchPolicy: 'cache-and-network' });
  protected readonly state = toSignal(loadState(this.watched.valueChanges, (data: ManageProcessesQuery) => data.processes), {
    initialValue: { status: 'loading' } as LoadState<ManagedProcessFragment[]>,
  });
  protected readonly process = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? (state.value.find((candidate) => candidate.id === this.id()) ?? null) : null;
  });
  protected readonly failureKey = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? errorMessageKey(state.error) : null;
  });

  protected readonly form = processForm(inject(NonNullableFormBuilder));
  protected readonly editor = new EditorForm();
  /** The process whose texts are in the form; refetches after other sections' changes keep typed text. */
  private readonly filledFor = signal<string | null>(null);

  constructor() {
    effect(() => {
      const process = this.process();
      if (process && this.filledFor() !== process.id) {
        this.form.reset(processFormValues(process));
        this.filledFor.set(process.id);
      }
    });
  }

  protected reload(): void {
    void this.watched.refetch();
  }

  protected save(process: ManagedProcessFragment): Promise<void> {
    return this.editor.submit(
      this.form,
      () => firstValueFrom(this.updateMutation.mutate({ variables: { id: process.id, input: processInputFrom(this.form) } })),
      () => {
        this.editor.status.set({ kind: 'success', key: 'processes.manage.textsSaved' });
        void this.watched.refetch();
      },
    );
  }
}
