import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule, HealthModule, RedisModule, graphqlOptions } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import { dataSourceOptions } from '@mitreden/api/database';
import { DevMailModule } from '@mitreden/api/dev-mail';
import { ProcessesModule } from '@mitreden/api/processes';
import { ProposalsModule } from '@mitreden/api/proposals';
import { CommentsModule } from '@mitreden/api/comments';
import { FollowsModule } from '@mitreden/api/follows';
import { MailModule } from '@mitreden/api/mail';
import { IdentityModule } from '@mitreden/api/identity';
import { AuditModule } from '@mitreden/api/audit';
import { ModerationModule } from '@mitreden/api/moderation';
import { CurationModule } from '@mitreden/api/curation';
import { AssessmentsModule } from '@mitreden/api/assessments';
import { AnswersModule } from '@mitreden/api/answers';
import { ExportsModule } from '@mitreden/api/exports';
import { SurveysModule } from '@mitreden/api/surveys';
import { VotesModule } from '@mitreden/api/votes';
import { CatalogueModule } from '@mitreden/api/catalogue';

export interface ApiModuleOptions {
  config: AppConfig;
  /** Where the code-first schema is written; `true` keeps it in memory (tests). */
  schemaFile: string | true;
}

@Module({})
export class AppModule {
  static forRoot({ config, schemaFile }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        RedisModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config, schemaFile)),
        HealthModule,
        DevMailModule,
        ProcessesModule,
        ProposalsModule,
        CommentsModule,
        FollowsModule,
        MailModule,
        IdentityModule,
        AuditModule,
        ModerationModule,
        CurationModule,
        AssessmentsModule,
        AnswersModule,
        ExportsModule,
        SurveysModule,
        VotesModule,
        CatalogueModule,
      ],
    };
  }
}
