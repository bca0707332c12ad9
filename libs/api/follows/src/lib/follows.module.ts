import { Module } from '@nestjs/common';
import { FollowsResolver } from './graphql/follows.resolver';

@Module({
  providers: [FollowsResolver],
})
export class FollowsModule {}
