import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  AddCommentGQL,
  CommentThreadGQL,
  DeleteCommentGQL,
  EditCommentGQL,
  FormStatusComponent,
  LanguageService,
  SessionService,
  VoteCommentGQL,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type { CommentVote, FormStatusKind, ThreadCommentFragment, UiError } from '@mitreden/web/core';
import { HiddenNoticeComponent, ReportButtonComponent } from '@mitreden/web/moderation';
import { CommentFormComponent } from './comment-form.component';
import { ConfirmDeleteCommentDialog } from './confirm-delete.dialog';

type Comment = ThreadCommentFragment;

interface StatusMessage {
  kind: FormStatusKind;
  key: string;
  params?: Record<string, unknown>;
}

/** Which inline form is open: a reply under a comment, or an edit in its place. */
type OpenForm = { kind: 'reply' | 'edit'; commentId: string } | null;

/** Server rules on `parentId` that have their own message (libs/api/comments). */
const PARENT_RULES = new Set(['maxDepth', 'parentDeleted', 'sameProposal']);

/**
 * The discussion under a proposal: nested replies as nested lists, forms for a new comment, a reply
 * (inline, focus moves into it, Escape returns to the button) and an edit within the edit window,
 * delete with confirmation (a tombstone keeps the replies), up/down votes as toggle buttons.
 * `canParticipate` is the host's verdict on the phase and the proposal state; the server decides
 * again on every write.
 */
@Component({
  selector: 'mr-comment-thread',
  imports: [
    CommentFormComponent,
    FormStatusComponent,
    HiddenNoticeComponent,
    MatButton,
    NgTemplateOutlet,
    ReportButtonComponent,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('comments')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-thread.component.html',
  styleUrl: './comment-thread.component.scss',
})
export class CommentThreadComponent {
  readonly proposalId = input.required<string>();
  readonly canParticipate = input(true);
  /** False when the host page already gives the discussion its heading. */
  readonly withHeading = input(true);

  protected readonly session = inject(SessionService);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly threadQuery = inject(CommentThreadGQL);
  private readonly addMutation = inject(AddCommentGQL);
  private readonly editMutation = inject(EditCommentGQL);
  private readonly deleteMutation = inject(DeleteCommentGQL);
  private readonly voteMutation = inject(VoteCommentGQL);

  protected readonly comments = signal<Comment[]>([]);
  protected readonly loadState = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly loadError = signal<UiError | null>(null);
  protected readonly status = signal<StatusMessage | null>(null);
  protected readonly busy = signal(false);
  protected readonly open = signal<OpenForm>(null);
  /** Server rules for the form that was just sent, keyed 'new', 'reply:<id>' or 'edit:<id>'. */
  protected readonly serverRules = signal<{ form: string; rules: string[] } | null>(null);
  /** Bumped to give the new-comment form a fresh, empty instance after a successful post. */
  protected readonly newFormGeneration = signal(0);

  /** Children per parent id ('' for the top level), in the server's depth-first order. */
  private readonly childrenByParent = computed(() => {
    const map = new Map<string, Comment[]>();
    for (const comment of this.comments()) {
      const key = comment.parentId ?? '';
      map.set(key, [...(map.get(key) ?? []), comment]);
    }
    return map;
  });
  protected readonly roots = computed(() => this.childrenByParent().get('') ?? []);
  protected readonly visibleCount = computed(() => this.comments().filter((comment) => !comment.deleted).length);
  /** Moderators, the project group and admins see hidden comments marked and may hide or unhide. */
  protected readonly moderating = computed(() => {
    const role = this.session.user()?.role;
    return role === 'MODERATOR' || role === 'PROJECT_GROUP' || role === 'ADMIN';
  });

  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  private readonly timeFormat = computed(() => new Intl.DateTimeFormat(htmlLang(this.language.current()), { timeStyle: 'short' }));

  constructor() {
    // Reload when the proposal changes or someone logs in or out (myVote and the rights change).
    effect(() => {
      const proposalId = this.proposalId();
      this.session.user();
      untracked(() => void this.load(proposalId));
    });
  }

  protected children(comment: Comment): Comment[] {
    return this.childrenByParent().get(comment.id) ?? [];
  }

  /** Type helper for the recursive template, whose context is untyped. */
  protected asComment(value: unknown): Comment {
    return value as Comment;
  }

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }

  protected formatTime(value: string): string {
    return this.timeFormat().format(new Date(value));
  }

  protected returnUrl(): string {
    return this.router.url;
  }

  protected rulesFor(form: string): string[] | null {
    const current = this.serverRules();
    return current?.form === form ? current.rules : null;
  }

  protected isMine(comment: Comment): boolean {
    const user = this.session.user();
    return !!user && comment.author?.id === user.id;
  }

  /** Logged in, not one's own, not deleted, and participation open. */
  protected canVote(comment: Comment): boolean {
    return this.session.loggedIn() && this.canParticipate() && !comment.deleted && !comment.hidden && !this.isMine(comment);
  }

  /** The server's flag, unless the window has run out since the thread was loaded. */
  protected canEdit(comment: Comment): boolean {
    return comment.canEdit && this.canParticipate() && (!comment.editableUntil || new Date(comment.editableUntil).getTime() > Date.now());
  }

  protected isOpen(kind: 'reply' | 'edit', comment: Comment): boolean {
    const open = this.open();
    return open?.kind === kind && open.commentId === comment.id;
  }

  protected openForm(kind: 'reply' | 'edit', comment: Comment): void {
    this.serverRules.set(null);
    this.open.set({ kind, commentId: comment.id });
  }

  /** Closes the inline form and gives the focus back to the button that opened it. */
  protected closeForm(kind: 'reply' | 'edit', comment: Comment): void {
    this.open.set(null);
    this.serverRules.set(null);
    this.focusLater(`${kind}-${comment.id}`);
  }

  protected async add(body: string, parent: Comment | null): Promise<void> {
    const form = parent ? `reply:${parent.id}` : 'new';
    const result = await this.run(form, async () => {
      const response = await firstValueFrom(
        this.addMutation.mutate({ variables: { input: { proposalId: this.proposalId(), parentId: parent?.id ?? null, body } } }),
      );
      return response.data?.addComment ?? null;
    });
    if (!result) return;
    this.open.set(null);
    if (!parent) this.newFormGeneration.update((value) => value + 1);
    await this.load(this.proposalId());
    this.status.set({ kind: 'success', key: parent ? 'comments.status.replied' : 'comments.status.added' });
    this.focusLater(`comment-${result.id}`);
  }

  protected async saveEdit(comment: Comment, body: string): Promise<void> {
    const result = await this.run(`edit:${comment.id}`, async () => {
      const response = await firstValueFrom(this.editMutation.mutate({ variables: { id: comment.id, body } }));
      return response.data?.editComment ?? null;
    });
    if (!result) return;
    this.replace(result);
    this.open.set(null);
    this.status.set({ kind: 'success', key: 'comments.status.edited' });
    this.focusLater(`comment-${comment.id}`);
  }

  protected async confirmDelete(comment: Comment): Promise<void> {
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDeleteCommentDialog, { role: 'alertdialog' }).afterClosed());
    if (confirmed !== true) return;
    const result = await this.run(`delete:${comment.id}`, async () => {
      const response = await firstValueFrom(this.deleteMutation.mutate({ variables: { id: comment.id } }));
      return response.data?.deleteComment ?? null;
    });
    if (!result) return;
    this.replace(result);
    this.status.set({ kind: 'success', key: 'comments.status.deleted' });
    // The delete button is gone; the tombstone in its place takes the focus.
    this.focusLater(`comment-${comment.id}`);
  }

  /** Toggle: pressing the pressed button takes the vote back. */
  protected async vote(comment: Comment, vote: Exclude<CommentVote, 'NONE'>): Promise<void> {
    const next: CommentVote = comment.myVote === vote ? 'NONE' : vote;
    const result = await this.run(`vote:${comment.id}`, async () => {
      const response = await firstValueFrom(this.voteMutation.mutate({ variables: { id: comment.id, vote: next } }));
      return response.data?.voteComment ?? null;
    });
    if (result) this.replace(result);
  }

  /** After a moderator hid or unhid a comment: the thread shows it as everyone now should. */
  protected reload(): Promise<void> {
    return this.load(this.proposalId());
  }

  private async load(proposalId: string): Promise<void> {
    try {
      const result = await firstValueFrom(this.threadQuery.fetch({ variables: { proposalId }, fetchPolicy: 'network-only' }));
      this.comments.set(result.data?.comments ?? []);
      this.loadState.set('loaded');
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(toUiError(error));
      this.loadState.set('failed');
    }
  }

  /** Sends one change at a time; shows a failure on its form's field or in the status line. */
  private async run<T>(form: string, request: () => Promise<T | null>): Promise<T | null> {
    if (this.busy()) return null;
    this.busy.set(true);
    this.status.set(null);
    this.serverRules.set(null);
    try {
      return await request();
    } catch (error) {
      this.showFailure(form, toUiError(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private showFailure(form: string, error: UiError): void {
    const bodyRules = Object.entries(error.fields).find(([path]) => path.split('.').pop() === 'body')?.[1];
    if (bodyRules?.length) {
      this.serverRules.set({ form, rules: bodyRules });
      this.status.set({ kind: 'error', key: 'forms.checkFields' });
      return;
    }
    const parentRule = Object.entries(error.fields)
      .find(([path]) => path.split('.').pop() === 'parentId')?.[1]
      .find((rule) => PARENT_RULES.has(rule));
    this.status.set({ kind: 'error', key: parentRule ? `comments.errors.${parentRule}` : errorMessageKey(error) });
    // Whatever changed meanwhile (a deleted parent, a closed window) shows after a reload.
    if (error.code !== 'NETWORK') void this.load(this.proposalId());
  }

  private replace(updated: Comment): void {
    this.comments.update((list) => list.map((comment) => (comment.id === updated.id ? updated : comment)));
  }

  private focusLater(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
