import { safeReturnUrl } from './guards';

describe('safeReturnUrl', () => {
  it('keeps paths of this site', () => {
    expect(safeReturnUrl('/account')).toBe('/account');
    expect(safeReturnUrl('/admin/users?page=2')).toBe('/admin/users?page=2');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeReturnUrl(value)).toBe('/');
    }
  });
});
