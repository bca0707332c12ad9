import { mayBlock } from './blocking-rules';

describe('mayBlock', () => {
  const as = (role: Parameters<typeof mayBlock>[0]['role'], id = 'actor') => ({ id, role });

  it('never lets anyone block themselves', () => {
    expect(mayBlock(as('admin'), as('admin'))).toBe(false);
  });

  it('keeps moderators off the project group and admins', () => {
    expect(mayBlock(as('moderator'), as('resident', 'x'))).toBe(true);
    expect(mayBlock(as('moderator'), as('moderator', 'x'))).toBe(true);
    expect(mayBlock(as('moderator'), as('project_group', 'x'))).toBe(false);
    expect(mayBlock(as('moderator'), as('admin', 'x'))).toBe(false);
  });

  it('keeps the project group off admins; admins may block anyone else', () => {
    expect(mayBlock(as('project_group'), as('project_group', 'x'))).toBe(true);
    expect(mayBlock(as('project_group'), as('admin', 'x'))).toBe(false);
    expect(mayBlock(as('admin'), as('admin', 'x'))).toBe(true);
    expect(mayBlock(as('resident'), as('resident', 'x'))).toBe(false);
  });
});
