import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@mitreden/api/mail';
import { RolesGuard } from './auth/authorization';
import { LocalStrategy } from './auth/local.strategy';
import { SessionSerializer } from './auth/session.serializer';
import { SessionStore } from './auth/sessions';
import { PasswordHasher } from './crypto/password-hasher';
import { User } from './entities/user.entity';
import { UserToken } from './entities/user-token.entity';
import { AuthResolver } from './graphql/auth.resolver';
import { UserAdminResolver } from './graphql/user-admin.resolver';
import { UserFieldsResolver } from './graphql/user-fields.resolver';
import { AuthRateLimiter } from './rate-limit/auth-rate-limiter';
import { AccountService } from './services/account.service';
import { CredentialsService } from './services/credentials.service';
import { IdentityMails } from './services/identity-mails';
import { SessionRevoker } from './services/session-revoker';
import { UserAdminService } from './services/user-admin.service';

/**
 * Accounts, roles, login sessions and the admin user list. Needs `configureSessions(app, config)`
 * on the HTTP app for sessions and Passport.
 */
@Module({
  imports: [TypeOrmModule.forFeature([User, UserToken]), MailModule],
  providers: [
    PasswordHasher,
    SessionStore,
    SessionSerializer,
    LocalStrategy,
    AuthRateLimiter,
    IdentityMails,
    SessionRevoker,
    CredentialsService,
    AccountService,
    UserAdminService,
    RolesGuard,
    AuthResolver,
    UserAdminResolver,
    UserFieldsResolver,
  ],
  exports: [TypeOrmModule, RolesGuard, PasswordHasher],
})
export class IdentityModule {}
