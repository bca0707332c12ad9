import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { User } from '../entities/user.entity';

/** The HTTP request behind a resolver or controller call. */
export function httpRequestOf(context: ExecutionContext): Request {
  if (context.getType<'graphql' | 'http'>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

export function httpResponseOf(context: ExecutionContext): Response {
  if (context.getType<'graphql' | 'http'>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ res: Response }>().res;
  }
  return context.switchToHttp().getResponse<Response>();
}

/** The account Passport restored from the session, or null for anonymous requests. */
export function userOf(request: Request): User | null {
  // Only an entity Passport loaded counts; anything else someone managed to put there does not.
  const { user } = request as Request & { user?: unknown };
  return user instanceof User ? user : null;
}
