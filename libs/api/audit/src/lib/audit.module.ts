import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditLogResolver } from './graphql/audit-log.resolver';
import { AuditLogReader } from './audit-log.reader';
import { AuditLogCsvController } from './audit-log-csv.controller';

/** Global: every moderation and curation library records through the one AuditService. */
@Global()
@Module({
  controllers: [AuditLogCsvController],
  providers: [AuditService, AuditLogReader, AuditLogResolver],
  exports: [AuditService],
})
export class AuditModule {}
