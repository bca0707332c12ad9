import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG } from '@mitreden/api/core';
import type { AppConfig, GraphqlContext } from '@mitreden/api/core';
import { Authenticated, Public } from '../auth/authorization';
import { CurrentUser } from '../auth/current-user.decorator';
import { authenticateLocal, destroySession, logIn } from '../auth/local.strategy';
import { SESSION_COOKIE_NAME, sessionCookieOptions } from '../auth/sessions';
import type { User } from '../entities/user.entity';
import { AuthRateLimiter } from '../rate-limit/auth-rate-limiter';
import { AccountService } from '../services/account.service';
import { EmailArgumentPipe } from '../validation/email-argument.pipe';
import {
  ChangePasswordInput,
  LoginInput,
  RegisterInput,
  ResetPasswordInput,
  UpdateProfileInput,
} from './inputs';
import { UserModel } from './user.model';

/** Registration, login and the caller's own account. Thin: rules live in the services. */
@Resolver()
export class AuthResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountService,
    private readonly rateLimiter: AuthRateLimiter,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The logged-in account, or null.' })
  me(@CurrentUser() user: User | null): UserModel | null {
    return user ? UserModel.from(user) : null;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Starts a double opt-in registration. Always true for valid input, whether or not the address has an account.',
  })
  async register(@Args('input') input: RegisterInput, @Context() { req }: GraphqlContext): Promise<boolean> {
    await this.rateLimiter.consume('register', { ip: req.ip, subject: input.email });
    await this.accounts.register(input);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirms the address from the link in the registration mail.' })
  async confirmEmail(@Args('token') token: string): Promise<boolean> {
    await this.accounts.confirmEmail(token);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sends a new confirmation link if the address has an unconfirmed account. Always true.',
  })
  async resendConfirmation(
    @Args('email', new EmailArgumentPipe()) email: string,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.rateLimiter.consume('resendConfirmation', { ip: req.ip, subject: email });
    await this.accounts.resendConfirmation(email);
    return true;
  }

  @Public()
  @Mutation(() => UserModel)
  async login(@Args('input') input: LoginInput, @Context() { req }: GraphqlContext): Promise<UserModel> {
    await this.rateLimiter.consume('login', { ip: req.ip, subject: input.email });
    const user = await authenticateLocal(req, input);
    await logIn(req, user);
    await this.rateLimiter.forgive('login', input.email);
    return UserModel.from(user);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session. True also when nobody was logged in.' })
  async logout(@Context() { req, res }: GraphqlContext): Promise<boolean> {
    await destroySession(req);
    req.user = undefined;
    res.clearCookie(SESSION_COOKIE_NAME, sessionCookieOptions(this.config));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address has an account. Always true.' })
  async requestPasswordReset(
    @Args('email', new EmailArgumentPipe()) email: string,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.rateLimiter.consume('requestPasswordReset', { ip: req.ip, subject: email });
    await this.accounts.requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset link; other sessions of the account end.',
  })
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.rateLimiter.consume('resetPassword', { ip: req.ip });
    await this.accounts.resetPassword(input.token, input.password, req.sessionID);
    return true;
  }

  @Authenticated()
  @Mutation(() => UserModel)
  async updateMyProfile(
    @Args('input') input: UpdateProfileInput,
    @CurrentUser() user: User,
  ): Promise<UserModel> {
    return UserModel.from(await this.accounts.updateProfile(user.id, input));
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Needs the current password; other sessions of the account end.' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() user: User,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.rateLimiter.consume('changePassword', { ip: req.ip, subject: user.id });
    await this.accounts.changePassword(user.id, input.currentPassword, input.newPassword, req.sessionID);
    return true;
  }
}
