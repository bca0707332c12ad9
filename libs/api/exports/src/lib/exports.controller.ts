import { Catch, Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@mitreden/api/core';
import { Authenticated, CurrentUser, User } from '@mitreden/api/identity';
import { ExportsService } from './exports.service';

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** The GraphQL error codes with the matching HTTP status. */
@Catch(DomainError)
export class ExportErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(STATUS[error.code] ?? 500).json({ code: error.code, message: error.message });
  }
}

/**
 * `filename` gets an ASCII fallback (quotes, slashes, control and non-ASCII characters replaced),
 * `filename*` the exact UTF-8 name (RFC 6266), so no header injection and umlauts survive.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\/;%]/g, '_').slice(0, 150) || 'export';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.slice(0, 150))}`;
}

/** Download of a finished export: session cookie, only the requester or an admin. */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Authenticated()
  @Get(':id/file')
  async download(@Param('id') id: string, @CurrentUser() viewer: User, @Res() res: Response): Promise<void> {
    const file = await this.exports.file(id, viewer);
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    res.setHeader('Content-Length', String(file.content.length));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(file.content);
  }
}
