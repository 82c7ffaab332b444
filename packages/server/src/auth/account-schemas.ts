import { z } from '@hono/zod-openapi';

/** Request and response schemas of the account routes (session, users, tokens, audit). */

export const RoleSchema = z.enum(['viewer', 'analyst', 'editor', 'admin']).openapi('Role');

export const UserSchema = z
  .object({
    id: z.number().int(),
    org_id: z.number().int(),
    email: z.string(),
    role: RoleSchema,
    disabled: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('User');

export const MeSchema = z
  .object({
    user: z.object({
      id: z.number().int(),
      email: z.string(),
      role: RoleSchema,
      disabled: z.boolean(),
      created_at: z.string(),
    }),
    org: z.object({ id: z.number().int(), name: z.string(), is_office: z.boolean() }),
    role: RoleSchema,
    password_change_required: z.boolean().openapi({
      description:
        'The caller signed in with a one-time password, which signs in only once: set your own with POST /api/me/password',
    }),
    csrf_token: z
      .string()
      .nullable()
      .openapi({ description: 'Send in X-CSRF-Token on cookie-authenticated changes; null with a token' }),
  })
  .openapi('Me');

export const TokenSchema = z
  .object({
    id: z.number().int(),
    user_id: z.number().int(),
    name: z.string(),
    created_at: z.string(),
    revoked_at: z.string().nullable(),
  })
  .openapi('ApiToken');

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    org_id: z.number().int(),
    actor_user_id: z.number().int().nullable(),
    actor: z.string(),
    at: z.string(),
    action: z.string().openapi({ example: 'grants.update' }),
    target_type: z.string(),
    target_id: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditEntry');

export const SignInBody = z
  .object({ email: z.string().max(320), password: z.string().max(1024) })
  .openapi('SignIn');
export const ChangePasswordBody = z.object({
  current_password: z.string().max(1024),
  new_password: z.string().max(1024),
});
export const NewUserBody = z.object({ email: z.string().max(320), role: RoleSchema });
export const UserPatchBody = z
  .object({ role: RoleSchema.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((b) => b.role !== undefined || b.disabled !== undefined, { message: 'give role or disabled' });
export const NewTokenBody = z.object({ name: z.string().trim().min(1).max(100) });

/** A numeric id in a path (`/api/users/{id}`); anything else is a 404, not a 400. */
export const IdParam = z.object({
  id: z
    .string()
    .max(20)
    .openapi({ param: { name: 'id', in: 'path' }, example: '12' }),
});

/** A JSON request body, required. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return {
    content: { 'application/json': { schema } },
    required: true,
    ...(description === undefined ? {} : { description }),
  };
}

/** A JSON response. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}
