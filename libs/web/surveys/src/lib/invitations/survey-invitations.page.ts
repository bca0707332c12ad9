import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  InvitationMailingsGQL,
  InvitationsCreateAccessCodesGQL,
  InvitationsImportGQL,
  InvitationsImportPreviewGQL,
  InvitationsInviteTypesGQL,
  InvitationsOverviewGQL,
  InvitationsSendMailingGQL,
  InvitationsSurveyGQL,
  LanguageService,
  confirmAction,
  errorMessageKey,
  toUiError,
} from '@mitreden/web/core';
import type {
  InvitationStatus,
  InvitationsImportMutation,
  InvitationsImportPreviewQuery,
  InvitationsOverviewQuery,
  InvitationsSurveyFieldsFragment,
  MailingKind,
  OrganisationType,
} from '@mitreden/web/core';
import { SurveyManageNavComponent } from '../common/survey-manage-nav.component';
import {
  ACCEPTED_FILES,
  INVITATION_STATUSES,
  MAILING_POLL_MS,
  MAX_ACCESS_CODES,
  MAX_FILE_BYTES,
  ORGANISATION_TYPES,
  accessCodeLink,
  accessCodesCsv,
  fileToBase64,
  filterInvitations,
  formatNumber,
  importErrorKey,
  isAcceptedFileName,
  isMailingActive,
  mailingErrorKey,
  mailingPercent,
  notCompleteCount,
  pendingCount,
  rowRuleKey,
  typeCounts,
} from './invitation-helpers';
import type { InvitationFilter, InvitationRow, Mailing } from './invitation-helpers';

type Survey = InvitationsSurveyFieldsFragment;
type Preview = InvitationsImportPreviewQuery['organisationImportPreview'];
type ImportResult = InvitationsImportMutation['importOrganisations'];
type Organisations = InvitationsOverviewQuery['organisations'];
type LoadState = 'loading' | 'loaded' | 'missing' | 'failed';

interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/**
 * /manage/surveys/:id/invitations. Invited surveys: import organisations (CSV/XLSX, dry run first),
 * invite them by type, mail invitations and reminders through the worker with live progress, and
 * follow every invitation's status. Anonymous surveys: one-time access codes, shown once.
 */
@Component({
  selector: 'mr-survey-invitations-page',
  imports: [
    FormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressBar,
    SurveyManageNavComponent,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('surveys')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-invitations.page.html',
  styleUrl: './invitations.scss',
})
export class SurveyInvitationsPage {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly surveyQuery = inject(InvitationsSurveyGQL);
  private readonly overviewQuery = inject(InvitationsOverviewGQL);
  private readonly mailingsQuery = inject(InvitationMailingsGQL);
  private readonly previewQuery = inject(InvitationsImportPreviewGQL);
  private readonly importMutation = inject(InvitationsImportGQL);
  private readonly inviteMutation = inject(InvitationsInviteTypesGQL);
  private readonly mailingMutation = inject(InvitationsSendMailingGQL);
  private readonly codesMutation = inject(InvitationsCreateAccessCodesGQL);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LanguageService).current;

  protected readonly accept = ACCEPTED_FILES;
  protected readonly types = ORGANISATION_TYPES;
  protected readonly statuses = INVITATION_STATUSES;
  protected readonly maxCodes = MAX_ACCESS_CODES;
  protected readonly ruleKey = rowRuleKey;
  protected readonly percent = mailingPercent;
  protected readonly active = isMailingActive;

  protected readonly state = signal<LoadState>('loading');
  protected readonly loadErrorKey = signal<string | null>(null);
  protected readonly survey = signal<Survey | null>(null);
  protected readonly invitations = signal<InvitationRow[]>([]);
  private readonly organisations = signal<Organisations>([]);
  protected readonly mailings = signal<Mailing[]>([]);

  /** Polite announcements (progress done, import done …) and failures, each in its own live region. */
  protected readonly announcement = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  // Import
  protected readonly file = signal<ChosenFile | null>(null);
  protected readonly preview = signal<Preview | null>(null);
  protected readonly importResult = signal<ImportResult | null>(null);
  protected readonly inviteImported = signal(true);
  protected readonly onlyProblems = signal(false);
  protected readonly busy = signal<'reading' | 'preview' | 'import' | 'invite' | 'mailing' | 'codes' | null>(null);

  // Invite by type
  protected readonly chosenTypes = signal<ReadonlySet<OrganisationType>>(new Set());
  protected readonly typeCounts = computed(() => typeCounts(this.organisations(), this.invitations()));

  // Table filter
  protected readonly filter = signal<InvitationFilter>({ status: '', type: '', search: '' });
  protected readonly shownInvitations = computed(() => filterInvitations(this.invitations(), this.filter()));

  // Mailings
  protected readonly pending = computed(() => pendingCount(this.invitations()));
  protected readonly notComplete = computed(() => notCompleteCount(this.invitations()));
  protected readonly activeMailing = computed(() => this.mailings().find((mailing) => isMailingActive(mailing)) ?? null);

  // Access codes
  protected readonly codeCount = signal(50);
  protected readonly codes = signal<string[]>([]);

  protected readonly shownRows = computed(() => {
    const rows = this.preview()?.rows ?? [];
    return this.onlyProblems() ? rows.filter((row) => row.outcome === 'INVALID') : rows;
  });
  protected readonly canImport = computed(() => {
    const preview = this.preview();
    return !!preview && preview.newCount + preview.updateCount + preview.unchangedCount > 0 && this.busy() === null;
  });

  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.stopPolling();
    });
  }

  // ---- loading ---------------------------------------------------------------------------------

  private async load(id: string): Promise<void> {
    this.stopPolling();
    this.state.set('loading');
    try {
      const result = await firstValueFrom(this.surveyQuery.fetch({ variables: { id }, fetchPolicy: 'network-only' }));
      const survey = result.data?.survey ?? null;
      this.survey.set(survey);
      if (!survey) return this.state.set('missing');
      if (survey.audience === 'INVITED') await Promise.all([this.loadOverview(), this.loadMailings()]);
      this.state.set('loaded');
    } catch (error) {
      this.loadErrorKey.set(errorMessageKey(toUiError(error)));
      this.state.set('failed');
    }
  }

  private async loadOverview(): Promise<void> {
    const result = await firstValueFrom(
      this.overviewQuery.fetch({ variables: { surveyId: this.id() }, fetchPolicy: 'network-only' }),
    );
    this.invitations.set(result.data?.surveyInvitations ?? []);
    this.organisations.set(result.data?.organisations ?? []);
  }

  private async loadMailings(): Promise<void> {
    const result = await firstValueFrom(
      this.mailingsQuery.fetch({ variables: { surveyId: this.id() }, fetchPolicy: 'network-only' }),
    );
    this.trackMailings(result.data?.surveyMailings ?? []);
  }

  /**
   * Takes a fresh list of mailings: announces those that finished since the last look, refreshes the
   * invitation statuses they changed, and keeps polling while one is queued or running.
   */
  private trackMailings(next: Mailing[]): void {
    const before = new Map(this.mailings().map((mailing) => [mailing.id, mailing]));
    this.mailings.set(next);
    const finished = next.filter((mailing) => {
      const earlier = before.get(mailing.id);
      return !isMailingActive(mailing) && !!earlier && isMailingActive(earlier);
    });
    for (const mailing of finished) {
      const kind = mailing.kind === 'INVITATION' ? 'invitation' : 'reminder';
      if (mailing.status === 'DONE') {
        this.announce(`surveys.invitations.mailing.done.${kind}`, { count: this.number(mailing.processed) });
      } else {
        this.errorKey.set('surveys.invitations.mailing.failed');
      }
    }
    if (finished.length > 0) void this.loadOverview().catch(() => undefined);
    if (next.some(isMailingActive)) this.schedulePoll();
    else this.stopPolling();
  }

  private schedulePoll(): void {
    if (this.pollTimer !== null || this.destroyed) return;
    this.pollTimer = setTimeout(() => {
      this.pollTimer = null;
      this.loadMailings().catch(() => {
        // A missed poll (network blip) is retried; the worker carries on regardless.
        this.schedulePoll();
      });
    }, MAILING_POLL_MS);
  }

  private stopPolling(): void {
    if (this.pollTimer !== null) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  // ---- import --------------------------------------------------------------------------------

  protected async chooseFile(event: Event): Promise<void> {
    const chosen = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(null);
    this.clearImport();
    if (!chosen) return;
    if (!isAcceptedFileName(chosen.name)) return this.errorKey.set('surveys.invitations.import.fileRules.unsupportedFileType');
    if (chosen.size > MAX_FILE_BYTES) return this.errorKey.set('surveys.invitations.import.fileRules.fileTooLarge');
    this.busy.set('reading');
    try {
      this.file.set({ name: chosen.name, size: chosen.size, base64: await fileToBase64(chosen) });
    } catch {
      this.errorKey.set('surveys.invitations.import.fileRules.unreadableFile');
    } finally {
      this.busy.set(null);
    }
  }

  protected async runPreview(): Promise<void> {
    const file = this.file();
    if (!file) {
      this.errorKey.set('surveys.invitations.import.chooseFileFirst');
      this.focusLater('#survey-import-file');
      return;
    }
    this.busy.set('preview');
    this.errorKey.set(null);
    this.importResult.set(null);
    try {
      const response = await firstValueFrom(
        this.previewQuery.fetch({
          variables: { input: { fileName: file.name, fileBase64: file.base64 } },
          fetchPolicy: 'no-cache',
        }),
      );
      const preview = response.data?.organisationImportPreview;
      if (!preview) throw new Error('organisationImportPreview returned nothing');
      this.preview.set(preview);
      this.onlyProblems.set(preview.invalidCount > 0 && preview.invalidCount < preview.rows.length);
      this.focusLater('#survey-import-preview-heading');
    } catch (error) {
      this.preview.set(null);
      this.errorKey.set(importErrorKey(toUiError(error)));
    } finally {
      this.busy.set(null);
    }
  }

  protected async runImport(): Promise<void> {
    const file = this.file();
    if (!file || !this.canImport()) return;
    this.busy.set('import');
    this.errorKey.set(null);
    try {
      const response = await firstValueFrom(
        this.importMutation.mutate({
          variables: {
            input: { fileName: file.name, fileBase64: file.base64 },
            surveyId: this.inviteImported() ? this.id() : null,
          },
        }),
      );
      const result = response.data?.importOrganisations;
      if (!result) throw new Error('importOrganisations returned nothing');
      this.importResult.set(result);
      this.preview.set(null);
      this.file.set(null);
      const element = this.host.nativeElement.querySelector<HTMLInputElement>('#survey-import-file');
      if (element) element.value = '';
      await this.loadOverview();
      this.focusLater('#survey-import-result');
    } catch (error) {
      this.errorKey.set(importErrorKey(toUiError(error)));
    } finally {
      this.busy.set(null);
    }
  }

  private clearImport(): void {
    this.preview.set(null);
    this.importResult.set(null);
    this.errorKey.set(null);
    this.onlyProblems.set(false);
  }

  protected fileSize(bytes: number): string {
    return new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 1 }).format(bytes / 1024);
  }

  // ---- invite by type ------------------------------------------------------------------------

  protected toggleType(type: OrganisationType, checked: boolean): void {
    const next = new Set(this.chosenTypes());
    if (checked) next.add(type);
    else next.delete(type);
    this.chosenTypes.set(next);
  }

  protected async inviteTypes(): Promise<void> {
    const types = ORGANISATION_TYPES.filter((type) => this.chosenTypes().has(type));
    if (types.length === 0) {
      this.errorKey.set('surveys.invitations.byType.chooseFirst');
      return;
    }
    this.busy.set('invite');
    this.errorKey.set(null);
    try {
      const before = this.invitations().length;
      await firstValueFrom(this.inviteMutation.mutate({ variables: { surveyId: this.id(), types } }));
      await this.loadOverview();
      this.chosenTypes.set(new Set());
      this.announce('surveys.invitations.byType.done', { count: this.number(this.invitations().length - before) });
    } catch (error) {
      this.errorKey.set(mailingErrorKey(toUiError(error)));
    } finally {
      this.busy.set(null);
    }
  }

  // ---- mailings ------------------------------------------------------------------------------

  protected async send(kind: MailingKind): Promise<void> {
    const count = kind === 'INVITATION' ? this.pending() : this.notComplete();
    const key = kind === 'INVITATION' ? 'invitation' : 'reminder';
    const params = { count: this.number(count) };
    const confirmed = await confirmAction(this.dialog, {
      title: this.t(`surveys.invitations.mailing.confirm.${key}.heading`, params),
      message: this.t(`surveys.invitations.mailing.confirm.${key}.text`, params),
      confirm: this.t(`surveys.invitations.mailing.confirm.${key}.confirm`, params),
    });
    if (!confirmed) return;
    this.busy.set('mailing');
    this.errorKey.set(null);
    try {
      const response = await firstValueFrom(
        this.mailingMutation.mutate({ variables: { surveyId: this.id(), kind } }),
      );
      const mailing = response.data?.sendSurveyMailing;
      if (!mailing) throw new Error('sendSurveyMailing returned nothing');
      this.announce(`surveys.invitations.mailing.queued.${key}`, params);
      this.trackMailings([mailing, ...this.mailings().filter((other) => other.id !== mailing.id)]);
      this.focusLater('#survey-mailing-progress-heading');
    } catch (error) {
      const uiError = toUiError(error);
      this.errorKey.set(mailingErrorKey(uiError));
      // Someone else started one: show its progress instead.
      if (uiError.code === 'CONFLICT') void this.loadMailings().catch(() => undefined);
    } finally {
      this.busy.set(null);
    }
  }

  // ---- access codes --------------------------------------------------------------------------

  protected async createCodes(): Promise<void> {
    const count = Math.trunc(Number(this.codeCount()));
    if (!Number.isFinite(count) || count < 1 || count > MAX_ACCESS_CODES) {
      this.errorKey.set('surveys.invitations.codes.countRange');
      this.focusLater('#survey-code-count');
      return;
    }
    this.busy.set('codes');
    this.errorKey.set(null);
    try {
      const response = await firstValueFrom(
        this.codesMutation.mutate({ variables: { surveyId: this.id(), count } }),
      );
      const created = response.data?.createSurveyAccessCodes ?? [];
      // Kept with the earlier ones of this visit: they cannot be fetched again.
      this.codes.set([...this.codes(), ...created]);
      this.announce('surveys.invitations.codes.created', { count: this.number(created.length) });
      this.focusLater('#survey-codes-heading');
    } catch (error) {
      this.errorKey.set(errorMessageKey(toUiError(error)));
    } finally {
      this.busy.set(null);
    }
  }

  protected codeLink(code: string): string {
    return accessCodeLink(this.document.location.origin, code);
  }

  protected downloadCodes(): void {
    const csv = accessCodesCsv(this.codes(), this.document.location.origin, {
      code: this.t('surveys.invitations.codes.csvCode'),
      link: this.t('surveys.invitations.codes.csvLink'),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = this.document.createElement('a');
    anchor.href = url;
    anchor.download = `access-codes-${this.survey()?.id ?? 'survey'}.csv`;
    this.document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url));
  }

  // ---- table filter --------------------------------------------------------------------------

  protected setFilter(patch: Partial<InvitationFilter>): void {
    this.filter.set({ ...this.filter(), ...patch });
  }

  protected filterStatus(event: Event): void {
    this.setFilter({ status: (event.target as HTMLSelectElement).value as InvitationStatus | '' });
  }

  protected filterType(event: Event): void {
    this.setFilter({ type: (event.target as HTMLSelectElement).value as OrganisationType | '' });
  }

  protected filterSearch(event: Event): void {
    this.setFilter({ search: (event.target as HTMLInputElement).value });
  }

  // ---- formatting ----------------------------------------------------------------------------

  protected number(value: number): string {
    return formatNumber(value, this.lang());
  }

  protected date(value: string | null): string {
    if (!value) return '';
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params);
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set({ key, params });
  }

  private focusLater(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
