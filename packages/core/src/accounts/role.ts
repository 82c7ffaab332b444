/** The roles of a user within their organisation, from least to most trusted. */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** Whether `text` names a role. */
export function isRole(text: unknown): text is Role {
  return typeof text === 'string' && (ROLES as readonly string[]).includes(text);
}
