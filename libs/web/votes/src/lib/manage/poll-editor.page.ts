import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal, afterNextRender, ElementRef } from '@angular/core';
import { CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import {
  ClosePollNowGQL,
  DeletePollGQL,
  fieldErrorMessage,
  focusFirstInvalidField,
  FormController,
  FormStatusComponent,
  confirmAction,
  LANGUAGE_NATIVE_NAMES,
  LanguageService,
  ManagedPollGQL,
  ManagePollProcessesGQL,
  noForbiddenCharacters,
  PublishPollGQL,
  SavePollGQL,
  SetPollOptionImageGQL,
  toUiError,
  errorMessageKey,
} from '@mitreden/web/core';
import type { ManagePollDetailFragment, ManagePollOptionFragment, PollInput, PollMethod, UiError } from '@mitreden/web/core';
import { REGION_MUNICIPALITIES, textDirection } from '@mitreden/shared/contracts';
import {
  controlPathFor,
  EDIT_LOCALES,
  imageProblem,
  moveControl,
  OPTIONS_MAX,
  OPTIONS_MIN,
  pickText,
  pollInputFrom,
  pollRuleKey,
  POLL_METHODS,
  readAsBase64,
  SLUG_PATTERN,
  splitDateTime,
  textsFrom,
} from './poll-form';
import type { EditLocale, PollFormValue, Texts } from './poll-form';

type LoadState = 'new' | 'loading' | 'loaded' | 'missing' | 'failed';

/** /manage/polls/new and /manage/polls/:id: the whole poll as one document; drafts only are editable. */
@Component({
  selector: 'mr-poll-editor-page',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './poll-editor.page.html',
  styleUrl: './manage.scss',
})
export class PollEditorPage {
  /** Route parameter; absent on /manage/polls/new. */
  readonly id = input<string | undefined>(undefined);

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly pollQuery = inject(ManagedPollGQL);
  private readonly processesQuery = inject(ManagePollProcessesGQL);
  private readonly saveMutation = inject(SavePollGQL);
  private readonly imageMutation = inject(SetPollOptionImageGQL);
  private readonly deleteMutation = inject(DeletePollGQL);
  private readonly publishMutation = inject(PublishPollGQL);
  private readonly closeMutation = inject(ClosePollNowGQL);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly locales = EDIT_LOCALES.map((locale) => ({
    locale,
    name: LANGUAGE_NATIVE_NAMES[locale],
    dir: textDirection(locale),
  }));
  protected readonly methods = POLL_METHODS;
  protected readonly municipalities = REGION_MUNICIPALITIES;
  protected readonly optionsMax = OPTIONS_MAX;
  protected readonly controller = new FormController();

  protected readonly loadState = signal<LoadState>('new');
  protected readonly poll = signal<ManagePollDetailFragment | null>(null);
  protected readonly editable = computed(() => (this.poll()?.status ?? 'DRAFT') === 'DRAFT');
  protected readonly busy = signal(false);
  /** Per option id: a message about its image (upload problems, "save first"). */
  protected readonly imageMessages = signal<Record<string, string>>({});
  /** Bumped after an image change so the preview reloads from the same URL. */
  private readonly imageVersion = signal(0);
  private lastSent: PollInput | null = null;

  protected readonly form = this.fb.group({
    slug: ['', [Validators.required, Validators.maxLength(80), Validators.pattern(SLUG_PATTERN)]],
    question: this.texts(200, true),
    description: this.texts(5000, false),
    method: this.fb.control<PollMethod>('SINGLE', Validators.required),
    maxChoices: this.fb.control<number | null>(2),
    opensDate: ['', Validators.required],
    opensTime: ['09:00', Validators.required],
    closesDate: ['', Validators.required],
    closesTime: ['18:00', Validators.required],
    processId: ['', Validators.required],
    phaseId: [''],
    acceptsAccounts: true,
    acceptsCodes: false,
    municipality: [''],
    allowVoteChange: false,
    options: this.fb.array<FormGroup>([]),
  });

  protected readonly method = toSignal(this.form.controls.method.valueChanges, { initialValue: this.form.controls.method.value });
  private readonly processId = toSignal(this.form.controls.processId.valueChanges, { initialValue: '' });

  protected readonly processes = toSignal(
    this.processesQuery.watch({ fetchPolicy: 'cache-first' }).valueChanges.pipe(
      map((result) => (result.dataState === 'complete' ? result.data.processes : [])),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly phases = computed(() => this.processes().find((p) => p.id === this.processId())?.phases ?? []);

  constructor() {
    effect(() => void this.load(this.id()));
    // A new poll goes to the current process, in its vote phase when it has one.
    effect(() => {
      const processes = this.processes();
      if (this.id() || this.form.controls.processId.value) return;
      const current = processes.find((p) => p.isCurrent) ?? processes[0];
      if (!current) return;
      this.form.controls.processId.setValue(current.id);
      this.form.controls.phaseId.setValue(current.phases.find((p) => p.kind === 'VOTE')?.id ?? '');
    });
    if (!this.id()) this.resetOptions([]);
  }

  get options(): FormArray<FormGroup> {
    return this.form.controls.options;
  }

  private texts(max: number, germanRequired: boolean): FormGroup {
    const group: Record<string, unknown> = {};
    for (const locale of EDIT_LOCALES) {
      const validators = [Validators.maxLength(max), noForbiddenCharacters];
      group[locale] = ['', locale === 'de' && germanRequired ? [Validators.required, ...validators] : validators];
    }
    return this.fb.group(group);
  }

  private optionGroup(option?: ManagePollOptionFragment): FormGroup {
    const group = this.fb.group({
      id: [option?.id ?? ''],
      imageUrl: [option?.imageUrl ?? ''],
      label: this.texts(200, true),
      description: this.texts(5000, false),
      imageAlt: this.texts(300, false),
    });
    if (option) {
      group.controls.label.setValue(textsFrom(option.label));
      group.controls.description.setValue(textsFrom(option.description));
      group.controls.imageAlt.setValue(textsFrom(option.imageAlt));
    }
    return group;
  }

  private resetOptions(options: readonly ManagePollOptionFragment[]): void {
    this.options.clear({ emitEvent: false });
    const list = options.length ? options : [undefined, undefined];
    for (const option of list) this.options.push(this.optionGroup(option), { emitEvent: false });
    this.options.updateValueAndValidity();
  }

  private async load(id: string | undefined): Promise<void> {
    if (!id) {
      this.loadState.set('new');
      return;
    }
    this.loadState.set('loading');
    try {
      const result = await firstValueFrom(this.pollQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      const poll = result.data?.managedPoll ?? null;
      if (!poll) {
        this.loadState.set('missing');
        return;
      }
      this.fill(poll);
      this.loadState.set('loaded');
    } catch {
      this.loadState.set('failed');
    }
  }

  private fill(poll: ManagePollDetailFragment): void {
    this.poll.set(poll);
    const opens = splitDateTime(poll.opensAt);
    const closes = splitDateTime(poll.closesAt);
    this.form.reset({
      slug: poll.slug,
      question: textsFrom(poll.question),
      description: textsFrom(poll.description),
      method: poll.method,
      maxChoices: poll.maxChoices ?? 2,
      opensDate: opens.date,
      opensTime: opens.time,
      closesDate: closes.date,
      closesTime: closes.time,
      processId: poll.processId,
      phaseId: poll.phaseId ?? '',
      acceptsAccounts: poll.acceptsAccounts,
      acceptsCodes: poll.acceptsCodes,
      municipality: poll.municipality ?? '',
      allowVoteChange: poll.allowVoteChange,
    });
    this.resetOptions([...poll.options].sort((a, b) => a.position - b.position));
    if (poll.status === 'DRAFT') this.form.enable({ emitEvent: false });
    else this.form.disable({ emitEvent: false });
    this.form.markAsPristine();
  }

  protected questionText(): string {
    const poll = this.poll();
    return poll ? pickText(poll.question, this.language.current()) : '';
  }

  protected processChanged(processId: string): void {
    const phases = this.processes().find((p) => p.id === processId)?.phases ?? [];
    this.form.controls.phaseId.setValue(phases.find((p) => p.kind === 'VOTE')?.id ?? '');
  }

  /** Message key (and params) for a control, poll-specific rules first. */
  protected errorOf(control: AbstractControl | null): { key: string; params: Record<string, unknown> } | null {
    if (!control?.errors) return null;
    const rule = pollRuleKey(control);
    if (rule) return { key: rule, params: {} };
    if (control.errors['pattern']) return { key: 'votes.editor.slugPattern', params: {} };
    return fieldErrorMessage(control.errors);
  }

  protected showError(control: AbstractControl | null): boolean {
    return !!control?.errors && (control.touched || !!control.errors['server']);
  }

  protected control(path: string): AbstractControl | null {
    return this.form.get(path);
  }

  protected optionLabel(index: number): string {
    const texts = this.options.at(index)?.get('label')?.value as Texts | undefined;
    return texts?.de?.trim() || this.transloco.translate('votes.editor.optionNumber', { number: index + 1 });
  }

  protected imageSrc(index: number): string {
    const url = String(this.options.at(index)?.get('imageUrl')?.value ?? '');
    if (!url) return '';
    const version = this.imageVersion();
    return version ? `${url}${url.includes('?') ? '&' : '?'}v=${version}` : url;
  }

  protected imageAltText(index: number): string {
    const texts = this.options.at(index)?.get('imageAlt')?.value as Texts | undefined;
    return texts?.[this.language.current() as EditLocale] || texts?.de || '';
  }

  protected addOption(): void {
    if (this.options.length >= OPTIONS_MAX) return;
    this.options.push(this.optionGroup());
    this.form.markAsDirty();
    const index = this.options.length - 1;
    this.focusLater(`#pm-option-${index}-label-de`);
    void this.announcer.announce(this.transloco.translate('votes.editor.optionAdded', { number: index + 1 }), 'polite');
  }

  protected removeOption(index: number): void {
    if (this.options.length <= OPTIONS_MIN) return;
    const label = this.optionLabel(index);
    this.options.removeAt(index);
    this.form.markAsDirty();
    this.focusLater('#pm-add-option');
    void this.announcer.announce(this.transloco.translate('votes.editor.optionRemoved', { label }), 'polite');
  }

  protected moveOption(index: number, to: number, focusId?: string): void {
    if (!moveControl(this.options, index, to)) return;
    this.form.markAsDirty();
    if (focusId) this.focusLater(`#pm-option-${to}-${focusId}`);
    void this.announcer.announce(
      this.transloco.translate('votes.editor.optionMoved', { label: this.optionLabel(to), position: to + 1, count: this.options.length }),
      'polite',
    );
  }

  protected dropOption(event: CdkDragDrop<unknown>): void {
    this.moveOption(event.previousIndex, event.currentIndex);
  }

  protected save(): Promise<void> {
    if (!this.editable()) return Promise.resolve();
    return this.controller.submit(
      this.form,
      async () => {
        const poll = this.poll();
        const input = pollInputFrom(this.form.getRawValue() as unknown as PollFormValue, poll?.id ?? null, poll?.version ?? null);
        this.lastSent = input;
        const result = await firstValueFrom(this.saveMutation.mutate({ variables: { input } }));
        return result.data?.savePoll ?? null;
      },
      {
        done: async (saved) => {
          if (!saved) return;
          const created = !this.poll();
          this.fill(saved);
          this.controller.succeed('votes.editor.saved');
          void this.announcer.announce(this.transloco.translate('votes.editor.saved'), 'polite');
          if (created) await this.router.navigate(['/manage/polls', saved.id]);
        },
        failed: (error) => this.showFailure(error),
      },
    );
  }

  private showFailure(error: UiError): void {
    if (error.code === 'CONFLICT') {
      this.controller.status.set({ kind: 'error', key: 'votes.editor.conflict' });
      return;
    }
    if (error.code === 'POLL_LOCKED') {
      this.controller.status.set({ kind: 'error', key: 'votes.editor.locked' });
      return;
    }
    const sent = this.lastSent;
    let matched = false;
    for (const [path, rules] of Object.entries(error.fields)) {
      const target = sent ? controlPathFor(path, sent) : null;
      const control = target ? this.form.get(target) : null;
      if (!control) continue;
      control.setErrors({ ...(control.errors ?? {}), server: rules });
      control.markAsTouched();
      matched = true;
    }
    if (matched) {
      this.controller.status.set({ kind: 'error', key: 'forms.checkFields' });
      afterNextRender(() => focusFirstInvalidField(this.host.nativeElement.querySelector('form')), { injector: this.injector });
    }
  }

  protected async reload(): Promise<void> {
    this.controller.status.set(null);
    await this.load(this.poll()?.id);
  }

  protected async pickImage(index: number, event: Event): Promise<void> {
    const fileInput = event.target as HTMLInputElement;
    const file = fileInput.files?.[0];
    fileInput.value = '';
    const option = this.options.at(index);
    const optionId = String(option?.get('id')?.value ?? '');
    if (!file || !option || !optionId) return;
    const problem = imageProblem(file);
    if (problem) return this.imageMessage(optionId, `votes.editor.rules.${problem}`);
    if (this.form.dirty || !(option.get('imageAlt.de')?.value as string).trim()) {
      return this.imageMessage(optionId, 'votes.editor.imageSaveFirst');
    }
    await this.changeImage(index, optionId, { contentType: file.type, base64: await readAsBase64(file) });
  }

  protected async removeImage(index: number): Promise<void> {
    const optionId = String(this.options.at(index)?.get('id')?.value ?? '');
    if (optionId) await this.changeImage(index, optionId, { contentType: 'image/png', base64: '' });
  }

  private async changeImage(index: number, optionId: string, image: { contentType: string; base64: string }): Promise<void> {
    this.busy.set(true);
    this.imageMessage(optionId, '');
    try {
      const result = await firstValueFrom(this.imageMutation.mutate({ variables: { input: { optionId, ...image } } }));
      const saved = result.data?.setPollOptionImage;
      if (saved) {
        this.options.at(index)?.get('imageUrl')?.setValue(saved.imageUrl ?? '', { emitEvent: false });
        this.imageVersion.update((v) => v + 1);
        this.imageMessage(optionId, image.base64 ? 'votes.editor.imageSaved' : 'votes.editor.imageRemoved');
      }
    } catch (error) {
      const uiError = toUiError(error);
      const rule = Object.values(uiError.fields).flat().find((r) => ['TOO_LARGE', 'NOT_AN_IMAGE', 'TYPE_MISMATCH', 'NOT_BASE64', 'germanRequired'].includes(r));
      this.imageMessage(optionId, rule ? (rule === 'germanRequired' ? 'votes.editor.imageSaveFirst' : `votes.editor.rules.${rule}`) : errorMessageKey(uiError));
    } finally {
      this.busy.set(false);
    }
  }

  private imageMessage(optionId: string, key: string): void {
    this.imageMessages.update((all) => ({ ...all, [optionId]: key }));
  }

  protected async publish(): Promise<void> {
    const poll = this.poll();
    if (!poll || this.form.dirty) {
      this.controller.status.set({ kind: 'error', key: 'votes.editor.saveBeforePublish' });
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('votes.editor.publishTitle'),
      message: this.transloco.translate('votes.editor.publishMessage'),
      confirm: this.transloco.translate('votes.editor.publish'),
    });
    if (confirmed) await this.act(async () => (await firstValueFrom(this.publishMutation.mutate({ variables: { id: poll.id } }))).data?.publishPoll, 'votes.editor.published');
  }

  protected async closeNow(): Promise<void> {
    const poll = this.poll();
    if (!poll) return;
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('votes.editor.closeTitle'),
      message: this.transloco.translate('votes.editor.closeMessage'),
      confirm: this.transloco.translate('votes.editor.closeNow'),
    });
    if (confirmed) await this.act(async () => (await firstValueFrom(this.closeMutation.mutate({ variables: { id: poll.id } }))).data?.closePollNow, 'votes.editor.closed');
  }

  protected async remove(): Promise<void> {
    const poll = this.poll();
    if (!poll) return;
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('votes.editor.deleteTitle'),
      message: this.transloco.translate('votes.editor.deleteMessage'),
      confirm: this.transloco.translate('votes.editor.delete'),
    });
    if (!confirmed) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.deleteMutation.mutate({ variables: { id: poll.id } }));
      void this.announcer.announce(this.transloco.translate('votes.editor.deleted'), 'polite');
      await this.router.navigate(['/manage/polls']);
    } catch (error) {
      this.controller.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async act(request: () => Promise<ManagePollDetailFragment | null | undefined>, doneKey: string): Promise<void> {
    this.busy.set(true);
    try {
      const poll = await request();
      if (poll) this.fill(poll);
      this.controller.succeed(doneKey);
      this.focusLater('h1');
    } catch (error) {
      const uiError = this.controller.fail(error);
      const rule = Object.values(uiError.fields).flat().find((r) => pollRuleKey({ errors: { server: [r] } } as unknown as AbstractControl));
      if (rule) this.controller.status.set({ kind: 'error', key: `votes.editor.rules.${rule}` });
    } finally {
      this.busy.set(false);
    }
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
