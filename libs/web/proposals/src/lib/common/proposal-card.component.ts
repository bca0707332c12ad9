import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageService } from '@mitreden/web/core';
import type { ProposalCardFragment } from '@mitreden/web/core';
import { DatePipe } from './date.pipe';
import { enumKey, isCollectedInput } from './labels';

/**
 * One proposal in a list. The title is the only link, so a keyboard user tabs once per card; the
 * host page provides the `proposals` scope. `headingLevel` keeps the outline right wherever the
 * card is placed.
 */
@Component({
  selector: 'mr-proposal-card',
  imports: [DatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-card.component.html',
  styleUrl: './proposal-card.component.scss',
})
export class ProposalCardComponent {
  readonly proposal = input.required<ProposalCardFragment>();
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly lang = inject(LanguageService).current;
  protected readonly key = enumKey;
  protected readonly collected = computed(() => isCollectedInput(this.proposal()));
  protected readonly headingId = computed(() => `proposal-card-${this.proposal().id}`);
}
