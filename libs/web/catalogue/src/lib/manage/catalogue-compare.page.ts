import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder (work in progress). */
@Component({
  selector: 'mr-catalogue-compare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1 tabindex="-1">…</h1>',
})
export class CatalogueComparePage {}
