import { DOCUMENT, Injectable, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TranslocoService } from '@jsverse/transloco';
import { checkDraft } from './survey-draft';
import type { DraftErrors, SurveyDraft } from './survey-draft';

/**
 * The draft being edited, shared by the builder page and its editors (provided per page). Every
 * edit goes through `update` with a pure step from survey-draft.ts.
 */
@Injectable()
export class SurveyBuilderStore {
  readonly draft = signal<SurveyDraft | null>(null);
  /** Stored responses exist: keys, kinds and removals of stored parts are frozen. */
  readonly locked = signal(false);
  /** Audience and anonymity only change while DRAFT. */
  readonly isDraft = signal(true);
  readonly dirty = signal(false);
  /** Shown after a save attempt: the client's checks, then the server's. */
  readonly serverErrors = signal<DraftErrors>({});
  readonly showErrors = signal(false);

  private readonly clientErrors = computed(() => {
    const draft = this.draft();
    return draft ? checkDraft(draft) : {};
  });

  readonly errors = computed<DraftErrors>(() => {
    if (!this.showErrors()) return {};
    const merged: DraftErrors = { ...this.clientErrors() };
    for (const [path, rules] of Object.entries(this.serverErrors())) merged[path] = [...(merged[path] ?? []), ...rules];
    return merged;
  });

  readonly hasClientErrors = computed(() => Object.keys(this.clientErrors()).length > 0);

  load(draft: SurveyDraft, locked: boolean, isDraft: boolean): void {
    this.draft.set(draft);
    this.locked.set(locked);
    this.isDraft.set(isDraft);
    this.dirty.set(false);
    this.serverErrors.set({});
    this.showErrors.set(false);
  }

  update(step: (draft: SurveyDraft) => SurveyDraft): void {
    const draft = this.draft();
    if (!draft) return;
    const next = step(draft);
    if (next === draft) return;
    this.draft.set(next);
    this.dirty.set(true);
    // Server paths name positions; after an edit they may point elsewhere, so they go stale.
    if (Object.keys(this.serverErrors()).length) this.serverErrors.set({});
  }

  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  /** Tells screen reader users what a move or removal did (the DOM change alone says nothing). */
  announce(key: string, params?: Record<string, unknown>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'polite');
  }

  /** Keeps keyboard users in place: after a move or removal the focused element may be gone. */
  focusAfterRender(selector: string, fallback?: string): void {
    afterNextRender(
      () => {
        const target = this.document.querySelector<HTMLElement>(selector);
        const usable = target && !(target as HTMLButtonElement).disabled ? target : fallback ? this.document.querySelector<HTMLElement>(fallback) : target;
        usable?.focus();
      },
      { injector: this.injector },
    );
  }

  errorsAt(path: string): string[] {
    return this.errors()[path] ?? [];
  }
}

/** DOM id for a field path, so the error summary can link to the field. */
export const fieldId = (path: string): string => `sb-${path.replace(/\./g, '-')}`;

/** Rules with their own message (client checks and the API's builder rules); others get a generic one. */
export const KNOWN_RULES = new Set([
  'germanRequired',
  'keyPattern',
  'duplicateKey',
  'tooFewOptions',
  'oneOther',
  'matrixNeedsRows',
  'matrixNeedsColumns',
  'moreThanOptions',
  'minAboveMax',
  'scaleWholeNumbers',
  'closesBeforeOpens',
  'slugPattern',
  'slugTaken',
  'conditionNotEarlier',
  'conditionOperator',
  'conditionValue',
  'segmentNotSingleChoice',
  'locked',
  'maxLength',
  'matches',
]);

/** The API's builder rule codes that mean what a client rule means (same message). */
const SERVER_RULES: Record<string, string> = {
  notEarlier: 'conditionNotEarlier',
  unknownQuestion: 'conditionNotEarlier',
  notApplicable: 'conditionOperator',
  unknownOption: 'conditionValue',
  notANumber: 'conditionValue',
  multipleOther: 'oneOther',
  rowsRequired: 'matrixNeedsRows',
  notSingleChoice: 'segmentNotSingleChoice',
  endsBeforeStart: 'closesBeforeOpens',
  notAboveMinimum: 'minAboveMax',
  notInteger: 'scaleWholeNumbers',
  removed: 'locked',
};

/** Message key inside `surveys.builder.editor` for a rule code. */
export const ruleKey = (rule: string): string => {
  const known = SERVER_RULES[rule] ?? rule;
  return `rules.${KNOWN_RULES.has(known) ? known : 'invalid'}`;
};
