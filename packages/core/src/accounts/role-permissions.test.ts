import { describe, expect, it } from 'vitest';
import { ROLES } from './role.js';
import { can, canEditPublicContent } from './role-permissions.js';

describe('can(role, action)', () => {
  it('lets only admins manage users and read the audit log', () => {
    expect(ROLES.filter((r) => can(r, 'manage_users'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'read_audit'))).toEqual(['admin']);
  });
  it('lets analysts and above screen and record dispositions, not viewers', () => {
    expect(ROLES.filter((r) => can(r, 'screen'))).toEqual(['analyst', 'editor', 'admin']);
    expect(can('viewer', 'disposition')).toBe(false);
  });
  it('lets editors and admins edit content', () => {
    expect(ROLES.filter((r) => can(r, 'edit_content'))).toEqual(['editor', 'admin']);
  });
  it('lets every role read', () => {
    expect(ROLES.every((r) => can(r, 'read'))).toBe(true);
  });
});

describe('canEditPublicContent(role, organisation)', () => {
  it('needs an editor of the office', () => {
    expect(canEditPublicContent('editor', { is_office: true })).toBe(true);
    expect(canEditPublicContent('editor', { is_office: false })).toBe(false);
    expect(canEditPublicContent('analyst', { is_office: true })).toBe(false);
  });
});
