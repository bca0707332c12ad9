import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { dataSourceOptions, runMigrations } from '@mitreden/api/database';
import { ActionField, DEMO_PROCESS_SLUG, Process, seedDemoProcess, seedDemoSchedule } from '@mitreden/api/processes';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from '@mitreden/api/identity';
import { DEMO_EXTRA_RESIDENTS, seedDemoProposals } from '@mitreden/api/proposals';
import { seedDemoModeration } from '@mitreden/api/moderation';
import { seedDemoCuration } from '@mitreden/api/curation';
import { seedDemoAssessments } from '@mitreden/api/assessments';
import { seedDemoAnswers } from '@mitreden/api/answers';
import { seedDemoSurvey } from '@mitreden/api/surveys';
import { seedDemoPolls } from '@mitreden/api/votes';
import { seedDemoCatalogue } from '@mitreden/api/catalogue';
import { createApiApp } from './app/create-app';

const logger = new Logger('Mitreden');

async function serve(config: AppConfig): Promise<void> {
  // Outside production the code-first schema is written next to the sources, where it is committed.
  const schemaFile =
    process.env['SCHEMA_FILE'] ??
    (config.env === 'production' ? true : join(process.cwd(), 'apps/api/schema.gql'));
  const app = await createApiApp(config, schemaFile);
  await app.listen(config.port, process.env['HOST'] ?? '127.0.0.1');
  logger.log(`API listening on ${config.publicUrl}`);
}

/** Writes the code-first schema (apps/api/schema.gql) without serving. */
async function schema(config: AppConfig): Promise<void> {
  const target = process.env['SCHEMA_FILE'] ?? join(process.cwd(), 'apps/api/schema.gql');
  const app = await createApiApp(config, target);
  await app.init();
  await app.close();
  logger.log(`Schema written to ${target}`);
}

async function migrate(config: AppConfig): Promise<void> {
  const ran = await runMigrations(config.databaseUrl);
  logger.log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date');
}

/**
 * The Hannover demo: the process in its forums phase (phases, 8 action fields, 8 forums), one
 * confirmed user per role plus a few residents, and the annex's goals and measures as proposals.
 */
async function seed(config: AppConfig): Promise<void> {
  const dataSource = new DataSource(
    dataSourceOptions(config.databaseUrl, { entities: [Process, ActionField] }),
  );
  await dataSource.initialize();
  try {
    await dataSource.transaction(async (manager) => {
      const demoProcess = await seedDemoProcess(manager);
      await seedDemoSchedule(manager, demoProcess.id);
    });
    await seedDemoUsers(dataSource);
    // Proposals name their authors and the moderator who entered them, so users come first.
    const proposals = await dataSource.transaction((manager) => seedDemoProposals(manager));
    await dataSource.transaction(async (manager) => {
      await seedDemoModeration(manager);
      await seedDemoCuration(manager);
      await seedDemoAssessments(manager);
      await seedDemoAnswers(manager);
    });
    await dataSource.transaction(async (manager) => {
      const [demoProcess]: { id: string }[] = await manager.query(`SELECT id FROM processes WHERE slug = $1`, [DEMO_PROCESS_SLUG]);
      await seedDemoSurvey(manager, demoProcess.id);
      // The closed demo poll's sealed ballots are counted by the worker, as every poll is.
      await seedDemoPolls(manager, demoProcess.id, config.ballotSecret);
    });
    await dataSource.transaction(async (manager) => {
      const [demoProcess]: { id: string }[] = await manager.query(`SELECT id FROM processes WHERE slug = $1`, [DEMO_PROCESS_SLUG]);
      // Adopted in SQL by the seed: the demo authors get no closing-the-loop mails.
      await seedDemoCatalogue(manager, demoProcess.id);
    });
    logger.log(
      `Demo data ready: ${DEMO_USERS.map((user) => user.email).join(', ')} (password ${DEMO_PASSWORD})`,
    );
    logger.log(
      `Demo proposals: ${proposals.goals} goals, ${proposals.measures} measures (${proposals.created} new)`,
    );
    // `npm start` prints the logins from here, so its banner can never disagree with the seed.
    const summaryFile = process.env['SEED_SUMMARY_FILE'];
    if (summaryFile) {
      const content = {
        goals: proposals.goals,
        measures: proposals.measures,
        residents: DEMO_EXTRA_RESIDENTS.map((user) => user.email),
      };
      writeFileSync(
        summaryFile,
        JSON.stringify({ password: DEMO_PASSWORD, users: DEMO_USERS, content }, null, 2),
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

const commands: Record<string, (config: AppConfig) => Promise<void>> = { serve, migrate, seed, schema };

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'serve';
  const command = commands[name];
  if (!command) {
    logger.error(`Unknown command "${name}". Use one of: ${Object.keys(commands).join(', ')}`);
    process.exit(2);
  }
  await command(loadConfig());
}

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
