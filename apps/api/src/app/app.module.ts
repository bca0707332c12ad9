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
      ],
    };
  }
}
