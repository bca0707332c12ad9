import { ChangeDetectionStrategy, Component, ElementRef, computed, Injector, afterNextRender, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { SessionService } from '@mitreden/web/core';
import { AccountMenuComponent } from './account-menu.component';
import { FEEDBACK_EMAIL } from './feedback';
import { LanguageSwitcherComponent } from './language-switcher.component';

const HEADING_WAIT_ATTEMPTS = 20;
const HEADING_WAIT_MS = 50;

@Component({
  selector: 'mr-shell',
  imports: [
    AccountMenuComponent,
    LanguageSwitcherComponent,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  protected readonly session = inject(SessionService);
  protected readonly feedbackMailto = `mailto:${FEEDBACK_EMAIL}`;
  /** Navigation only; every page and query checks the role on the server as well. */
  protected readonly canModerate = computed(() => ['MODERATOR', 'PROJECT_GROUP', 'ADMIN'].includes(this.session.user()?.role ?? ''));
  protected readonly canSeeAssessments = computed(() =>
    ['DEPARTMENT_EXPERT', 'PROJECT_GROUP', 'ADMIN'].includes(this.session.user()?.role ?? ''),
  );
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    let initial = true;
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        // The first page load keeps the browser's own focus start; later navigations announce the
        // new page by moving focus to its heading, as a full page load would.
        if (initial) {
          initial = false;
          return;
        }
        afterNextRender(() => this.focusHeading(0), { injector: this.injector });
      });
  }

  protected skipToMain(event: Event): void {
    // A plain "#main" link would resolve against <base href> and reload another page.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  /** Lazy pages render their heading once translations and data arrive, so wait briefly for it. */
  private focusHeading(attempt: number): void {
    const main = this.main().nativeElement;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return;
    }
    if (attempt < HEADING_WAIT_ATTEMPTS) {
      setTimeout(() => this.focusHeading(attempt + 1), HEADING_WAIT_MS);
    } else {
      main.focus();
    }
  }
}
