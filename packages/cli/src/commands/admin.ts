import { type AccountStore, isRole, normaliseEmail, ROLES, TipwatchError } from '@tipwatch/core';
import { hashPassword, newApiToken, oneTimePassword, sha256Hex } from '@tipwatch/server';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import type { Effects } from '../effects.js';
import { userDataDir } from '../knowledge-loader.js';
import { openAccounts } from '../workspace/service-stores.js';
import type { SetExit } from './index.js';

/** Opens the account store of the data directory, runs `use`, and closes it whatever happens. */
async function withAccounts<T>(effects: Effects, use: (accounts: AccountStore) => Promise<T>): Promise<T> {
  const accounts = await openAccounts(effects, userDataDir(effects));
  try {
    return await use(accounts);
  } finally {
    await accounts.close();
  }
}

function emailArgument(text: string): string {
  const email = normaliseEmail(text);
  if (email === null) throw new CliError(`EMAIL: expected an e-mail address, found "${text}"`);
  return email;
}

/**
 * `tipwatch admin create-user --org O --role R EMAIL`: creates the user (and the organisation when it does not
 * exist) and prints a one-time password, the only time it is shown. `tipwatch admin create-token EMAIL`
 * prints a new API token for scripts, also shown once. Both are written to the organisation's audit log.
 */
export function registerAdmin(program: Command, effects: Effects, setExit: SetExit): void {
  const admin = program.command('admin').description('Manage organisations, users and API tokens.');

  admin
    .command('create-user')
    .description('Create a user (and the organisation if needed); prints a one-time password.')
    .argument('<email>', 'the e-mail address the user signs in with')
    .requiredOption('--org <name>', 'the organisation (created if it does not exist)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--office', 'a new organisation is the office itself (its editors edit public content)')
    .option('--json', 'print {"email","org","role","password"} as JSON')
    .action(
      async (emailText: string, opts: { org: string; role: string; office?: boolean; json?: boolean }) => {
        const email = emailArgument(emailText);
        const role = opts.role.trim().toLowerCase();
        if (!isRole(role))
          throw new CliError(`--role: expected one of ${ROLES.join(', ')}, found "${opts.role}"`);
        const orgName = opts.org.trim();
        if (orgName === '') throw new CliError('--org: expected an organisation name');
        const password = oneTimePassword();
        const passwordHash = await hashPassword(password);
        const at = new Date().toISOString();
        await withAccounts(effects, async (accounts) => {
          const existing = await accounts.organisationByName(orgName);
          if (existing !== null && opts.office && !existing.is_office) {
            throw new CliError(`--office: the organisation ${orgName} exists already and is not the office`);
          }
          const org =
            existing ??
            (await accounts.createOrganisation({
              name: orgName,
              is_office: Boolean(opts.office),
              created_at: at,
            }));
          let user: Awaited<ReturnType<AccountStore['createUser']>>;
          try {
            user = await accounts.createUser({
              org_id: org.id,
              email,
              role,
              password_hash: passwordHash,
              one_time_password: true,
              created_at: at,
            });
          } catch (err) {
            if (err instanceof TipwatchError && err.code === 'email_taken') {
              throw new CliError(`a user with e-mail ${email} exists already`, 1);
            }
            throw err;
          }
          await accounts.appendAudit({
            org_id: org.id,
            actor_user_id: null,
            actor: 'cli',
            at,
            action: 'user.create',
            target_type: 'user',
            target_id: String(user.id),
            before: null,
            after: { ...user },
          });
          if (opts.json) effects.stdout(`${JSON.stringify({ email, org: org.name, role, password })}\n`);
          else {
            effects.stdout(
              `created ${email}, ${role} of ${org.name}\none-time password (shown once): ${password}\n`,
            );
          }
        });
        setExit(0);
      },
    );

  admin
    .command('create-token')
    .description('Create an API token for a user (send it as Authorization: Bearer TOKEN); shown once.')
    .argument('<email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--json', 'print {"token"} as JSON')
    .action(async (emailText: string, opts: { name: string; json?: boolean }) => {
      const email = emailArgument(emailText);
      const name = opts.name.trim();
      if (name === '' || name.length > 100) throw new CliError('--name: expected 1–100 characters');
      await withAccounts(effects, async (accounts) => {
        const user = await accounts.userByEmail(email);
        if (user === null) throw new CliError(`no user with e-mail ${email}`, 1);
        if (user.disabled) throw new CliError(`the user ${email} is disabled`, 1);
        const token = newApiToken();
        const at = new Date().toISOString();
        const stored = await accounts.createToken({
          user_id: user.id,
          name,
          token_hash: sha256Hex(token),
          created_at: at,
        });
        await accounts.appendAudit({
          org_id: user.org_id,
          actor_user_id: null,
          actor: 'cli',
          at,
          action: 'token.create',
          target_type: 'token',
          target_id: String(stored.id),
          before: null,
          after: { id: stored.id, user_id: user.id, name, created_at: at },
        });
        effects.stdout(opts.json ? `${JSON.stringify({ token })}\n` : `${token}\n`);
      });
      setExit(0);
    });
}
