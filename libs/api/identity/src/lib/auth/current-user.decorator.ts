import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { httpRequestOf, userOf } from './request-context';

/**
 * The logged-in account (the `User` entity), or null. Pair it with `@Authenticated()` or
 * `@Roles()` when the handler needs someone to be logged in.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  userOf(httpRequestOf(context)),
);
