// The demo accounts `node dist/apps/api/main.js seed` creates (see the BRIEF's contract); printed
// by `npm start` and used by the e2e tests. Keep in step with the seed.
export const DEMO_PASSWORD = 'mitreden-demo-2026';

export const DEMO_LOGINS = [
  { email: 'resident@mitreden.test', role: 'resident' },
  { email: 'moderator@mitreden.test', role: 'moderator' },
  { email: 'expert@mitreden.test', role: 'department expert (Fachbereich Soziales)' },
  { email: 'projectgroup@mitreden.test', role: 'project group' },
  { email: 'admin@mitreden.test', role: 'admin' },
];
