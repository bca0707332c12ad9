import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import type { SafeHtml } from '@angular/platform-browser';
import { MatButton } from '@angular/material/button';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DevMailsGQL, LanguageService, htmlLang, toUiError } from '@mitreden/web/core';
import type { DevMailsQuery } from '@mitreden/web/core';
import { linkify, mailDocument } from './linkify';

type DevMail = DevMailsQuery['devMails'][number];
type LoadState = 'loading' | 'ready' | 'unavailable' | 'failed';

/**
 * Development mailbox: every mail the app sent to the local mail sink, newest first, so a
 * confirmation or reset link can be opened without a real mailbox.
 */
@Component({
  selector: 'mr-dev-mail-page',
  imports: [MatButton, TranslocoDirective],
  providers: [provideTranslocoScope('devMail')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dev-mail-page.component.html',
  styleUrl: './dev-mail-page.component.scss',
})
export class DevMailPageComponent {
  private readonly devMails = inject(DevMailsGQL);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly language = inject(LanguageService);
  private readonly detailHeading = viewChild<ElementRef<HTMLElement>>('detailHeading');

  readonly state = signal<LoadState>('loading');
  readonly mails = signal<readonly DevMail[]>([]);
  readonly selectedId = signal<string | null>(null);
  readonly selected = computed(() => this.mails().find((mail) => mail.id === this.selectedId()) ?? null);
  readonly textSegments = computed(() => linkify(this.selected()?.text ?? ''));
  /**
   * Trusted on purpose: the iframe is sandboxed without scripts or same-origin access, which is
   * what makes a mail's HTML harmless; Angular's sanitizer would strip the styling we want to see.
   */
  readonly htmlDocument = computed<SafeHtml | null>(() => {
    const html = this.selected()?.html;
    return html ? this.sanitizer.bypassSecurityTrustHtml(mailDocument(html)) : null;
  });
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(htmlLang(this.language.current()), { dateStyle: 'medium', timeStyle: 'medium' }),
  );

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    this.state.set('loading');
    try {
      const result = await firstValueFrom(this.devMails.fetch({ fetchPolicy: 'network-only' }));
      const mails = result.data?.devMails ?? [];
      this.mails.set(mails);
      if (!mails.some((mail) => mail.id === this.selectedId())) this.selectedId.set(mails[0]?.id ?? null);
      this.state.set('ready');
    } catch (error) {
      this.state.set(toUiError(error).code === 'NOT_FOUND' ? 'unavailable' : 'failed');
    }
  }

  select(mail: DevMail): void {
    this.selectedId.set(mail.id);
    // Keyboard and screen reader users land on what they just opened.
    queueMicrotask(() => this.detailHeading()?.nativeElement.focus());
  }

  formatDate(value: string): string {
    return this.dateFormat().format(new Date(value));
  }
}
