import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder (work in progress). */
@Component({
  selector: 'mr-catalogue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1 tabindex="-1">…</h1>',
})
export class CataloguePage {}
