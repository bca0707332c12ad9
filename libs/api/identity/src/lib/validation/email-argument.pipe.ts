import { Injectable } from '@nestjs/common';
import type { PipeTransform } from '@nestjs/common';
import { isEmail, maxLength } from 'class-validator';
import { badInput } from '@mitreden/api/core';
import { EMAIL_MAX } from '@mitreden/shared/contracts';

/**
 * For bare `email: String!` arguments, which the class-based validation pipe does not see:
 * normalises like `@NormalizedEmail()` and reports failures the same way.
 */
@Injectable()
export class EmailArgumentPipe implements PipeTransform<unknown, string> {
  constructor(private readonly argumentName = 'email') {}

  transform(value: unknown): string {
    const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
    if (!maxLength(email, EMAIL_MAX)) throw badInput({ [this.argumentName]: ['maxLength'] });
    if (!isEmail(email, { allow_display_name: false, allow_ip_domain: false, require_tld: true })) {
      throw badInput({ [this.argumentName]: ['isEmail'] });
    }
    return email;
  }
}
