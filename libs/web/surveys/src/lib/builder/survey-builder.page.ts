import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { CdkDrag, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  BuilderCloseSurveyGQL,
  BuilderPublishSurveyGQL,
  BuilderSaveSurveyGQL,
  BuilderSurveyGQL,
  FormStatusComponent,
  confirmAction,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type { BuilderSurveyFragment, ConditionOperator, SurveyAudience } from '@mitreden/web/core';
import { SurveyManageNavComponent } from '../common/survey-manage-nav.component';
import { SurveyBuilderStore, fieldId, ruleKey } from './builder-store';
import { QuestionEditorComponent } from './question-editor.component';
import type { QuestionMove } from './question-editor.component';
import {
  addQuestion,
  addSection,
  allQuestions,
  conditionSources,
  draftFromSurvey,
  draftToInput,
  moveSection,
  normaliseErrors,
  operatorsFor,
  removeQuestion,
  removeSection,
  transferQuestion,
  updateSection,
} from './survey-draft';
import type { DraftCondition, SurveyDraft, Texts } from './survey-draft';
import { TranslatedTextsComponent } from './translated-texts.component';
import type { TextChange } from './translated-texts.component';

interface Status {
  kind: 'success' | 'error' | 'info';
  key: string;
}

/** /manage/surveys/:id: sections, questions, options, conditions, translations; publish and close. */
@Component({
  selector: 'mr-survey-builder-page',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    FormStatusComponent,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    QuestionEditorComponent,
    RouterLink,
    SurveyManageNavComponent,
    TranslatedTextsComponent,
    TranslocoDirective,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('surveys'), SurveyBuilderStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnUnsaved($event)' },
  templateUrl: './survey-builder.page.html',
  styleUrl: './builder.scss',
})
export class SurveyBuilderPage {
  /** Route parameter (component input binding). */
  readonly id = input.required<string>();

  protected readonly store = inject(SurveyBuilderStore);
  private readonly surveyQuery = inject(BuilderSurveyGQL);
  private readonly saveMutation = inject(BuilderSaveSurveyGQL);
  private readonly publishMutation = inject(BuilderPublishSurveyGQL);
  private readonly closeMutation = inject(BuilderCloseSurveyGQL);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly survey = signal<BuilderSurveyFragment | null>(null);
  protected readonly loadState = signal<'loading' | 'loaded' | 'missing' | 'failed'>('loading');
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<Status | null>(null);
  protected readonly audiences: SurveyAudience[] = ['PUBLIC', 'ANONYMOUS', 'INVITED'];

  protected readonly draft = this.store.draft;
  protected readonly sectionListIds = computed(() => (this.draft()?.sections ?? []).map((s) => `sb-qlist-${s.uid}`));
  protected readonly segmentCandidates = computed(() =>
    allQuestions(this.draft() ?? ({ sections: [] } as unknown as SurveyDraft)).filter((q) => q.kind === 'SINGLE_CHOICE'),
  );
  protected readonly errorSummary = computed(() =>
    Object.entries(this.store.errors()).map(([path, rules]) => ({ path, rule: ruleKey(rules[0] ?? 'invalid'), where: this.describePath(path) })),
  );

  constructor() {
    effect(() => void this.load(this.id()));
  }

  protected fieldId = fieldId;

  /** The browser asks before leaving or reloading with unsaved edits (the whole survey is one draft). */
  protected warnUnsaved(event: BeforeUnloadEvent): void {
    if (this.store.dirty()) event.preventDefault();
  }

  protected ruleKeyOf(path: string): string {
    return ruleKey(this.store.errorsAt(path)[0] ?? 'invalid');
  }

  /** A section holding stored questions stays (its questions cannot be removed either). */
  protected sectionLocked(si: number): boolean {
    return this.draft()?.sections[si]?.questions.some((q) => q.locked) ?? false;
  }

  private async load(id: string): Promise<void> {
    this.loadState.set('loading');
    try {
      const result = await firstValueFrom(this.surveyQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      const survey = result.data?.survey ?? null;
      if (!survey) {
        this.loadState.set('missing');
        return;
      }
      this.apply(survey);
      this.loadState.set('loaded');
    } catch (error) {
      this.loadError.set(errorMessageKey(toUiError(error)));
      this.loadState.set('failed');
    }
  }

  private apply(survey: BuilderSurveyFragment): void {
    this.survey.set(survey);
    this.store.load(draftFromSurvey(survey), (survey.responseCount ?? 0) > 0, survey.status === 'DRAFT');
  }

  // ------------------------------------------------------------ settings

  protected setSettingTexts(field: 'title' | 'intro' | 'thanks', change: TextChange): void {
    this.store.update((d) => ({ ...d, [field]: { ...d[field], [change.locale]: change.text } as Texts }));
  }

  protected setSetting(field: 'slug' | 'opensAt' | 'closesAt', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.store.update((d) => ({ ...d, [field]: field === 'slug' ? value.trim().toLowerCase() : value }));
  }

  protected setAudience(audience: SurveyAudience): void {
    this.store.update((d) => ({ ...d, audience, anonymous: audience === 'ANONYMOUS' ? true : audience === 'PUBLIC' ? false : d.anonymous }));
  }

  protected setAnonymous(anonymous: boolean): void {
    this.store.update((d) => ({ ...d, anonymous }));
  }

  protected setSegment(key: string): void {
    this.store.update((d) => ({ ...d, segmentQuestionKey: key || null }));
  }

  // ------------------------------------------------------------ sections

  protected addSection(): void {
    this.store.update(addSection);
    const count = this.draft()?.sections.length ?? 1;
    this.store.announce('surveys.builder.editor.sectionAdded', { n: count });
    this.store.focusAfterRender(`#${fieldId(`sections.${count - 1}.heading`)}`);
  }

  protected setSectionTexts(si: number, field: 'title' | 'description', change: TextChange): void {
    const section = this.draft()?.sections[si];
    if (!section) return;
    this.store.update((d) => updateSection(d, si, { [field]: { ...section[field], [change.locale]: change.text } }));
  }

  protected moveSection(from: number, to: number): void {
    this.store.update((d) => moveSection(d, from, to));
    this.store.announce('surveys.builder.editor.sectionMoved', { n: to + 1 });
    this.store.focusAfterRender(`#${fieldId(`sections.${to}.${to < from ? 'up' : 'down'}`)}`, `#${fieldId(`sections.${to}.heading`)}`);
  }

  protected dropSection(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.store.update((d) => moveSection(d, event.previousIndex, event.currentIndex));
    this.store.announce('surveys.builder.editor.sectionMoved', { n: event.currentIndex + 1 });
  }

  protected async removeSection(si: number): Promise<void> {
    const section = this.draft()?.sections[si];
    if (!section) return;
    if (section.questions.length) {
      const confirmed = await confirmAction(this.dialog, {
        title: this.transloco.translate('surveys.builder.editor.removeSectionTitle', { n: si + 1 }),
        message: this.transloco.translate('surveys.builder.editor.removeSectionMessage', { count: section.questions.length }),
        confirm: this.transloco.translate('surveys.builder.editor.remove'),
      });
      if (!confirmed) return;
    }
    this.store.update((d) => removeSection(d, si));
    this.store.announce('surveys.builder.editor.sectionRemoved', { n: si + 1 });
    this.store.focusAfterRender(si > 0 ? `#${fieldId(`sections.${si - 1}.heading`)}` : '#sb-add-section');
  }

  protected setSectionCondition(si: number, key: string): void {
    const draft = this.draft();
    if (!draft) return;
    let condition: DraftCondition | null = null;
    const source = conditionSources(draft, si, null).find((s) => s.key === key);
    if (source) {
      const operator = operatorsFor(source.kind)[0] as ConditionOperator;
      condition = { questionKey: key, operator, value: operator === 'AT_LEAST' ? '' : (source.options[0]?.key ?? '') };
    }
    this.store.update((d) => updateSection(d, si, { condition }));
  }

  protected setSectionConditionValue(si: number, value: string): void {
    const condition = this.draft()?.sections[si]?.condition;
    if (condition) this.store.update((d) => updateSection(d, si, { condition: { ...condition, value: String(value).trim() } }));
  }

  protected sectionSources(si: number) {
    const draft = this.draft();
    return draft ? conditionSources(draft, si, null) : [];
  }

  protected sectionConditionSource(si: number) {
    const condition = this.draft()?.sections[si]?.condition;
    return condition ? (this.sectionSources(si).find((s) => s.key === condition.questionKey) ?? null) : null;
  }

  // ------------------------------------------------------------ questions

  protected addQuestion(si: number): void {
    this.store.update((d) => addQuestion(d, si));
    const qi = (this.draft()?.sections[si]?.questions.length ?? 1) - 1;
    this.store.announce('surveys.builder.editor.questionAdded', { n: qi + 1 });
    this.store.focusAfterRender(`#${fieldId(`sections.${si}.questions.${qi}.title`)}`);
  }

  protected async moveQuestion(si: number, qi: number, move: QuestionMove): Promise<void> {
    const draft = this.draft();
    const section = draft?.sections[si];
    if (!draft || !section) return;
    if (move === 'remove') {
      const confirmed = await confirmAction(this.dialog, {
        title: this.transloco.translate('surveys.builder.editor.removeQuestionTitle', { n: qi + 1 }),
        message: this.transloco.translate('surveys.builder.editor.removeQuestionMessage'),
        confirm: this.transloco.translate('surveys.builder.editor.remove'),
      });
      if (!confirmed) return;
      this.store.update((d) => removeQuestion(d, si, qi));
      this.store.announce('surveys.builder.editor.questionRemoved', { n: qi + 1 });
      const left = this.draft()?.sections[si]?.questions.length ?? 0;
      this.store.focusAfterRender(left ? `#${fieldId(`sections.${si}.questions.${Math.min(qi, left - 1)}.heading`)}` : `#${fieldId(`sections.${si}.addQuestion`)}`);
      return;
    }
    let target: [number, number];
    if (move === 'up') target = [si, qi - 1];
    else if (move === 'down') target = [si, qi + 1];
    else if (move === 'previousSection') target = [si - 1, draft.sections[si - 1]?.questions.length ?? 0];
    else target = [si + 1, 0];
    const [toSection, toIndex] = target;
    this.store.update((d) => transferQuestion(d, si, qi, toSection, toIndex));
    this.store.announce('surveys.builder.editor.questionMoved', { n: toIndex + 1, section: toSection + 1 });
    const base = `sections.${toSection}.questions.${toIndex}`;
    const button = move === 'up' || move === 'down' ? `#${fieldId(`${base}.${move}`)}` : `#${fieldId(`${base}.heading`)}`;
    this.store.focusAfterRender(button, `#${fieldId(`${base}.heading`)}`);
  }

  protected dropQuestion(toSection: number, event: CdkDragDrop<number>): void {
    const fromSection = event.previousContainer.data;
    if (fromSection === toSection && event.previousIndex === event.currentIndex) return;
    this.store.update((d) => transferQuestion(d, fromSection, event.previousIndex, toSection, event.currentIndex));
    this.store.announce('surveys.builder.editor.questionMoved', { n: event.currentIndex + 1, section: toSection + 1 });
  }

  // ------------------------------------------------------------ save, publish, close

  protected async save(): Promise<boolean> {
    const draft = this.draft();
    if (!draft || this.busy()) return false;
    this.store.showErrors.set(true);
    if (this.store.hasClientErrors()) {
      this.status.set({ kind: 'error', key: 'surveys.builder.editor.fixErrors' });
      this.store.focusAfterRender('#sb-error-summary');
      return false;
    }
    this.busy.set(true);
    this.status.set(null);
    try {
      const result = await firstValueFrom(this.saveMutation.mutate({ variables: { input: draftToInput(draft) } }));
      const saved = result.data?.saveSurvey;
      if (saved) this.apply(saved);
      this.status.set({ kind: 'success', key: 'surveys.builder.editor.saved' });
      return true;
    } catch (error) {
      const uiError = toUiError(error);
      const fields = normaliseErrors(uiError.fields);
      this.store.serverErrors.set(fields);
      if (uiError.code === 'CONFLICT') this.status.set({ kind: 'error', key: 'surveys.builder.editor.conflict' });
      else if (uiError.code === 'SURVEY_LOCKED') this.status.set({ kind: 'error', key: 'surveys.builder.editor.lockedError' });
      else if (Object.keys(fields).length) this.status.set({ kind: 'error', key: 'surveys.builder.editor.fixErrors' });
      else this.status.set({ kind: 'error', key: errorMessageKey(uiError) });
      if (Object.keys(fields).length) this.store.focusAfterRender('#sb-error-summary');
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** After a CONFLICT: drop local edits and load what someone else saved. */
  protected async reload(): Promise<void> {
    this.status.set(null);
    await this.load(this.id());
    this.store.announce('surveys.builder.editor.reloaded');
  }

  protected async publish(): Promise<void> {
    const survey = this.survey();
    if (!survey) return;
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate(survey.status === 'CLOSED' ? 'surveys.builder.editor.reopenTitle' : 'surveys.builder.editor.publishTitle'),
      message: this.transloco.translate(
        this.store.dirty() ? 'surveys.builder.editor.publishMessageUnsaved' : 'surveys.builder.editor.publishMessage',
      ),
      confirm: this.transloco.translate(survey.status === 'CLOSED' ? 'surveys.builder.editor.reopen' : 'surveys.builder.editor.publish'),
    });
    if (!confirmed) return;
    if (this.store.dirty() && !(await this.save())) return;
    await this.transition(
      async () => (await firstValueFrom(this.publishMutation.mutate({ variables: { id: survey.id } }))).data?.publishSurvey,
      'surveys.builder.editor.published',
    );
  }

  protected async close(): Promise<void> {
    const survey = this.survey();
    if (!survey) return;
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('surveys.builder.editor.closeTitle'),
      message: this.transloco.translate('surveys.builder.editor.closeMessage'),
      confirm: this.transloco.translate('surveys.builder.editor.close'),
    });
    if (!confirmed) return;
    await this.transition(
      async () => (await firstValueFrom(this.closeMutation.mutate({ variables: { id: survey.id } }))).data?.closeSurvey,
      'surveys.builder.editor.closed',
    );
  }

  private async transition(request: () => Promise<BuilderSurveyFragment | null | undefined>, doneKey: string): Promise<void> {
    this.busy.set(true);
    this.status.set(null);
    try {
      const survey = await request();
      if (survey) this.apply(survey);
      this.status.set({ kind: 'success', key: doneKey });
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(toUiError(error)) });
    } finally {
      this.busy.set(false);
    }
    this.store.focusAfterRender('#sb-status');
  }

  protected focusField(path: string): void {
    // The closest rendered field: a server path may name a part without its own input.
    let current = path;
    while (current) {
      const element = document.getElementById(fieldId(current));
      if (element) {
        element.focus();
        element.scrollIntoView?.({ block: 'center' });
        return;
      }
      current = current.includes('.') ? current.slice(0, current.lastIndexOf('.')) : '';
    }
  }

  /** "Section 2, question 3" for the error summary. */
  private describePath(path: string): string {
    const match = /^sections\.(\d+)(?:\.questions\.(\d+))?/.exec(path);
    if (!match) return this.transloco.translate('surveys.builder.editor.settingsHeading');
    const section = Number(match[1]) + 1;
    return match[2] === undefined
      ? this.transloco.translate('surveys.builder.editor.sectionHeading', { n: section })
      : this.transloco.translate('surveys.builder.editor.whereQuestion', { section, n: Number(match[2]) + 1 });
  }
}
