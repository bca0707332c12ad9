import { Module } from '@nestjs/common';
import { CommentsResolver } from './graphql/comments.resolver';

@Module({
  providers: [CommentsResolver],
})
export class CommentsModule {}
