import { Injectable, OnDestroy, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';
import type { Subscription } from 'rxjs';

/** Paginator labels (read out by screen readers) in the current language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl implements OnDestroy {
  private readonly transloco = inject(TranslocoService);
  private readonly subscription: Subscription;

  constructor() {
    super();
    this.subscription = this.transloco.selectTranslateObject('admin.paginator', {}, 'identity').subscribe(
      (labels: Record<string, string>) => {
        this.itemsPerPageLabel = labels['itemsPerPage'] ?? this.itemsPerPageLabel;
        this.nextPageLabel = labels['next'] ?? this.nextPageLabel;
        this.previousPageLabel = labels['previous'] ?? this.previousPageLabel;
        this.firstPageLabel = labels['first'] ?? this.firstPageLabel;
        this.lastPageLabel = labels['last'] ?? this.lastPageLabel;
        this.rangeTemplate = labels['range'] ?? this.rangeTemplate;
        this.changes.next();
      },
    );
  }

  // Single braces: Transloco leaves them alone, the paginator fills them in per page.
  private rangeTemplate = '{from}–{to} von {total}';

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const from = length === 0 ? 0 : page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.rangeTemplate
      .replace('{from}', String(from))
      .replace('{to}', String(to))
      .replace('{total}', String(length));
  };

  ngOnDestroy(): void {
    this.subscription.unsubscribe();
  }
}
