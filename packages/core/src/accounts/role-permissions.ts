import { ROLES, type Role } from './role.js';

/**
 * What a user may do. `screen` and `disposition` are the analyst's work; `edit_content` the knowledge-base
 * content of the user's organisation (public content only for editors of the office, see
 * `canEditPublicContent`); `manage_users` and `read_audit` the admin's.
 */
export type AccountAction =
  | 'read'
  | 'manage_own_tokens'
  | 'screen'
  | 'disposition'
  | 'edit_content'
  | 'manage_users'
  | 'read_audit';

// Roles form a ladder: each one may do what the ones below it may.
const LEAST_ROLE: Record<AccountAction, Role> = {
  read: 'viewer',
  manage_own_tokens: 'viewer',
  screen: 'analyst',
  disposition: 'analyst',
  edit_content: 'editor',
  manage_users: 'admin',
  read_audit: 'admin',
};

/** Whether a user of `role` may do `action`. */
export function can(role: Role, action: AccountAction): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(LEAST_ROLE[action]);
}

/** Public knowledge-base content is edited by editors (or admins) of the office's own organisation only. */
export function canEditPublicContent(role: Role, organisation: { is_office: boolean }): boolean {
  return organisation.is_office && can(role, 'edit_content');
}
