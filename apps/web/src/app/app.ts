import { Component } from '@angular/core';
import { ShellComponent } from '@mitreden/web/shell';

@Component({
  selector: 'mr-root',
  imports: [ShellComponent],
  template: `<mr-shell />`,
})
export class App {}
