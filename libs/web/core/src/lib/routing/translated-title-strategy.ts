import { DOCUMENT, Injectable, inject } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import type { RouterStateSnapshot } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { Subscription } from 'rxjs';

export const PRODUCT_NAME = 'Mitreden';

/**
 * Route `title`s are translation keys of the root file (`titles.*`). The document title is
 * "<page> – Mitreden" in the current language and follows language switches.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private subscription: Subscription | null = null;

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.subscription?.unsubscribe();
    if (!key) {
      this.document.title = PRODUCT_NAME;
      return;
    }
    this.subscription = this.transloco.selectTranslate<string>(key).subscribe((page) => {
      this.document.title = `${page} – ${PRODUCT_NAME}`;
    });
  }
}
