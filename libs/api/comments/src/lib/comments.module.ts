import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcessesModule } from '@mitreden/api/processes';
import { Comment, CommentVoteRow } from './comment.entity';
import { CommentsService } from './comments.service';
import { CommentsResolver } from './graphql/comments.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Comment, CommentVoteRow]), ProcessesModule],
  providers: [CommentsService, CommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
