import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldErrors } from '@mitreden/shared/contracts';
import { badInput } from './domain-error';

function collect(errors: ValidationError[], prefix: string, into: FieldErrors): FieldErrors {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.keys(error.constraints);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** Rejects unknown input fields and reports each failed rule by name, for translated messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => badInput(collect(errors, '', {})),
  });
}
