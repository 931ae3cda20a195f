import { can, PERMISSIONS, ROLES } from './roles';

describe('permissions', () => {
  it('lets anyone read public data and only listed roles do the rest', () => {
    expect(can([], 'colleges.read')).toBe(true);
    expect(can([], 'members.read')).toBe(false);
    expect(can(['delegate'], 'members.read')).toBe(true);
    expect(can(['delegate'], 'members.write')).toBe(false);
    expect(can(['admin'], 'members.write')).toBe(true);
  });
  it('names only known roles', () => {
    for (const roles of Object.values(PERMISSIONS)) {
      for (const r of roles) expect([...ROLES, 'public']).toContain(r);
    }
  });
});
