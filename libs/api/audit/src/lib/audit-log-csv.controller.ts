import { Catch, Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { DomainError } from '@mitreden/api/core';
import { Roles } from '@mitreden/api/identity';
import { AuditLogReader } from './audit-log.reader';
import type { AuditRow } from './audit-log.reader';
import { csvLine, UTF8_BOM } from './csv';
import type { AuditLogFilter } from './graphql/audit-log.types';

/** Rows per statement while streaming: memory stays flat however long the log grows. */
const BATCH_SIZE = 1000;

const HEADER = [
  'id',
  'occurred_at',
  'actor_name',
  'actor_role',
  'actor_id',
  'action',
  'target_type',
  'target_id',
  'target_label',
  'process_id',
  'reason',
  'before',
  'after',
];

/** The GraphQL filter as query parameters; checked by the global validation pipe (unknown ones refused). */
export class AuditLogCsvQuery {
  @IsOptional() @IsString() @MaxLength(60) action?: string;
  @IsOptional() @IsString() @MaxLength(40) targetType?: string;
  @IsOptional() @IsUUID() targetId?: string;
  @IsOptional() @IsUUID() actorId?: string;
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @IsOptional() @IsString() @MaxLength(200) search?: string;
}

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/** The same error codes as GraphQL, with the matching HTTP status, for a plain HTTP endpoint. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response
      .status(STATUS[error.code] ?? 500)
      .json({ code: error.code, message: error.message, fields: error.fields ?? null });
  }
}

/** Resolves when the client can take more, or has gone away (then the loop stops). */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

function row(entry: AuditRow): string {
  return csvLine([
    entry.id,
    entry.occurred_at.toISOString(),
    entry.actor_name,
    entry.actor_role,
    entry.actor_id,
    entry.action,
    entry.target_type,
    entry.target_id,
    entry.target_label,
    entry.process_id,
    entry.reason,
    entry.before,
    entry.after,
  ]);
}

/** CSV download of the filtered audit log, streamed in keyset batches (same filters as the GraphQL query). */
@Controller('api')
@UseFilters(DomainErrorHttpFilter)
export class AuditLogCsvController {
  constructor(private readonly reader: AuditLogReader) {}

  @Roles('project_group', 'admin')
  @Get('audit-log.csv')
  async download(@Query() query: AuditLogCsvQuery, @Res() res: Response): Promise<void> {
    const filter: AuditLogFilter = {
      action: query.action,
      targetType: query.targetType,
      targetId: query.targetId,
      actorId: query.actorId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      search: query.search,
    };
    const day = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-log-${day}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.write(UTF8_BOM + csvLine(HEADER));
    let afterId: string | null = null;
    try {
      for (;;) {
        const rows = await this.reader.batch(filter, afterId, BATCH_SIZE);
        if (rows.length === 0 || res.destroyed) break;
        // Waits when the client reads slower than the database delivers.
        if (!res.write(rows.map(row).join(''))) await drained(res);
        if (rows.length < BATCH_SIZE) break;
        afterId = rows[rows.length - 1].id;
      }
      res.end();
    } catch (error) {
      // Headers are out: a cut-off download is the only honest signal left.
      res.destroy(error instanceof Error ? error : undefined);
    }
  }
}
