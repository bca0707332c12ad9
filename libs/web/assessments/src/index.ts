export * from './lib/public-assessments.component';
export * from './lib/assessment-panel.component';
export * from './lib/assessments-overview.page';
export * from './lib/assessment-form.page';
