import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CITY_TIME_ZONE, cityToday, isLocale } from '@mitreden/shared/contracts';
import {
  AdoptCatalogueVersionGQL,
  CatalogueProcessesGQL,
  CatalogueVersionsGQL,
  DeleteCatalogueDraftGQL,
  ImportCatalogueGQL,
  LanguageService,
  StartCatalogueDraftGQL,
  confirmAction,
  errorMessageKey,
  htmlLang,
  toUiError,
} from '@mitreden/web/core';
import type { CatalogueProcessesQuery, CatalogueVersionItemFragment } from '@mitreden/web/core';
import { AdoptDialogComponent } from './adopt-dialog.component';
import type { AdoptDialogData, AdoptDialogResult } from './adopt-dialog.component';
import { CatalogueExportComponent } from './catalogue-export.component';

type Process = CatalogueProcessesQuery['processes'][number];
type LoadState = { status: 'loading' } | { status: 'failed'; key: string } | { status: 'loaded' };

/** Import files above this size are refused before upload (the API's own limit is the same). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** Base64 of a file's bytes, in chunks so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/**
 * /manage/catalogue: the versions of a process catalogue — start a draft, open it, adopt it (council
 * decision), compare versions, import the annex shape, and export versions and all proposals.
 */
@Component({
  selector: 'mr-manage-catalogue-page',
  imports: [
    CatalogueExportComponent,
    FormsModule,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('catalogue')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './manage-catalogue.page.html',
  styleUrl: './manage-catalogue.page.scss',
})
export class ManageCataloguePage {
  private readonly processesQuery = inject(CatalogueProcessesGQL);
  private readonly versionsQuery = inject(CatalogueVersionsGQL);
  private readonly startDraftMutation = inject(StartCatalogueDraftGQL);
  private readonly deleteDraftMutation = inject(DeleteCatalogueDraftGQL);
  private readonly adoptMutation = inject(AdoptCatalogueVersionGQL);
  private readonly importMutation = inject(ImportCatalogueGQL);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly lang = inject(LanguageService).current;

  protected readonly state = signal<LoadState>({ status: 'loading' });
  protected readonly processes = signal<Process[]>([]);
  protected readonly processId = signal<string | null>(null);
  protected readonly versions = signal<CatalogueVersionItemFragment[]>([]);
  protected readonly busy = signal(false);
  /** Outcome of the last action, announced in the status region: translation key and parameters. */
  protected readonly notice = signal<{ key: string; params?: Record<string, unknown>; error?: boolean } | null>(null);
  protected readonly draft = computed(() => this.versions().find((version) => version.status === 'DRAFT') ?? null);
  protected readonly latestAdopted = computed(() => this.versions().find((version) => version.status === 'ADOPTED') ?? null);
  protected readonly importFile = signal<File | null>(null);

  constructor() {
    void this.loadProcesses();
    effect(() => {
      const id = this.processId();
      if (id) void this.loadVersions(id);
    });
  }

  protected selectProcess(id: string): void {
    this.processId.set(id);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { process: id }, replaceUrl: true });
  }

  protected date(value: string | null | undefined): string {
    if (!value) return '';
    const locale = this.lang();
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
    return new Intl.DateTimeFormat(isLocale(locale) ? htmlLang(locale) : 'de', { dateStyle: 'long', timeZone: CITY_TIME_ZONE }).format(day);
  }

  /** The version a row is compared with: the one it was based on, else the one before it. */
  protected previousOf(version: CatalogueVersionItemFragment): CatalogueVersionItemFragment | null {
    const wanted = version.basedOnNumber ?? version.number - 1;
    return this.versions().find((candidate) => candidate.number === wanted) ?? null;
  }

  protected async startDraft(): Promise<void> {
    const processId = this.processId();
    if (!processId) return;
    await this.run(async () => {
      const result = await firstValueFrom(this.startDraftMutation.mutate({ variables: { input: { processId } } }));
      const version = result.data?.startCatalogueDraft;
      if (!version) throw new Error('startCatalogueDraft returned nothing');
      await this.router.navigate(['/manage/catalogue', version.id]);
    });
  }

  protected async deleteDraft(version: CatalogueVersionItemFragment): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.transloco.translate('catalogue.manage.deleteDraft.title', { number: version.number }),
      message: this.transloco.translate('catalogue.manage.deleteDraft.message'),
      confirm: this.transloco.translate('catalogue.manage.deleteDraft.confirm'),
    });
    if (!confirmed) return;
    await this.run(async () => {
      await firstValueFrom(this.deleteDraftMutation.mutate({ variables: { versionId: version.id } }));
      this.notice.set({ key: 'catalogue.manage.deleteDraft.done', params: { number: version.number } });
      await this.reload();
    });
  }

  protected async adopt(version: CatalogueVersionItemFragment): Promise<void> {
    const ref = this.dialog.open<AdoptDialogComponent, AdoptDialogData, AdoptDialogResult | null>(AdoptDialogComponent, {
      data: { versionNumber: version.number, today: cityToday() },
      role: 'alertdialog',
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      maxWidth: '36rem',
    });
    const decision = await firstValueFrom(ref.afterClosed());
    if (!decision) return;
    await this.run(async () => {
      const result = await firstValueFrom(
        this.adoptMutation.mutate({ variables: { input: { versionId: version.id, ...decision } } }),
      );
      const adoption = result.data?.adoptCatalogueVersion;
      if (!adoption) throw new Error('adoptCatalogueVersion returned nothing');
      this.notice.set({
        key: 'catalogue.manage.adopt.done',
        params: { number: version.number, count: adoption.notifiedAuthorCount },
      });
      await this.reload();
    });
  }

  protected chooseFile(event: Event): void {
    const files = (event.target as HTMLInputElement).files;
    this.importFile.set(files && files.length ? files[0] : null);
  }

  protected async importCatalogue(): Promise<void> {
    const processId = this.processId();
    const file = this.importFile();
    if (!processId || !file) {
      this.notice.set({ key: 'catalogue.manage.import.noFile', error: true });
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      this.notice.set({ key: 'catalogue.manage.import.tooLarge', error: true });
      return;
    }
    await this.run(async () => {
      const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      const result = await firstValueFrom(
        this.importMutation.mutate({ variables: { input: { processId, fileName: file.name, contentBase64 } } }),
      );
      const imported = result.data?.importCatalogue;
      if (!imported) throw new Error('importCatalogue returned nothing');
      this.notice.set({
        key: 'catalogue.manage.import.done',
        params: {
          number: imported.version.number,
          fields: imported.actionFieldCount,
          goals: imported.goalCount,
          measures: imported.measureCount,
        },
      });
      await this.reload();
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    try {
      await action();
    } catch (error) {
      const uiError = toUiError(error);
      const fieldRule = Object.values(uiError.fields)[0]?.[0];
      this.notice.set(
        uiError.code === 'BAD_USER_INPUT' && fieldRule
          ? { key: 'catalogue.manage.rules.' + fieldRule, error: true }
          : { key: errorMessageKey(uiError), error: true },
      );
    } finally {
      this.busy.set(false);
    }
  }

  private async loadProcesses(): Promise<void> {
    try {
      const result = await firstValueFrom(this.processesQuery.fetch({ fetchPolicy: 'network-only' }));
      const processes = result.data?.processes ?? [];
      this.processes.set(processes);
      const wanted = this.route.snapshot.queryParamMap.get('process');
      const chosen = processes.find((process) => process.id === wanted) ?? processes.find((process) => process.isCurrent) ?? processes[0];
      if (chosen) this.processId.set(chosen.id);
      else this.state.set({ status: 'loaded' });
    } catch (error) {
      this.state.set({ status: 'failed', key: errorMessageKey(toUiError(error)) });
    }
  }

  private reload(): Promise<void> {
    const id = this.processId();
    return id ? this.loadVersions(id) : Promise.resolve();
  }

  private async loadVersions(processId: string): Promise<void> {
    try {
      const result = await firstValueFrom(this.versionsQuery.fetch({ variables: { processId }, fetchPolicy: 'network-only' }));
      this.versions.set(result.data?.catalogueVersions ?? []);
      this.state.set({ status: 'loaded' });
    } catch (error) {
      this.state.set({ status: 'failed', key: errorMessageKey(toUiError(error)) });
    }
  }
}
