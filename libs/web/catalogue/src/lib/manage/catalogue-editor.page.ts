import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDragHandle, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  confirmAction,
  EditorCatalogueGQL,
  EditorDeleteGoalGQL,
  EditorDeleteMeasureGQL,
  EditorReorderFieldGQL,
  FormController,
  FormStatusComponent,
  htmlLang,
  LANGUAGE_NATIVE_NAMES,
  LanguageService,
} from '@mitreden/web/core';
import type { EditorActionFieldFragment, EditorCatalogueQuery, EditorGoalFragment, EditorMeasureFragment } from '@mitreden/web/core';
import type { FieldOrder } from '@mitreden/shared/catalogue';
import type { Locale } from '@mitreden/shared/contracts';
import { otherLanguages } from '../editor/editor-form';
import { GoalDialogComponent } from '../editor/goal-dialog.component';
import type { GoalDialogData } from '../editor/goal-dialog.component';
import { MeasureDialogComponent } from '../editor/measure-dialog.component';
import type { MeasureDialogData } from '../editor/measure-dialog.component';
import { MeasureStatusComponent } from '../editor/measure-status.component';
import {
  canMoveGoal,
  canMoveMeasure,
  currentNumbers,
  moveGoal,
  moveMeasure,
  orderOfField,
  placeMeasure,
  reorderInput,
  reorderPreview,
  sameOrder,
} from '../editor/reorder-state';
import type { MoveDirection } from '../editor/reorder-state';

type Catalogue = NonNullable<EditorCatalogueQuery['managedCatalogue']>;
type LoadState = 'loading' | 'loaded' | 'missing' | 'failed';

const DIALOG_WIDTH = '48rem';

/**
 * /manage/catalogue/:versionId: one action field at a time (`?field=<position>`). A draft is edited
 * goal by goal and measure by measure, and reordered with a preview of the new measure numbers; an
 * adopted version is read-only except for each measure's implementation status.
 */
@Component({
  selector: 'mr-catalogue-editor-page',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    CdkDropListGroup,
    FormStatusComponent,
    MatButton,
    MatTabLink,
    MatTabNav,
    MatTabNavPanel,
    MeasureStatusComponent,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('catalogue')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: '../editor/catalogue-editor.page.html',
  styleUrl: '../editor/editor.scss',
})
export class CatalogueEditorPage {
  /** Route parameter. */
  readonly versionId = input.required<string>();
  /** Query parameter: the action field's position. */
  readonly field = input<string | undefined>(undefined);

  private readonly catalogueQuery = inject(EditorCatalogueGQL);
  private readonly deleteGoalMutation = inject(EditorDeleteGoalGQL);
  private readonly deleteMeasureMutation = inject(EditorDeleteMeasureGQL);
  private readonly reorderMutation = inject(EditorReorderFieldGQL);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly controller = new FormController();

  protected readonly loadState = signal<LoadState>('loading');
  protected readonly catalogue = signal<Catalogue | null>(null);
  protected readonly busy = signal(false);
  protected readonly isDraft = computed(() => this.catalogue()?.version.status === 'DRAFT');

  protected readonly selectedField = computed<EditorActionFieldFragment | null>(() => {
    const fields = this.catalogue()?.actionFields ?? [];
    const position = Number(this.field());
    return fields.find((field) => field.position === position) ?? fields[0] ?? null;
  });
  protected readonly goals = computed(() => [...(this.selectedField()?.goals ?? [])].sort((a, b) => a.position - b.position));

  /** The order being edited in reorder mode; null outside it. */
  protected readonly reorder = signal<FieldOrder | null>(null);
  private readonly reorderFieldId = signal<string | null>(null);
  private readonly savedOrder = computed(() => {
    const field = this.selectedField();
    return field ? orderOfField(field) : null;
  });
  protected readonly reorderDirty = computed(() => {
    const order = this.reorder();
    const saved = this.savedOrder();
    return !!order && !!saved && !sameOrder(order, saved);
  });
  protected readonly preview = computed(() => {
    const field = this.selectedField();
    const order = this.reorder();
    return field && order ? reorderPreview(field.position, currentNumbers(field), order) : null;
  });
  protected readonly goalById = computed(() => new Map(this.goals().map((goal) => [goal.id, goal])));
  protected readonly measureById = computed(() => {
    const measures = new Map<string, EditorMeasureFragment>();
    for (const goal of this.goals()) for (const measure of goal.measures) measures.set(measure.id, measure);
    return measures;
  });

  private readonly dateFormat = computed(() => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'long', timeZone: 'UTC' }));

  constructor() {
    effect(() => {
      const versionId = this.versionId();
      untracked(() => void this.load(versionId, true));
    });
    // Reordering belongs to one field: following a link to another one (back button) drops it.
    effect(() => {
      const fieldId = this.selectedField()?.id ?? null;
      untracked(() => {
        if (this.reorder() && this.reorderFieldId() !== fieldId) this.reorder.set(null);
      });
    });
  }

  protected sortedMeasures(goal: EditorGoalFragment): EditorMeasureFragment[] {
    return [...goal.measures].sort((a, b) => a.number - b.number);
  }

  protected languagesOf(translations: readonly { locale: string; text: string }[]): string {
    return otherLanguages(translations)
      .map((locale) => LANGUAGE_NATIVE_NAMES[locale as Locale] ?? locale)
      .join(', ');
  }

  protected directSourceCount(measure: EditorMeasureFragment): number {
    return measure.provenance.proposals.filter((proposal) => proposal.direct).length;
  }

  /** Date-only values (YYYY-MM-DD) are calendar days: formatted in UTC so no timezone shifts them. */
  protected formatDate(value: string | null): string {
    if (!value) return '';
    const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : this.dateFormat().format(date);
  }

  private async load(versionId: string, initial: boolean): Promise<void> {
    if (initial) this.loadState.set('loading');
    try {
      const result = await firstValueFrom(this.catalogueQuery.fetch({ variables: { versionId }, fetchPolicy: 'network-only' }));
      const catalogue = result.data?.managedCatalogue ?? null;
      this.catalogue.set(catalogue);
      this.loadState.set(catalogue ? 'loaded' : 'missing');
    } catch (error) {
      if (initial) this.loadState.set('failed');
      else this.controller.fail(error);
    }
  }

  protected async reload(): Promise<void> {
    this.controller.status.set(null);
    this.reorder.set(null);
    await this.load(this.versionId(), false);
    this.controller.focusLater('h1');
  }

  // Goals and measures (drafts)

  protected async addGoal(): Promise<void> {
    const field = this.selectedField();
    const catalogue = this.catalogue();
    if (!field || !catalogue) return;
    const saved = await this.openGoalDialog({ versionId: catalogue.version.id, actionFieldId: field.id, fieldTitle: field.title });
    if (!saved) return;
    await this.afterSave('catalogue.editor.goalAdded', { title: saved.title }, `#goal-${saved.id}`);
  }

  protected async editGoal(goal: EditorGoalFragment): Promise<void> {
    const field = this.selectedField();
    const catalogue = this.catalogue();
    if (!field || !catalogue) return;
    const saved = await this.openGoalDialog({ versionId: catalogue.version.id, actionFieldId: field.id, fieldTitle: field.title, goal });
    if (saved) await this.afterSave('catalogue.editor.goalSaved', { title: saved.title }, null);
  }

  protected async deleteGoal(goal: EditorGoalFragment): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('catalogue.editor.deleteGoalTitle'),
      message: this.transloco.translate('catalogue.editor.deleteGoalMessage', { title: goal.title, count: goal.measures.length }),
      confirm: this.transloco.translate('catalogue.editor.deleteGoal'),
    });
    if (!confirmed) return;
    await this.act(
      async () => void (await firstValueFrom(this.deleteGoalMutation.mutate({ variables: { goalId: goal.id } }))),
      'catalogue.editor.goalDeleted',
      { title: goal.title },
      '#add-goal',
    );
  }

  protected async addMeasure(goal: EditorGoalFragment): Promise<void> {
    const data = this.measureDialogData(goal);
    if (!data) return;
    const saved = await this.openMeasureDialog(data);
    if (saved) await this.afterSave('catalogue.editor.measureAdded', { code: saved.code }, `#measure-${saved.id}`);
  }

  protected async editMeasure(goal: EditorGoalFragment, measure: EditorMeasureFragment): Promise<void> {
    const data = this.measureDialogData(goal);
    if (!data) return;
    const saved = await this.openMeasureDialog({ ...data, measure });
    if (saved) await this.afterSave('catalogue.editor.measureSaved', { code: saved.code }, null);
  }

  protected async deleteMeasure(goal: EditorGoalFragment, measure: EditorMeasureFragment): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('catalogue.editor.deleteMeasureTitle', { code: measure.code }),
      message: this.transloco.translate('catalogue.editor.deleteMeasureMessage', { code: measure.code }),
      confirm: this.transloco.translate('catalogue.editor.deleteMeasure'),
    });
    if (!confirmed) return;
    await this.act(
      async () => void (await firstValueFrom(this.deleteMeasureMutation.mutate({ variables: { measureId: measure.id } }))),
      'catalogue.editor.measureDeleted',
      { code: measure.code },
      `#goal-${goal.id}`,
    );
  }

  protected statusSaved(saved: EditorMeasureFragment): void {
    this.catalogue.update((catalogue) => (catalogue ? replaceMeasure(catalogue, saved) : catalogue));
  }

  private measureDialogData(goal: EditorGoalFragment): MeasureDialogData | null {
    const field = this.selectedField();
    const catalogue = this.catalogue();
    if (!field || !catalogue) return null;
    return { versionId: catalogue.version.id, actionFieldId: field.id, goalId: goal.id, goalTitle: goal.title };
  }

  private openGoalDialog(data: GoalDialogData): Promise<EditorGoalFragment | null | undefined> {
    const ref = this.dialog.open<GoalDialogComponent, GoalDialogData, EditorGoalFragment | null>(GoalDialogComponent, {
      data,
      width: DIALOG_WIDTH,
      maxWidth: '95vw',
      autoFocus: '#goal-title-de',
      restoreFocus: true,
    });
    return firstValueFrom(ref.afterClosed());
  }

  private openMeasureDialog(data: MeasureDialogData): Promise<EditorMeasureFragment | null | undefined> {
    const ref = this.dialog.open<MeasureDialogComponent, MeasureDialogData, EditorMeasureFragment | null>(MeasureDialogComponent, {
      data,
      width: DIALOG_WIDTH,
      maxWidth: '95vw',
      autoFocus: '#measure-text-de',
      restoreFocus: true,
    });
    return firstValueFrom(ref.afterClosed());
  }

  private async afterSave(key: string, params: Record<string, unknown>, focus: string | null): Promise<void> {
    await this.load(this.versionId(), false);
    this.controller.succeed(key, params);
    void this.announcer.announce(this.transloco.translate(key, params), 'polite');
    if (focus) this.controller.focusLater(focus);
  }

  private async act(request: () => Promise<void>, key: string, params: Record<string, unknown>, focus: string): Promise<void> {
    this.busy.set(true);
    this.controller.status.set(null);
    try {
      await request();
      await this.afterSave(key, params, focus);
    } catch (error) {
      this.showFailure(error);
    } finally {
      this.busy.set(false);
    }
  }

  private showFailure(error: unknown): void {
    const uiError = this.controller.fail(error);
    if (uiError.code === 'CONFLICT') this.controller.status.set({ kind: 'error', key: 'catalogue.editor.conflict' });
    else if (uiError.code === 'BAD_USER_INPUT') this.controller.status.set({ kind: 'error', key: 'catalogue.editor.invalidInput' });
  }

  // Reordering

  protected startReorder(): void {
    const order = this.savedOrder();
    const field = this.selectedField();
    if (!order || !field) return;
    this.controller.status.set(null);
    this.reorderFieldId.set(field.id);
    this.reorder.set(order);
    this.controller.focusLater('#reorder-heading');
  }

  protected cancelReorder(): void {
    this.reorder.set(null);
    void this.announcer.announce(this.transloco.translate('catalogue.editor.reorderCancelled'), 'polite');
    this.controller.focusLater('#start-reorder');
  }

  protected canMoveGoal(goalId: string, direction: MoveDirection): boolean {
    const order = this.reorder();
    return !!order && canMoveGoal(order, goalId, direction);
  }

  protected canMoveMeasure(measureId: string, direction: MoveDirection): boolean {
    const order = this.reorder();
    return !!order && canMoveMeasure(order, measureId, direction);
  }

  protected moveGoal(goalId: string, direction: MoveDirection): void {
    const order = this.reorder();
    if (!order) return;
    const next = moveGoal(order, goalId, direction);
    this.reorder.set(next);
    const index = next.goals.findIndex((goal) => goal.goalId === goalId);
    void this.announcer.announce(
      this.transloco.translate('catalogue.editor.goalMoved', {
        title: this.goalById().get(goalId)?.title ?? '',
        position: index + 1,
        count: next.goals.length,
      }),
      'polite',
    );
    this.keepFocus('goal', goalId, direction, canMoveGoal(next, goalId, direction));
  }

  protected moveMeasure(measureId: string, direction: MoveDirection): void {
    const order = this.reorder();
    if (!order) return;
    const next = moveMeasure(order, measureId, direction);
    this.reorder.set(next);
    this.announceMeasurePlace(measureId, next);
    this.keepFocus('measure', measureId, direction, canMoveMeasure(next, measureId, direction));
  }

  protected dropMeasure(event: CdkDragDrop<string, string, string>): void {
    const order = this.reorder();
    if (!order) return;
    const next = placeMeasure(order, event.item.data, event.container.data, event.currentIndex);
    this.reorder.set(next);
    this.announceMeasurePlace(event.item.data, next);
  }

  protected async saveReorder(): Promise<void> {
    const order = this.reorder();
    const field = this.selectedField();
    const catalogue = this.catalogue();
    if (!order || !field || !catalogue) return;
    if (!this.reorderDirty()) {
      this.cancelReorder();
      return;
    }
    const changed = this.preview()?.changes.size ?? 0;
    this.busy.set(true);
    this.controller.status.set(null);
    try {
      const result = await firstValueFrom(this.reorderMutation.mutate({ variables: { input: reorderInput(catalogue.version.id, field.id, order) } }));
      const saved = result.data?.reorderCatalogueField;
      if (saved) this.catalogue.update((current) => (current ? replaceField(current, saved) : current));
      this.reorder.set(null);
      this.controller.succeed('catalogue.editor.reorderSaved', { count: changed });
      this.controller.focusLater('#start-reorder');
    } catch (error) {
      this.showFailure(error);
    } finally {
      this.busy.set(false);
    }
  }

  private announceMeasurePlace(measureId: string, order: FieldOrder): void {
    const field = this.selectedField();
    if (!field) return;
    const preview = reorderPreview(field.position, currentNumbers(field), order);
    const goalId = order.goals.find((goal) => goal.measureIds.includes(measureId))?.goalId;
    void this.announcer.announce(
      this.transloco.translate('catalogue.editor.measureMoved', {
        from: this.measureById().get(measureId)?.code ?? '',
        to: preview.proposedCodes.get(measureId) ?? '',
        goal: (goalId && this.goalById().get(goalId)?.title) || '',
      }),
      'polite',
    );
  }

  /** The moved item's button keeps focus; at the end of the line the opposite one takes it. */
  private keepFocus(kind: 'goal' | 'measure', id: string, direction: MoveDirection, canGoOn: boolean): void {
    const same = direction === -1 ? 'up' : 'down';
    const opposite = direction === -1 ? 'down' : 'up';
    this.controller.focusLater(`#reorder-${kind}-${id}-${canGoOn ? same : opposite}`);
  }
}

function replaceField(catalogue: Catalogue, field: EditorActionFieldFragment): Catalogue {
  return { ...catalogue, actionFields: catalogue.actionFields.map((current) => (current.id === field.id ? field : current)) };
}

function replaceMeasure(catalogue: Catalogue, measure: EditorMeasureFragment): Catalogue {
  return {
    ...catalogue,
    actionFields: catalogue.actionFields.map((field) => ({
      ...field,
      goals: field.goals.map((goal) =>
        goal.id === measure.goalId ? { ...goal, measures: goal.measures.map((current) => (current.id === measure.id ? measure : current)) } : goal,
      ),
    })),
  };
}
