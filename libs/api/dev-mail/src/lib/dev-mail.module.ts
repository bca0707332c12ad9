import { Module } from '@nestjs/common';
import { DevMailResolver } from './dev-mail.resolver';
import { DevMailService } from './dev-mail.service';

@Module({ providers: [DevMailService, DevMailResolver] })
export class DevMailModule {}
