import { User } from '../entities/user.entity';
import { UserFieldsResolver, canSeeEmail } from './user-fields.resolver';
import { UserModel } from './user.model';

describe('the e-mail field of User', () => {
  const subject = UserModel.from(
    Object.assign(new User(), {
      id: 'subject',
      email: 'subject@example.org',
      displayName: 'Subject',
      role: 'resident',
      department: null,
      locale: 'de',
      emailConfirmedAt: new Date(),
      createdAt: new Date(),
    }),
  );
  const viewer = (id: string, role: User['role']) => Object.assign(new User(), { id, role });
  const resolver = new UserFieldsResolver();

  it('shows the address to the account itself and to admins', () => {
    expect(resolver.email(subject, viewer('subject', 'resident'))).toBe('subject@example.org');
    expect(resolver.email(subject, viewer('someone', 'admin'))).toBe('subject@example.org');
  });

  it('hides it from everyone else, staff included', () => {
    expect(resolver.email(subject, null)).toBeNull();
    for (const role of ['resident', 'moderator', 'department_expert', 'project_group'] as const) {
      expect(resolver.email(subject, viewer('someone', role))).toBeNull();
      expect(canSeeEmail(viewer('someone', role), 'subject')).toBe(false);
    }
  });

  it('is not a plain property of the GraphQL object', () => {
    expect(Object.keys(subject)).not.toContain('email');
    expect(subject).not.toHaveProperty('passwordHash');
  });
});
