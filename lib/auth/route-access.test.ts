import { describe, expect, it } from 'vitest';
import { isWorkspacePath, roleMayOpen, rolesForPath } from './route-access';

describe('route access table', () => {
  it('leaves the public pages open', () => {
    for (const path of ['/', '/targets/3', '/tasks/12', '/login', '/filter/all_UBND_all', '/dashboards'])
      expect(rolesForPath(path)).toBeNull();
  });

  it('gives each workspace page its roles, the most specific pattern first', () => {
    expect(rolesForPath('/dashboard')).toEqual(['officer', 'chair']);
    expect(rolesForPath('/dashboard/updates/4?done=saved')).toEqual(['officer', 'chair']);
    expect(rolesForPath('/dashboard/targets/4')).toEqual(['officer', 'chair']);
    expect(rolesForPath('/dashboard/targets/4/update?period=3')).toEqual(['officer']);
    expect(rolesForPath('/dashboard/tasks/4/update')).toEqual(['officer']);
    expect(rolesForPath('/approvals/missing')).toEqual(['chair']);
    expect(rolesForPath('/reports/print?period=H1')).toEqual(['chair']);
    expect(rolesForPath('/admin/accounts/2')).toEqual(['admin']);
    expect(rolesForPath('/account')).toEqual(['officer', 'chair', 'admin']);
  });

  it('answers per role', () => {
    expect(roleMayOpen('officer', '/approvals')).toBe(false);
    expect(roleMayOpen('chair', '/dashboard/targets/1/update')).toBe(false);
    expect(roleMayOpen('officer', '/dashboard/targets/1/update')).toBe(true);
    expect(roleMayOpen('admin', '/dashboard')).toBe(false);
    expect(roleMayOpen('admin', '/')).toBe(true);
    expect(isWorkspacePath('/admin')).toBe(true);
    expect(isWorkspacePath('/administrator')).toBe(false);
  });
});
