import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@mitreden/web/core';
import type { PhaseItemFragment, PhaseStatus } from '@mitreden/web/core';
import { isoDate, LocalDatePipe } from '../common/local-date.pipe';

/**
 * The phases of a process as an ordered list. Where a phase stands is said in words (and the
 * current one with aria-current), never by colour alone.
 */
@Component({
  selector: 'mr-phase-timeline',
  imports: [LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <ol class="mr-timeline">
        @for (phase of phases(); track phase.id) {
          <li
            class="mr-timeline__phase"
            [class.mr-timeline__phase--current]="phase.status === current"
            [class.mr-timeline__phase--past]="phase.status === past"
            [attr.aria-current]="phase.status === current ? 'step' : null"
          >
            <span class="mr-timeline__marker" aria-hidden="true"></span>
            <div class="mr-timeline__body">
              <p class="mr-timeline__status">{{ t('processes.phaseStatus.' + phase.status) }}</p>
              <h3 class="mr-timeline__title" dir="auto">{{ phase.title }}</h3>
              <p class="mr-timeline__dates">
                <time [attr.datetime]="iso(phase.startsAt)">{{ phase.startsAt | mrLocalDate: language.current() }}</time>
                <span aria-hidden="true"> – </span><span class="mr-visually-hidden">{{ t('processes.timeline.until') }}</span>
                <time [attr.datetime]="iso(phase.endsAt)">{{ phase.endsAt | mrLocalDate: language.current() }}</time>
              </p>
              @if (phase.description) {
                <p class="mr-timeline__description" dir="auto">{{ phase.description }}</p>
              }
            </div>
          </li>
        }
      </ol>
    </ng-container>
  `,
  styles: `
    .mr-timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mr-timeline__phase {
      position: relative;
      display: flex;
      gap: 1rem;
      padding-block-end: 1.25rem;
    }
    .mr-timeline__phase:not(:last-child)::before {
      content: '';
      position: absolute;
      inset-block: 1.5rem 0;
      inset-inline-start: 0.6875rem;
      border-inline-start: 2px solid var(--mat-sys-outline-variant);
    }
    .mr-timeline__marker {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      border-radius: 50%;
      border: 2px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface);
      box-sizing: border-box;
    }
    .mr-timeline__phase--past .mr-timeline__marker {
      background: var(--mat-sys-outline);
    }
    .mr-timeline__phase--current .mr-timeline__marker {
      border: 0.375rem solid var(--mat-sys-primary);
    }
    .mr-timeline__phase--current .mr-timeline__body {
      padding: 0.5rem 1rem;
      border-inline-start: 0.25rem solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
      border-radius: 0.5rem;
    }
    .mr-timeline__status {
      margin: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .mr-timeline__phase--current .mr-timeline__status {
      color: var(--mat-sys-primary);
      font-weight: 700;
    }
    .mr-timeline__title {
      margin: 0.125rem 0;
      font: var(--mat-sys-title-medium);
    }
    .mr-timeline__dates,
    .mr-timeline__description {
      margin: 0;
    }
  `,
})
export class PhaseTimelineComponent {
  readonly phases = input.required<readonly PhaseItemFragment[]>();
  protected readonly language = inject(LanguageService);
  protected readonly current: PhaseStatus = 'CURRENT';
  protected readonly past: PhaseStatus = 'PAST';
  protected readonly iso = isoDate;
}
