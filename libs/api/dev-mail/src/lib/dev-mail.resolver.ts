import { Query, Resolver } from '@nestjs/graphql';
import { AppInfo, DevMail } from './dev-mail.models';
import { DevMailService } from './dev-mail.service';

@Resolver()
export class DevMailResolver {
  constructor(private readonly devMail: DevMailService) {}

  @Query(() => AppInfo)
  appInfo(): AppInfo {
    return { devMailViewer: this.devMail.enabled };
  }

  @Query(() => [DevMail], {
    description: 'Mails captured by the development mail sink; NOT_FOUND outside development.',
  })
  devMails(): Promise<DevMail[]> {
    return this.devMail.list();
  }
}
