import { Module } from '@nestjs/common';
import { MailModule } from '@mitreden/api/mail';
import { AnswersService } from './answers.service';
import { AnswersResolver } from './graphql/answers.resolver';

@Module({
  imports: [MailModule],
  providers: [AnswersService, AnswersResolver],
  exports: [AnswersService],
})
export class AnswersModule {}
