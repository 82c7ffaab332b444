import type { Problem } from '../model/problem.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * What is wrong with a new password: too short, too long (scrypt input is bounded), the e-mail address
 * itself, or one character repeated. Empty when it is acceptable.
 */
export function checkPassword(password: string, context: { email?: string } = {}): Problem[] {
  const problems: Problem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push({
      code: 'password_too_short',
      message: `the password has ${length} characters; at least ${PASSWORD_MIN_LENGTH} are needed`,
      expected: `at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push({
      code: 'password_too_long',
      message: `the password has ${length} characters; at most ${PASSWORD_MAX_LENGTH} are allowed`,
      expected: `at most ${PASSWORD_MAX_LENGTH} characters`,
    });
  }
  if (context.email !== undefined && password.trim().toLowerCase() === context.email.trim().toLowerCase()) {
    problems.push({ code: 'password_is_email', message: 'the password must not be the e-mail address' });
  }
  if (length > 0 && new Set(password).size === 1) {
    problems.push({ code: 'password_one_character', message: 'the password repeats a single character' });
  }
  return problems;
}
