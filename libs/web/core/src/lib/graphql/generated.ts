import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string };
};

/** A Handlungsfeld; texts in the requested language */
export type ActionField = {
  /** Cross-cutting themes such as anti-discrimination apply to every field */
  crossCutting: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** What the web app may show in this deployment. */
export type AppInfo = {
  /** True in development when mails go to the local mail sink and can be read at /dev/mails. */
  devMailViewer: Scalars['Boolean']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** A mail captured by the development mail sink (development only). */
export type DevMail = {
  from: Scalars['String']['output'];
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  receivedAt: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Array<Scalars['String']['output']>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** A mail that could not be delivered after all attempts. */
export type MailDeliveryFailure = {
  attempts: Scalars['Int']['output'];
  failedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  recipientEmail: Scalars['String']['output'];
  template: Scalars['String']['output'];
};

export type Mutation = {
  /** Needs the current password; other sessions of the account end. */
  changePassword: Scalars['Boolean']['output'];
  /** Confirms the address from the link in the registration mail. */
  confirmEmail: Scalars['Boolean']['output'];
  login: User;
  /** Ends the session. True also when nobody was logged in. */
  logout: Scalars['Boolean']['output'];
  /** Starts a double opt-in registration. Always true for valid input, whether or not the address has an account. */
  register: Scalars['Boolean']['output'];
  /** Mails a reset link if the address has an account. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a new confirmation link if the address has an unconfirmed account. Always true. */
  resendConfirmation: Scalars['Boolean']['output'];
  /** Sets a new password from a reset link; other sessions of the account end. */
  resetPassword: Scalars['Boolean']['output'];
  /** Admins only. The last active admin keeps the role (LAST_ADMIN). */
  setUserRole: User;
  updateMyProfile: User;
};

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};

export type MutationConfirmEmailArgs = {
  token: Scalars['String']['input'];
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationRegisterArgs = {
  input: RegisterInput;
};

export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};

export type MutationResendConfirmationArgs = {
  email: Scalars['String']['input'];
};

export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};

export type MutationSetUserRoleArgs = {
  input: SetUserRoleInput;
};

export type MutationUpdateMyProfileArgs = {
  input: UpdateProfileInput;
};

/** A participation process; texts in the requested language */
export type Process = {
  actionFields: Array<ActionField>;
  id: Scalars['ID']['output'];
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type Query = {
  appInfo: AppInfo;
  currentProcess: Maybe<Process>;
  /** Mails captured by the development mail sink; NOT_FOUND outside development. */
  devMails: Array<DevMail>;
  /** Mails that failed for good, newest first. Admins only. */
  mailDeliveryFailures: Array<MailDeliveryFailure>;
  /** The logged-in account, or null. */
  me: Maybe<User>;
  /** Accounts by name or e-mail, optionally of one role. Admins only. */
  users: UserPage;
};

export type QueryMailDeliveryFailuresArgs = {
  limit?: Scalars['Int']['input'];
};

export type QueryUsersArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  role: InputMaybe<Role>;
  search: InputMaybe<Scalars['String']['input']>;
};

export type RegisterInput = {
  /** The person has read the privacy notice and agrees to the processing. Must be true. */
  acceptPrivacy: Scalars['Boolean']['input'];
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Language for e-mails and the interface: de, en, ar, tr, ru, uk, pl, fa, de-LS */
  locale: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** What an account may do. Department experts always belong to a department. */
export type Role =
  /** Manages users, roles and instance settings. */
  | 'ADMIN'
  /** Assesses proposals for one municipal department. */
  | 'DEPARTMENT_EXPERT'
  /** Reviews reports, hides content, blocks users. */
  | 'MODERATOR'
  /** Steers processes and publishes the catalogue. */
  | 'PROJECT_GROUP'
  /** Default role: takes part in processes. */
  | 'RESIDENT';

export type SetUserRoleInput = {
  /** Required for DEPARTMENT_EXPERT, ignored otherwise. */
  department?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  createdAt: Scalars['DateTime']['output'];
  department: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** Only for the account itself and for admins; null for everyone else. */
  email: Maybe<Scalars['String']['output']>;
  emailConfirmed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  role: Role;
};

export type UserPage = {
  items: Array<User>;
  totalCount: Scalars['Int']['output'];
};

export type SessionUserFragment = {
  id: string;
  displayName: string;
  role: Role;
  department: string | null;
  locale: string;
  email: string | null;
  emailConfirmed: boolean;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  } | null;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type UpdateMyLocaleMutationVariables = Exact<{
  locale: Scalars['String']['input'];
}>;

export type UpdateMyLocaleMutation = {
  updateMyProfile: {
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  };
};

export type DevMailsQueryVariables = Exact<{ [key: string]: never }>;

export type DevMailsQuery = {
  devMails: Array<{
    id: string;
    to: Array<string>;
    from: string;
    subject: string;
    text: string;
    html: string;
    receivedAt: string;
  }>;
};

export type DevMailViewerEnabledQueryVariables = Exact<{ [key: string]: never }>;

export type DevMailViewerEnabledQuery = { appInfo: { devMailViewer: boolean } };

export type AdminUserRowFragment = {
  id: string;
  displayName: string;
  email: string | null;
  role: Role;
  department: string | null;
  emailConfirmed: boolean;
  createdAt: string;
};

export type AdminUsersQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  role: InputMaybe<Role>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;

export type AdminUsersQuery = {
  users: {
    totalCount: number;
    items: Array<{
      id: string;
      displayName: string;
      email: string | null;
      role: Role;
      department: string | null;
      emailConfirmed: boolean;
      createdAt: string;
    }>;
  };
};

export type SetUserRoleMutationVariables = Exact<{
  input: SetUserRoleInput;
}>;

export type SetUserRoleMutation = {
  setUserRole: {
    id: string;
    displayName: string;
    email: string | null;
    role: Role;
    department: string | null;
    emailConfirmed: boolean;
    createdAt: string;
  };
};

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type RegisterMutation = { register: boolean };

export type ConfirmEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;

export type ConfirmEmailMutation = { confirmEmail: boolean };

export type ResendConfirmationMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;

export type ResendConfirmationMutation = { resendConfirmation: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateMyProfileMutation = {
  updateMyProfile: {
    id: string;
    displayName: string;
    role: Role;
    department: string | null;
    locale: string;
    email: string | null;
    emailConfirmed: boolean;
  };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type MailDeliveryFailuresQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;

export type MailDeliveryFailuresQuery = {
  mailDeliveryFailures: Array<{
    id: string;
    template: string;
    recipientEmail: string;
    attempts: number;
    lastError: string | null;
    failedAt: string;
  }>;
};

export type CurrentProcessQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentProcessQuery = {
  currentProcess: {
    id: string;
    title: string;
    summary: string;
    actionFields: Array<{
      id: string;
      position: number;
      title: string;
      description: string;
      crossCutting: boolean;
    }>;
  } | null;
};

export const SessionUserFragmentDoc = gql`
  fragment SessionUser on User {
    id
    displayName
    role
    department
    locale
    email
    emailConfirmed
  }
`;
export const AdminUserRowFragmentDoc = gql`
  fragment AdminUserRow on User {
    id
    displayName
    email
    role
    department
    emailConfirmed
    createdAt
  }
`;
export const MeDocument = gql`
  query Me {
    me {
      ...SessionUser
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class MeGQL extends Apollo.Query<MeQuery, MeQueryVariables> {
  override document = MeDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const LogoutDocument = gql`
  mutation Logout {
    logout
  }
`;

@Injectable({
  providedIn: 'root',
})
export class LogoutGQL extends Apollo.Mutation<LogoutMutation, LogoutMutationVariables> {
  override document = LogoutDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateMyLocaleDocument = gql`
  mutation UpdateMyLocale($locale: String!) {
    updateMyProfile(input: { locale: $locale }) {
      ...SessionUser
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateMyLocaleGQL extends Apollo.Mutation<
  UpdateMyLocaleMutation,
  UpdateMyLocaleMutationVariables
> {
  override document = UpdateMyLocaleDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DevMailsDocument = gql`
  query DevMails {
    devMails {
      id
      to
      from
      subject
      text
      html
      receivedAt
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DevMailsGQL extends Apollo.Query<DevMailsQuery, DevMailsQueryVariables> {
  override document = DevMailsDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const DevMailViewerEnabledDocument = gql`
  query DevMailViewerEnabled {
    appInfo {
      devMailViewer
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class DevMailViewerEnabledGQL extends Apollo.Query<
  DevMailViewerEnabledQuery,
  DevMailViewerEnabledQueryVariables
> {
  override document = DevMailViewerEnabledDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const AdminUsersDocument = gql`
  query AdminUsers($search: String, $role: Role, $offset: Int!, $limit: Int!) {
    users(search: $search, role: $role, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...AdminUserRow
      }
    }
  }
  ${AdminUserRowFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class AdminUsersGQL extends Apollo.Query<AdminUsersQuery, AdminUsersQueryVariables> {
  override document = AdminUsersDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const SetUserRoleDocument = gql`
  mutation SetUserRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      ...AdminUserRow
    }
  }
  ${AdminUserRowFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class SetUserRoleGQL extends Apollo.Mutation<SetUserRoleMutation, SetUserRoleMutationVariables> {
  override document = SetUserRoleDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RegisterDocument = gql`
  mutation Register($input: RegisterInput!) {
    register(input: $input)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class RegisterGQL extends Apollo.Mutation<RegisterMutation, RegisterMutationVariables> {
  override document = RegisterDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ConfirmEmailDocument = gql`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ConfirmEmailGQL extends Apollo.Mutation<ConfirmEmailMutation, ConfirmEmailMutationVariables> {
  override document = ConfirmEmailDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ResendConfirmationDocument = gql`
  mutation ResendConfirmation($email: String!) {
    resendConfirmation(email: $email)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ResendConfirmationGQL extends Apollo.Mutation<
  ResendConfirmationMutation,
  ResendConfirmationMutationVariables
> {
  override document = ResendConfirmationDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const LoginDocument = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionUser
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class LoginGQL extends Apollo.Mutation<LoginMutation, LoginMutationVariables> {
  override document = LoginDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const RequestPasswordResetDocument = gql`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class RequestPasswordResetGQL extends Apollo.Mutation<
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables
> {
  override document = RequestPasswordResetDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ResetPasswordDocument = gql`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ResetPasswordGQL extends Apollo.Mutation<ResetPasswordMutation, ResetPasswordMutationVariables> {
  override document = ResetPasswordDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const UpdateMyProfileDocument = gql`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      ...SessionUser
    }
  }
  ${SessionUserFragmentDoc}
`;

@Injectable({
  providedIn: 'root',
})
export class UpdateMyProfileGQL extends Apollo.Mutation<
  UpdateMyProfileMutation,
  UpdateMyProfileMutationVariables
> {
  override document = UpdateMyProfileDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const ChangePasswordDocument = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

@Injectable({
  providedIn: 'root',
})
export class ChangePasswordGQL extends Apollo.Mutation<
  ChangePasswordMutation,
  ChangePasswordMutationVariables
> {
  override document = ChangePasswordDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const MailDeliveryFailuresDocument = gql`
  query MailDeliveryFailures($limit: Int!) {
    mailDeliveryFailures(limit: $limit) {
      id
      template
      recipientEmail
      attempts
      lastError
      failedAt
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class MailDeliveryFailuresGQL extends Apollo.Query<
  MailDeliveryFailuresQuery,
  MailDeliveryFailuresQueryVariables
> {
  override document = MailDeliveryFailuresDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
export const CurrentProcessDocument = gql`
  query CurrentProcess {
    currentProcess {
      id
      title
      summary
      actionFields {
        id
        position
        title
        description
        crossCutting
      }
    }
  }
`;

@Injectable({
  providedIn: 'root',
})
export class CurrentProcessGQL extends Apollo.Query<CurrentProcessQuery, CurrentProcessQueryVariables> {
  override document = CurrentProcessDocument;

  constructor(apollo: Apollo.Apollo) {
    super(apollo);
  }
}
