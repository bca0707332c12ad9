import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import {
  FormStatusComponent,
  LanguageService,
  MyFollowsGQL,
  UnfollowGQL,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type { FormStatusKind, MyFollowsQuery } from '@mitreden/web/core';

type Follow = MyFollowsQuery['myFollows'][number];

type LoadState = { status: 'loading' } | { status: 'loaded'; follows: Follow[] } | { status: 'failed'; key: string };

const keyOf = (follow: Follow): string => `${follow.target}:${follow.targetId}`;

/** /account/follows: what the logged-in person follows, with links and "stop following". */
@Component({
  selector: 'mr-follows-page',
  imports: [FormStatusComponent, MatButton, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('follows')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h1 #heading tabindex="-1">{{ t('follows.page.heading') }}</h1>
      <p>{{ t('follows.page.intro') }}</p>
      <mr-form-status [message]="status() ? t(status()!.key, { title: status()!.title }) : null" [kind]="status()?.kind ?? 'info'" />
      @switch (state()) {
        @case ('loading') {
          <p role="status">{{ t('follows.page.loading') }}</p>
        }
        @case ('failed') {
          <p role="alert">{{ t(failureKey()) }}</p>
        }
        @default {
          @if (follows().length) {
            <ul class="mr-follows">
              @for (follow of follows(); track follow.target + follow.targetId; let index = $index) {
                <li class="mr-follows__item">
                  <div class="mr-follows__text">
                    <span class="mr-follows__kind">{{ t('follows.kind.' + follow.target) }}</span>
                    <a [id]="'follow-link-' + index" [routerLink]="linkOf(follow)" dir="auto">{{ follow.title }}</a>
                    <span class="mr-follows__since">{{ t('follows.page.since', { date: formatDate(follow.createdAt) }) }}</span>
                  </div>
                  <button mat-stroked-button type="button" [attr.aria-label]="t('follows.page.unfollowNamed', { title: follow.title })" (click)="unfollow(follow, index)">
                    {{ t('follows.page.unfollow') }}
                  </button>
                </li>
              }
            </ul>
          } @else {
            <p>{{ t('follows.page.empty') }}</p>
          }
        }
      }
    </ng-container>
  `,
  styles: `
    .mr-follows {
      max-inline-size: 48rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mr-follows__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .mr-follows__text {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      min-inline-size: 0;
      text-align: start;
    }
    .mr-follows__kind,
    .mr-follows__since {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FollowsPage {
  private readonly query = inject(MyFollowsGQL);
  private readonly unfollowMutation = inject(UnfollowGQL);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** Unfollowed on this page; hidden at once, without waiting for a refetch. */
  private readonly removed = signal<ReadonlySet<string>>(new Set());
  // A watched query: the language switch resets the Apollo store, which refetches the titles.
  private readonly result = toSignal(
    this.query.watch({ fetchPolicy: 'cache-and-network' }).valueChanges.pipe(
      map((result): LoadState => {
        if (result.error) return { status: 'failed', key: errorMessageKey(toUiError(result.error)) };
        if (result.dataState !== 'complete') return { status: 'loading' };
        return { status: 'loaded', follows: result.data.myFollows };
      }),
      catchError((error: unknown) => of<LoadState>({ status: 'failed', key: errorMessageKey(toUiError(error)) })),
    ),
    { initialValue: { status: 'loading' } as LoadState },
  );
  protected readonly state = computed(() => this.result().status);
  protected readonly failureKey = computed(() => {
    const result = this.result();
    return result.status === 'failed' ? result.key : 'errors.NETWORK';
  });
  protected readonly follows = computed(() => {
    const result = this.result();
    const removed = this.removed();
    return result.status === 'loaded' ? result.follows.filter((follow) => !removed.has(keyOf(follow))) : [];
  });
  protected readonly status = signal<{ kind: FormStatusKind; key: string; title?: string } | null>(null);
  // Intl rather than Angular's DatePipe: the app registers no Angular locale data.
  private readonly dateFormat = computed(() => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium' }));

  protected formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }

  protected linkOf(follow: Follow): string[] {
    if (follow.target === 'PROPOSAL') return ['/proposals', follow.targetId];
    if (follow.target === 'FORUM') return ['/forums', follow.targetId];
    return follow.processSlug ? ['/processes', follow.processSlug] : ['/'];
  }

  protected async unfollow(follow: Follow, index: number): Promise<void> {
    try {
      await firstValueFrom(this.unfollowMutation.mutate({ variables: { target: follow.target, id: follow.targetId } }));
      this.removed.update((removed) => new Set([...removed, keyOf(follow)]));
      this.status.set({ kind: 'success', key: 'follows.page.unfollowed', title: follow.title });
      // The button is gone: continue at the next entry's link (or the heading when none is left).
      const next = Math.min(index, this.follows().length - 1);
      afterNextRender(
        () => {
          const target = next >= 0 ? this.document.getElementById(`follow-link-${next}`) : null;
          (target ?? this.heading().nativeElement).focus();
        },
        { injector: this.injector },
      );
    } catch (error) {
      this.status.set({ kind: 'error', key: errorMessageKey(toUiError(error)) });
    }
  }
}
