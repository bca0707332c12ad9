import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { dataSourceOptions } from '@mitreden/api/database';
import { WorkerMailModule } from '@mitreden/worker/mail';
import type { WorkerMailOptions } from '@mitreden/worker/mail';
import { WorkerRemindersModule } from '@mitreden/worker/reminders';
import { WorkerExportsModule } from '@mitreden/worker/exports';
import { WorkerSurveysModule } from '@mitreden/worker/surveys';
import { WorkerVotesModule } from '@mitreden/worker/votes';

export interface WorkerModuleOptions {
  /** Tests shorten retry delays and relay intervals through this. */
  mail?: WorkerMailOptions;
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        WorkerMailModule.forRoot(options.mail),
        WorkerRemindersModule,
        WorkerSurveysModule,
        WorkerExportsModule,
        WorkerVotesModule,
      ],
    };
  }
}
