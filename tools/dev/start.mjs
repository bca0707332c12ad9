#!/usr/bin/env node
// `npm start`: the whole application on one URL with no configuration. Whatever the environment
// does not provide (DATABASE_URL, REDIS_URL, SMTP_URL) is started privately and stopped again
// on Ctrl-C, in reverse order of start.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REDIS_INSTALL_HELP, resolveDatabase, resolveRedis } from './lib/infrastructure.mjs';
import { bold, freePort, label, portIsFree, runStep, say, startService, waitFor } from './lib/processes.mjs';
import { startMailSink } from './mail-sink.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataRoot = join(root, '.data');
const apiMain = join(root, 'dist/apps/api/main.js');
const workerMain = join(root, 'dist/apps/worker/main.js');
const webDist = join(root, 'dist/apps/web/browser');

/** Everything started so far, newest last; stopped from the end. */
const running = [];
let stopping;

function stopAll(reason) {
  stopping ??= (async () => {
    if (reason) say(reason);
    for (const resource of [...running].reverse()) {
      try {
        await resource.stop();
      } catch (error) {
        console.error(`${label('start')} Stopping ${resource.name} failed: ${error instanceof Error ? error.message : error}`);
      }
    }
    running.length = 0;
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    console.log('');
    void stopAll('Stopping …').then(() => {
      say('Everything is stopped. Bye.');
      process.exit(0);
    });
  });
}
// If this script dies unexpectedly, its detached children must not outlive it.
process.on('exit', () => {
  for (const resource of running) resource.killNow?.();
});

async function pickPort() {
  if (process.env.PORT) return Number(process.env.PORT);
  return (await portIsFree(3000)) ? 3000 : freePort();
}

async function healthy(url) {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

const ROLE_LABELS = {
  resident: 'resident',
  moderator: 'moderator',
  department_expert: 'department expert',
  project_group: 'project group',
  admin: 'admin',
};

function banner({ url, database, redis, mail, mailViewer, demo }) {
  const line = '─'.repeat(68);
  const width = Math.max(...demo.users.map((user) => user.email.length));
  return [
    '',
    line,
    `  ${bold('Mitreden is running:')}  ${bold(url)}`,
    '',
    mailViewer ? `  Mails sent by the app:  ${mailViewer}` : `  Mails go to:            ${mail}`,
    `  Database:               ${database}`,
    `  Redis:                  ${redis}`,
    '',
    `  Demo logins (password ${bold(demo.password)}):`,
    ...demo.users.map(
      (user) =>
        `    ${user.email.padEnd(width)}  ${ROLE_LABELS[user.role] ?? user.role}${user.department ? ` (${user.department})` : ''}`,
    ),
    ...(demo.content
      ? [
          `    …and ${demo.content.residents.length} more residents, e.g. ${demo.content.residents[0]}`,
          '',
          `  Demo process "Wir sind Hannover" is in its forums phase: 8 forums,`,
          `  ${demo.content.goals} goals and ${demo.content.measures} measures with supports and comments.`,
          '  To try moderation and curation: a reported comment waits at /moderation (moderator@),',
          '  two duplicate "Sprachcafé" measures to merge, assessments due for expert@ at /assessments,',
          '  and an official answer drafted by projectgroup@ for projectlead@ to approve (/manage/answers).',
          '  Surveys: the needs analysis sent to 713 organisations (154 started, 110 complete) at',
          '  /manage/surveys (projectgroup@): builder, invitations, response rates, results and exports.',
          '  Votes: "Wie soll der neue Integrationsplan heißen?" is open at /votes (ranked choice),',
          '  a closed poll shows results and receipts; polls are managed at /manage/polls.',
          '  Catalogue: the annex (8 action fields, 37 goals, 144 measures) is adopted as version 1 at',
          '  /catalogue with provenance per measure; drafts, adoption and exports at /manage/catalogue.',
        ]
      : []),
    '',
    '  Press Ctrl-C to stop everything.',
    line,
    '',
  ].join('\n');
}

async function main() {
  const startedAt = Date.now();

  const database = await resolveDatabase(dataRoot);
  running.push({ name: 'PostgreSQL', ...database });
  say(`Database: ${database.description}`);

  const redis = await resolveRedis(dataRoot);
  if (!redis) {
    console.error(`\n${REDIS_INSTALL_HELP}\n`);
    await stopAll();
    process.exit(1);
  }
  running.push({ name: 'Redis', ...redis });
  say(`Redis: ${redis.description}`);

  let smtpUrl = process.env.SMTP_URL;
  let devMailUrl;
  if (!smtpUrl) {
    const sink = await startMailSink({
      onMail: (mail) => console.log(`${label('mail')} captured "${mail.subject}" → ${mail.to.join(', ')}`),
    });
    running.push({ name: 'mail sink', stop: () => sink.close() });
    smtpUrl = sink.smtpUrl;
    devMailUrl = sink.httpUrl;
    say(`Mail: development sink at ${sink.smtpUrl}`);
  }

  if (process.argv.includes('--skip-build')) {
    say('Using the existing build in dist/ (--skip-build).');
  } else {
    say('Building api, worker and web (cached after the first run) …');
    await runStep('build', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--outputStyle=stream'], {
      cwd: root,
      inherit: true,
    });
  }
  for (const file of [apiMain, workerMain, join(webDist, 'index.html')]) {
    if (!existsSync(file)) throw new Error(`The build did not produce ${file}`);
  }

  const port = await pickPort();
  const url = (process.env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const env = {
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtpUrl,
    PORT: String(port),
    PUBLIC_URL: url,
    WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? webDist,
    ...(devMailUrl ? { DEV_MAIL_URL: devMailUrl } : {}),
  };

  say('Migrating the database …');
  await runStep('migrate', process.execPath, [apiMain, 'migrate'], { cwd: root, env });
  say('Seeding the demo data …');
  const seedSummary = join(mkdtempSync(join(tmpdir(), 'mitreden-seed-')), 'demo.json');
  await runStep('seed', process.execPath, [apiMain, 'seed'], { cwd: root, env: { ...env, SEED_SUMMARY_FILE: seedSummary } });
  const demo = JSON.parse(readFileSync(seedSummary, 'utf8'));
  rmSync(dirname(seedSummary), { recursive: true, force: true });

  const api = startService('api', process.execPath, ['--enable-source-maps', apiMain], { cwd: root, env });
  running.push(api);
  const worker = startService('worker', process.execPath, ['--enable-source-maps', workerMain], {
    cwd: root,
    env,
    readyPattern: /Worker started|successfully started/i,
  });
  // Stopped in reverse: the API first (no new work arrives), then the worker finishes its job.
  running.splice(running.length - 1, 0, worker);
  await waitFor(() => healthy(`http://127.0.0.1:${port}`), {
    what: `the API at http://127.0.0.1:${port}/health`,
    timeoutMs: 90_000,
    intervalMs: 250,
    abort: () => api.exitReason() ?? worker.exitReason(),
  });

  // The banner goes last, after the worker's start-up lines, so it stays visible.
  await Promise.race([worker.ready, worker.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (worker.exitReason()) throw new Error(worker.exitReason());

  const mailViewer = devMailUrl && env.NODE_ENV !== 'production' ? `${url}/dev/mails` : undefined;
  console.log(banner({ url, database: database.description, redis: redis.description, mail: smtpUrl, mailViewer, demo }));
  say(`Ready in ${Math.round((Date.now() - startedAt) / 1000)} s.`);

  // A crashed API or worker takes the rest down instead of leaving a half-working app.
  const failed = await Promise.race([api.exited.then(() => api), worker.exited.then(() => worker)]);
  if (!stopping) {
    await stopAll(`${failed.exitReason()}; stopping everything.`);
    process.exit(1);
  }
}

main().catch(async (error) => {
  console.error(`\n${label('start')} ${error instanceof Error ? error.message : error}`);
  await stopAll('Stopping what was started …');
  process.exit(1);
});
