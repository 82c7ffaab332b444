import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useSession } from '../api/session-context.js';
import type { Me } from '../api/types.js';
import { useI18n } from '../i18n/i18n-context.js';

/** Renders `children(me)` for a signed-in user (with one of `roles`, if given), else a way to sign in. */
export function RequireSession(props: { roles?: readonly string[]; children(me: Me): ReactNode }) {
  const { me } = useSession();
  const { t, lang } = useI18n();
  // These two messages are in the visitor's language, inside workspace pages marked as English.
  if (me === undefined)
    return (
      <p role="status" data-loading="true" lang={lang}>
        {t('common.loading')}
      </p>
    );
  if (me === null)
    return (
      <p lang={lang}>
        <Link href="/sign-in">{t('nav.signIn')}</Link>
      </p>
    );
  if (props.roles && !props.roles.includes(me.role))
    return (
      <p role="alert">
        This page is for the roles {props.roles.join(', ')}; you are {me.role}.
      </p>
    );
  return <>{props.children(me)}</>;
}
