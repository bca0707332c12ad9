import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Follow } from './follow.entity';
import { FollowsService } from './follows.service';
import { FollowsResolver } from './graphql/follows.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Follow])],
  providers: [FollowsService, FollowsResolver],
  exports: [FollowsService],
})
export class FollowsModule {}
