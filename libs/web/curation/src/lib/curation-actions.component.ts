import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { SessionService } from '@mitreden/web/core';
import { isCuratorRole } from './curation-roles';

/** Staff actions on a proposal: revise wording, split, merge with others. */
@Component({
  selector: 'mr-curation-actions',
  imports: [MatAnchor, RouterLink, TranslocoDirective],
  providers: [provideTranslocoScope('curation')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (visible()) {
        <section class="mr-curation-actions" aria-labelledby="curation-actions-heading">
          <h2 id="curation-actions-heading" class="mr-curation-actions__heading">
            {{ t('curation.actions.heading') }}
          </h2>
          <div class="mr-curation-actions__buttons">
            <!-- Revised wording (H4) goes here. -->
            <ng-content />
            <!-- Merge and split (lineage). -->
            <a mat-stroked-button routerLink="/moderation/merge" [queryParams]="{ ids: proposalId() }" id="curation-merge">
              {{ t('curation.actions.merge') }}
            </a>
            <a mat-stroked-button [routerLink]="['/moderation/split', proposalId()]" id="curation-split">
              {{ t('curation.actions.split') }}
            </a>
          </div>
        </section>
      }
    </ng-container>
  `,
  styles: `
    .mr-curation-actions {
      margin-block: 1.5rem;
      padding: 0.75rem 1rem;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 0.5rem;
    }
    .mr-curation-actions__heading {
      font-size: 1.125rem;
      margin-block: 0 0.5rem;
    }
    .mr-curation-actions__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class CurationActionsComponent {
  readonly proposalId = input.required<string>();
  readonly state = input.required<string>();

  private readonly session = inject(SessionService);
  /** Only what still takes changes: merged, split and withdrawn proposals are history. */
  protected readonly visible = computed(
    () => this.state() === 'PUBLISHED' && isCuratorRole(this.session.user()?.role),
  );
}
