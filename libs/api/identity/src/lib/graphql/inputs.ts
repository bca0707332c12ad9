import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  IsEnum,
} from 'class-validator';
import {
  DISPLAY_NAME_MAX,
  LOCALES,
  PASSWORD_MAX,
  PASSWORD_MIN,
  REGION_MUNICIPALITIES,
} from '@mitreden/shared/contracts';
import type { Locale } from '@mitreden/shared/contracts';
import { MustAccept, NoControlCharacters, NormalizedEmail, Trimmed } from '../validation/text-rules';
import { Role } from './role';

export const DEPARTMENT_MAX = 120;
export const SEARCH_MAX = 200;
export const USERS_PAGE_MAX = 100;

@InputType()
export class RegisterInput {
  @Field()
  @NormalizedEmail()
  email!: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX)
  @NoControlCharacters()
  displayName!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  password!: string;

  @Field(() => String, { description: `Language for e-mails and the interface: ${LOCALES.join(', ')}` })
  @IsIn(LOCALES)
  locale!: Locale;

  @Field(() => Boolean, {
    description: 'The person has read the privacy notice and agrees to the processing. Must be true.',
  })
  @MustAccept()
  acceptPrivacy!: boolean;
}

@InputType()
export class LoginInput {
  @Field()
  @NormalizedEmail()
  email!: string;

  /** No minimum here: a login must not teach the password rules, it only says yes or no. */
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  password!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX)
  @NoControlCharacters()
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @Field(() => String, {
    nullable: true,
    description: 'One of the municipalities of the Region Hannover; the empty string clears it',
  })
  @IsOptional()
  @IsIn([...REGION_MUNICIPALITIES, ''])
  municipality?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX)
  currentPassword!: string;

  @Field()
  @IsString()
  @Length(PASSWORD_MIN, PASSWORD_MAX)
  newPassword!: string;
}

@InputType()
export class SetUserRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Required for DEPARTMENT_EXPERT, ignored otherwise.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, DEPARTMENT_MAX)
  @NoControlCharacters()
  department?: string | null;
}

@ArgsType()
export class UsersArgs {
  @Field(() => String, { nullable: true, description: 'Part of the display name or e-mail address.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(SEARCH_MAX)
  search?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(USERS_PAGE_MAX)
  limit = 20;
}
