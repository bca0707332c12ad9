import type { Route } from '@angular/router';
import { requireAdmin, requireLogin, requireRole } from '@mitreden/web/core';
import { AccessibilityPage, NotFoundPage, PrivacyPage } from '@mitreden/web/shell';

/**
 * Feature pages are lazy routes; `title` is a translation key of the root i18n file (`titles.*`),
 * turned into the document title by TranslatedTitleStrategy. Feature routes go above the `**`
 * fallback.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.home',
    loadComponent: () => import('@mitreden/web/processes').then((m) => m.HomePage),
  },
  {
    path: 'register',
    title: 'titles.register',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.RegisterPage),
  },
  {
    path: 'confirm-email',
    title: 'titles.confirmEmail',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.ConfirmEmailPage),
  },
  {
    path: 'login',
    title: 'titles.login',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.LoginPage),
  },
  {
    path: 'forgot-password',
    title: 'titles.forgotPassword',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'titles.resetPassword',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'account',
    title: 'titles.account',
    canActivate: [requireLogin],
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.AccountPage),
  },
  {
    path: 'account/follows',
    title: 'titles.follows',
    canActivate: [requireLogin],
    loadComponent: () => import('@mitreden/web/follows').then((m) => m.FollowsPage),
  },
  {
    path: 'admin/users',
    title: 'titles.adminUsers',
    canActivate: [requireAdmin],
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.AdminUsersPage),
  },
  {
    path: 'admin/mail',
    title: 'titles.adminMail',
    canActivate: [requireAdmin],
    loadComponent: () => import('@mitreden/web/mail').then((m) => m.MailFailuresPage),
  },
  {
    path: 'accessibility',
    title: 'titles.accessibility',
    // The shell is part of the first bundle anyway, so its pages need no lazy chunk.
    component: AccessibilityPage,
  },
  {
    path: 'privacy',
    title: 'titles.privacy',
    component: PrivacyPage,
  },
  {
    path: 'processes/:slug',
    title: 'titles.process',
    loadComponent: () => import('@mitreden/web/processes').then((m) => m.ProcessPage),
  },
  {
    path: 'forums/:id',
    title: 'titles.forum',
    loadComponent: () => import('@mitreden/web/processes').then((m) => m.ForumPage),
  },
  {
    path: 'manage/processes',
    title: 'titles.manageProcesses',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/processes').then((m) => m.ManageProcessesPage),
  },
  {
    path: 'manage/processes/:id',
    title: 'titles.manageProcess',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/processes').then((m) => m.ManageProcessPage),
  },
  {
    path: 'processes/:slug/proposals',
    title: 'titles.proposals',
    loadComponent: () => import('@mitreden/web/proposals').then((m) => m.ProposalListPage),
  },
  {
    // Before `proposals/:id`, so "new" is not taken for an id.
    path: 'proposals/new',
    title: 'titles.newProposal',
    canActivate: [requireLogin],
    loadComponent: () => import('@mitreden/web/proposals').then((m) => m.NewProposalPage),
  },
  {
    path: 'proposals/:id/edit',
    title: 'titles.editProposal',
    canActivate: [requireLogin],
    loadComponent: () => import('@mitreden/web/proposals').then((m) => m.EditProposalPage),
  },
  {
    path: 'proposals/:id',
    title: 'titles.proposal',
    loadComponent: () => import('@mitreden/web/proposals').then((m) => m.ProposalDetailPage),
  },
  {
    path: 'moderation/input',
    title: 'titles.enterProposal',
    canActivate: [requireRole('moderator', 'project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/proposals').then((m) => m.EnterProposalPage),
  },
  {
    path: 'moderation/import',
    title: 'titles.importProposals',
    canActivate: [requireRole('moderator', 'project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/proposals').then((m) => m.ImportProposalsPage),
  },
  {
    path: 'moderation',
    pathMatch: 'full',
    title: 'titles.moderation',
    canActivate: [requireRole('moderator', 'project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/moderation').then((m) => m.ModerationQueuePage),
  },
  {
    path: 'moderation/merge',
    title: 'titles.mergeProposals',
    canActivate: [requireRole('moderator', 'project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/curation').then((m) => m.MergePage),
  },
  {
    path: 'moderation/split/:id',
    title: 'titles.splitProposal',
    canActivate: [requireRole('moderator', 'project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/curation').then((m) => m.SplitPage),
  },
  {
    path: 'surveys',
    title: 'titles.surveys',
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.OpenSurveysPage),
  },
  {
    path: 'surveys/answer/:token',
    title: 'titles.answerSurvey',
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyAnswerPage),
  },
  {
    path: 'surveys/opt-out/:token',
    title: 'titles.surveyOptOut',
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyOptOutPage),
  },
  {
    path: 'surveys/:slug/answer',
    title: 'titles.answerSurvey',
    canActivate: [requireLogin],
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyAnswerPage),
  },
  {
    path: 'surveys/:slug',
    title: 'titles.survey',
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyLandingPage),
  },
  {
    path: 'manage/surveys',
    title: 'titles.manageSurveys',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.ManageSurveysPage),
  },
  {
    path: 'manage/surveys/:id',
    title: 'titles.surveyBuilder',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyBuilderPage),
  },
  {
    path: 'manage/surveys/:id/preview',
    title: 'titles.surveyPreview',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyAnswerPage),
  },
  {
    path: 'manage/surveys/:id/invitations',
    title: 'titles.surveyInvitations',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyInvitationsPage),
  },
  {
    path: 'manage/surveys/:id/dashboard',
    title: 'titles.surveyDashboard',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyDashboardPage),
  },
  {
    path: 'manage/surveys/:id/results',
    title: 'titles.surveyResults',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/surveys').then((m) => m.SurveyResultsPage),
  },
  {
    path: 'votes',
    title: 'titles.votes',
    loadComponent: () => import('@mitreden/web/votes').then((m) => m.PollsPage),
  },
  {
    path: 'votes/:slug',
    title: 'titles.poll',
    loadComponent: () => import('@mitreden/web/votes').then((m) => m.PollPage),
  },
  {
    path: 'manage/polls',
    title: 'titles.managePolls',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/votes').then((m) => m.ManagePollsPage),
  },
  {
    path: 'manage/polls/new',
    title: 'titles.pollEditor',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/votes').then((m) => m.PollEditorPage),
  },
  {
    path: 'manage/polls/:id',
    title: 'titles.pollEditor',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/votes').then((m) => m.PollEditorPage),
  },
  {
    path: 'manage/polls/:id/codes',
    title: 'titles.pollCodes',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/votes').then((m) => m.PollCodesPage),
  },
  {
    path: 'catalogue',
    title: 'titles.catalogue',
    loadComponent: () => import('@mitreden/web/catalogue').then((m) => m.CataloguePage),
  },
  {
    path: 'catalogue/:field',
    title: 'titles.catalogueField',
    loadComponent: () => import('@mitreden/web/catalogue').then((m) => m.CatalogueFieldPage),
  },
  {
    path: 'manage/catalogue',
    title: 'titles.manageCatalogue',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/catalogue').then((m) => m.ManageCataloguePage),
  },
  {
    path: 'manage/catalogue/compare',
    title: 'titles.catalogueCompare',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/catalogue').then((m) => m.CatalogueComparePage),
  },
  {
    path: 'manage/catalogue/:versionId',
    title: 'titles.catalogueEditor',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/catalogue').then((m) => m.CatalogueEditorPage),
  },
  {
    path: 'manage/answers',
    title: 'titles.manageAnswers',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/answers').then((m) => m.AnswersPage),
  },
  {
    path: 'manage/netiquette',
    title: 'titles.manageNetiquette',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/moderation').then((m) => m.NetiquetteTemplatesPage),
  },
  {
    path: 'manage/audit',
    title: 'titles.auditLog',
    canActivate: [requireRole('project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/audit').then((m) => m.AuditLogPage),
  },
  {
    path: 'assessments',
    title: 'titles.assessments',
    canActivate: [requireRole('department_expert', 'project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/assessments').then((m) => m.AssessmentsOverviewPage),
  },
  {
    path: 'assessments/:id',
    title: 'titles.assessment',
    canActivate: [requireRole('department_expert', 'project_group', 'admin')],
    loadComponent: () => import('@mitreden/web/assessments').then((m) => m.AssessmentFormPage),
  },
  // Development only: the library's guard lets the URL fall through to "not found" unless the API enables the viewer.
  { path: 'dev/mails', loadChildren: () => import('@mitreden/web/dev-mail').then((m) => m.devMailRoutes) },
  {
    path: '**',
    title: 'titles.notFound',
    component: NotFoundPage,
  },
];
