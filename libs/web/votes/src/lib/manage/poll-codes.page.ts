import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, Injector, input, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { FieldErrorPipe, FormController, FormStatusComponent, GenerateVotingCodesGQL, LanguageService, ManagedPollGQL } from '@mitreden/web/core';
import type { ManagePollDetailFragment } from '@mitreden/web/core';
import { CODES_MAX, codeLink, codesCsvBlob, pickText } from './poll-form';

type LoadState = 'loading' | 'loaded' | 'missing' | 'failed';

const LETTER_CSS = `
  body { font: 12pt/1.5 system-ui, sans-serif; color: #000; margin: 0; }
  .mr-pc-letter { break-after: page; page-break-after: always; padding: 2cm 1.5cm; }
  .mr-pc-letter:last-child { break-after: auto; page-break-after: auto; }
  .mr-pc-code { font: 700 20pt/1.4 monospace; letter-spacing: 0.1em; }
  .mr-pc-link { font-family: monospace; overflow-wrap: anywhere; }
`;

/** /manage/polls/:id/codes: one-time voting codes, shown once after generating (only hashes are kept). */
@Component({
  selector: 'mr-poll-codes-page',
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
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('votes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./manage.scss', './poll-codes.page.scss'],
  template: `
    <ng-container *transloco="let t; prefix: 'votes.codes'">
      <div class="mr-pc-screen">
        <p><a [routerLink]="['/manage/polls', id()]">{{ t('back') }}</a></p>
        <h1 tabindex="-1">{{ t('heading') }}</h1>
        @switch (loadState()) {
          @case ('loading') {
            <p role="status">{{ t('loading') }}</p>
          }
          @case ('missing') {
            <p role="alert">{{ t('missing') }}</p>
          }
          @case ('failed') {
            <p role="alert">{{ t('loadFailed') }}</p>
          }
          @default {
            @if (poll(); as p) {
              <p><bdi>{{ question() }}</bdi></p>
              <dl class="mr-pc-stats">
                <div><dt>{{ t('generated') }}</dt><dd>{{ p.codes.generated }}</dd></div>
                <div><dt>{{ t('used') }}</dt><dd>{{ p.codes.used }}</dd></div>
                <div><dt>{{ t('batches') }}</dt><dd>{{ p.codes.batches }}</dd></div>
              </dl>
              @if (!p.acceptsCodes) {
                <p class="mr-pm-note">{{ t('notAccepted') }}</p>
              } @else if (p.status === 'COUNTING' || p.status === 'CLOSED') {
                <p class="mr-pm-note">{{ t('closed') }}</p>
              } @else {
                <section class="mr-pm-card" aria-labelledby="pc-generate-heading">
                  <h2 id="pc-generate-heading">{{ t('generateHeading') }}</h2>
                  <p>{{ t('onceWarning') }}</p>
                  <mr-form-status [message]="controller.status() ? (controller.status()!.key | transloco: controller.status()!.params) : null" [kind]="controller.status()?.kind ?? 'info'" />
                  <form [formGroup]="form" (ngSubmit)="generate()" novalidate>
                    <mat-form-field appearance="outline">
                      <mat-label>{{ t('count') }}</mat-label>
                      <input matInput id="pc-count" type="number" inputmode="numeric" min="1" [max]="max" formControlName="count" required />
                      <mat-hint>{{ t('countHint', { max: max }) }}</mat-hint>
                      @if (form.controls.count.errors; as errors) {
                        @if (errors['min'] || errors['max'] || errors['server']) {
                          <mat-error>{{ t('countRange', { max: max }) }}</mat-error>
                        } @else if (errors | mrFieldError; as e) {
                          <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                        }
                      }
                    </mat-form-field>
                    <div class="mr-pm-actions">
                      <button mat-flat-button type="submit" [disabled]="controller.submitting()">{{ t('generate') }}</button>
                    </div>
                  </form>
                </section>
              }

              @if (codes().length) {
                <section class="mr-pm-card" aria-labelledby="pc-result-heading">
                  <h2 id="pc-result-heading" tabindex="-1">{{ t('resultHeading', { count: codes().length, batch: batch() }) }}</h2>
                  <p class="mr-pm-note"><strong>{{ t('onceNow') }}</strong></p>
                  <div class="mr-pm-actions">
                    <button mat-flat-button type="button" (click)="download()">{{ t('downloadCsv') }}</button>
                    <button mat-stroked-button type="button" (click)="print()">{{ t('printLetters') }}</button>
                  </div>
                  <p class="mr-pm-muted">{{ t('csvHint') }}</p>
                  <details>
                    <summary>{{ t('showCodes') }}</summary>
                    <ul class="mr-pc-list" dir="ltr">
                      @for (code of codes(); track code) {
                        <li><code>{{ code }}</code></li>
                      }
                    </ul>
                  </details>
                </section>
              }
            }
          }
        }
      </div>

      @if (poll(); as p) {
        <div class="mr-pc-letters" aria-hidden="true">
          @for (code of codes(); track code) {
            <section class="mr-pc-letter">
              <h2><bdi>{{ question() }}</bdi></h2>
              <p>{{ t('letterIntro') }}</p>
              <p class="mr-pc-code" dir="ltr">{{ code }}</p>
              <p>{{ t('letterLink') }}</p>
              <p class="mr-pc-link" dir="ltr">{{ link(code) }}</p>
              <p>{{ t('letterInstructions', { closes: closes() }) }}</p>
              <p>{{ t('letterOnce') }}</p>
            </section>
          }
        </div>
      }
    </ng-container>
  `,
})
export class PollCodesPage {
  readonly id = input.required<string>();

  private readonly pollQuery = inject(ManagedPollGQL);
  private readonly generateMutation = inject(GenerateVotingCodesGQL);
  private readonly language = inject(LanguageService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);

  protected readonly max = CODES_MAX;
  protected readonly controller = new FormController();
  protected readonly loadState = signal<LoadState>('loading');
  protected readonly poll = signal<ManagePollDetailFragment | null>(null);
  /** Only in memory, for this page visit: the server keeps hashes only. */
  protected readonly codes = signal<string[]>([]);
  protected readonly batch = signal(0);
  protected readonly form = this.fb.group({
    count: this.fb.control<number>(100, [Validators.required, Validators.min(1), Validators.max(CODES_MAX)]),
  });
  protected readonly question = computed(() => pickText(this.poll()?.question ?? [], this.language.current()));
  protected readonly closes = computed(() => {
    const poll = this.poll();
    return poll
      ? new Intl.DateTimeFormat(this.language.current(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(poll.closesAt))
      : '';
  });

  constructor() {
    effect(() => void this.load(this.id()));
  }

  /** `refresh`: update the counts in place, without the loading state that would re-create the page. */
  private async load(id: string, refresh = false): Promise<void> {
    if (!refresh) this.loadState.set('loading');
    try {
      const result = await firstValueFrom(this.pollQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      const poll = result.data?.managedPoll ?? null;
      this.poll.set(poll);
      this.loadState.set(poll ? 'loaded' : 'missing');
    } catch {
      this.loadState.set('failed');
    }
  }

  protected link(code: string): string {
    return codeLink(this.document.location.origin, this.poll()?.slug ?? '', code);
  }

  protected generate(): Promise<void> {
    const poll = this.poll();
    if (!poll) return Promise.resolve();
    return this.controller.submit(
      this.form,
      async () => {
        const result = await firstValueFrom(
          this.generateMutation.mutate({ variables: { pollId: poll.id, count: Number(this.form.controls.count.value) } }),
        );
        return result.data?.generateVotingCodes ?? null;
      },
      {
        done: async (generated) => {
          if (!generated) return;
          this.codes.set(generated.codes);
          this.batch.set(generated.batch);
          this.controller.succeed('votes.codes.done', { count: generated.codes.length });
          void this.announcer.announce(this.transloco.translate('votes.codes.done', { count: generated.codes.length }), 'polite');
          await this.load(poll.id, true);
          // The result section exists only after the next rendering.
          afterNextRender(() => this.document.getElementById('pc-result-heading')?.focus(), { injector: this.injector });
        },
        failed: (error) => {
          if (error.fields['acceptsCodes']) this.controller.status.set({ kind: 'error', key: 'votes.codes.notAccepted' });
        },
      },
    );
  }

  protected download(): void {
    const poll = this.poll();
    if (!poll) return;
    const url = URL.createObjectURL(codesCsvBlob(this.document.location.origin, poll.slug, this.codes()));
    const anchor = this.document.createElement('a');
    anchor.href = url;
    anchor.download = `${poll.slug}-codes-${this.batch()}.csv`;
    this.document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * Prints the letters alone from a hidden frame, so the site's header and navigation stay off
   * the paper.
   */
  protected print(): void {
    const letters = this.document.querySelector('.mr-pc-letters');
    if (!letters) return;
    const frame = this.document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;inline-size:1px;block-size:1px;border:0';
    this.document.body.appendChild(frame);
    const doc = frame.contentDocument;
    const view = frame.contentWindow;
    if (!doc || !view) return frame.remove();
    doc.documentElement.lang = this.language.current();
    doc.documentElement.dir = this.language.direction();
    const style = doc.createElement('style');
    style.textContent = LETTER_CSS;
    const title = doc.createElement('title');
    title.textContent = this.document.title;
    doc.head.append(title, style);
    // A copy of the rendered nodes, not markup: nothing is parsed again.
    const copy = doc.importNode(letters, true) as HTMLElement;
    copy.removeAttribute('aria-hidden');
    doc.body.appendChild(copy);
    view.focus();
    view.print();
    setTimeout(() => frame.remove(), 1000);
  }
}
