import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { ClassConstructor } from 'class-transformer';
import {
  ChangePasswordInput,
  LoginInput,
  RegisterInput,
  SetUserRoleInput,
  UpdateProfileInput,
  UsersArgs,
} from '../graphql/inputs';
import { EmailArgumentPipe } from './email-argument.pipe';

/** Runs the same transform + validation as the global pipe and returns {property: [rule…]}. */
async function check<T extends object>(type: ClassConstructor<T>, plain: Record<string, unknown>) {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  return {
    instance,
    failures: Object.fromEntries(
      errors.map((error) => [error.property, Object.keys(error.constraints ?? {})]),
    ),
  };
}

const validRegistration = {
  email: 'anna@example.org',
  displayName: 'Anna',
  password: 'long enough pw',
  locale: 'de',
  acceptPrivacy: true,
};

describe('RegisterInput', () => {
  it('trims and lowercases the e-mail and trims the display name', async () => {
    const { instance, failures } = await check(RegisterInput, {
      ...validRegistration,
      email: '  Anna@Example.ORG ',
      displayName: '  Anna  ',
    });
    expect(failures).toEqual({});
    expect(instance.email).toBe('anna@example.org');
    expect(instance.displayName).toBe('Anna');
  });

  it('names the rule each hostile value breaks', async () => {
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ displayName: 'x'.repeat(1024 * 1024) }, { displayName: ['isLength'] }],
      [{ displayName: '   ' }, { displayName: ['isLength'] }],
      [{ displayName: 'Anna\u202Egnp' }, { displayName: ['noControlCharacters'] }],
      [{ displayName: 'Anna\u0007' }, { displayName: ['noControlCharacters'] }],
      [{ email: 'no-at-sign' }, { email: ['isEmail'] }],
      [{ email: `${'a'.repeat(250)}@example.org` }, { email: ['maxLength', 'isEmail'] }],
      [{ password: 'short' }, { password: ['isLength'] }],
      [{ password: 'p'.repeat(201) }, { password: ['isLength'] }],
      [{ locale: 'xx' }, { locale: ['isIn'] }],
      [{ acceptPrivacy: false }, { acceptPrivacy: ['mustAccept'] }],
      [{ acceptPrivacy: 'true' }, { acceptPrivacy: ['mustAccept'] }],
      [{ acceptPrivacy: undefined }, { acceptPrivacy: ['mustAccept'] }],
      [{ role: 'admin' }, { role: ['whitelistValidation'] }],
    ];
    for (const [override, expected] of cases) {
      expect((await check(RegisterInput, { ...validRegistration, ...override })).failures).toEqual(expected);
    }
  });

  it('keeps markup as it is: it is data, rendered inert elsewhere', async () => {
    const { instance, failures } = await check(RegisterInput, {
      ...validRegistration,
      displayName: '<script>alert(1)</script>',
    });
    expect(failures).toEqual({});
    expect(instance.displayName).toBe('<script>alert(1)</script>');
  });

  it('accepts every offered language, Leichte Sprache included', async () => {
    for (const locale of ['de', 'en', 'ar', 'fa', 'de-LS']) {
      expect((await check(RegisterInput, { ...validRegistration, locale })).failures).toEqual({});
    }
  });
});

describe('LoginInput', () => {
  it('does not reveal the password rules', async () => {
    expect((await check(LoginInput, { email: 'a@example.org', password: 'short' })).failures).toEqual({});
    expect((await check(LoginInput, { email: 'a@example.org', password: '' })).failures).toEqual({
      password: ['minLength'],
    });
  });
});

describe('UpdateProfileInput and ChangePasswordInput', () => {
  it('allows partial profile updates but validates what is given', async () => {
    expect((await check(UpdateProfileInput, {})).failures).toEqual({});
    expect((await check(UpdateProfileInput, { displayName: '\u2067x' })).failures).toEqual({
      displayName: ['noControlCharacters'],
    });
  });

  it('applies the password rules to the new password only', async () => {
    expect(
      (await check(ChangePasswordInput, { currentPassword: 'old', newPassword: 'long enough pw' })).failures,
    ).toEqual({});
    expect(
      (await check(ChangePasswordInput, { currentPassword: 'old', newPassword: 'short' })).failures,
    ).toEqual({
      newPassword: ['isLength'],
    });
  });
});

describe('SetUserRoleInput and UsersArgs', () => {
  it('needs a UUID and a known role, and trims the department', async () => {
    const { instance, failures } = await check(SetUserRoleInput, {
      userId: '5b0f4c1e-8f3a-4a6e-9d2b-1c2d3e4f5a6b',
      role: 'department_expert',
      department: ' Fachbereich Soziales ',
    });
    expect(failures).toEqual({});
    expect(instance.department).toBe('Fachbereich Soziales');
    expect((await check(SetUserRoleInput, { userId: '1', role: 'king' })).failures).toEqual({
      userId: ['isUuid'],
      role: ['isEnum'],
    });
  });

  it('caps pages at 100', async () => {
    expect((await check(UsersArgs, { limit: 100, offset: 0 })).failures).toEqual({});
    expect((await check(UsersArgs, { limit: 101, offset: -1 })).failures).toEqual({
      limit: ['max'],
      offset: ['min'],
    });
  });
});

describe('EmailArgumentPipe', () => {
  const pipe = new EmailArgumentPipe();

  it('normalises like the input classes', () => {
    expect(pipe.transform('  Anna@Example.ORG ')).toBe('anna@example.org');
  });

  it('refuses malformed and overlong addresses as BAD_USER_INPUT on the argument', () => {
    expect(() => pipe.transform('nope')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { email: ['isEmail'] } }),
    );
    expect(() => pipe.transform(`${'a'.repeat(250)}@example.org`)).toThrow(
      expect.objectContaining({ fields: { email: ['maxLength'] } }),
    );
    expect(() => pipe.transform(undefined)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
