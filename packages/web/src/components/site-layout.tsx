import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../api/session-context.js';
import { countryName } from '../countries/country-table.js';
import { useVisitorCountry } from '../help/visitor-country-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { LANGS, type Lang } from '../i18n/messages.js';

const NAV = [
  ['/', 'nav.home'],
  ['/countries', 'nav.countries'],
  ['/hotlines', 'nav.hotlines'],
  ['/grants', 'nav.grants'],
  ['/reports', 'nav.reports'],
  ['/news', 'nav.news'],
  ['/search', 'nav.search'],
  ['/data', 'nav.data'],
  ['/match', 'nav.match'],
] as const;

function isCurrent(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** Every page: skip link, header with "Get help", navigation and language switch, main, footer. */
export function SiteLayout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { iso3 } = useVisitorCountry();
  const { me } = useSession();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a client-side navigation, move focus to the new page so screen readers announce it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new location.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip.main')}
      </a>
      <header className="site-header">
        <div className="brand-row">
          <Link href="/" className="brand">
            {t('site.name')}
          </Link>
          <span className="tagline">{t('site.tagline')}</span>
          <Link href="/hotlines" className="help-link">
            {iso3 ? t('help.linkIn', { country: countryName(iso3, lang) }) : t('help.link')}
          </Link>
        </div>
        <div className="nav-row">
          <nav aria-label={t('nav.label')}>
            <ul>
              {NAV.map(([href, key]) => (
                <li key={href}>
                  <Link href={href} aria-current={isCurrent(href, location) ? 'page' : undefined}>
                    {t(key)}
                  </Link>
                </li>
              ))}
              <li>
                {me ? (
                  <Link
                    href="/workspace"
                    aria-current={isCurrent('/workspace', location) ? 'page' : undefined}
                  >
                    {t('nav.workspace')}
                  </Link>
                ) : (
                  <Link href="/sign-in" aria-current={location === '/sign-in' ? 'page' : undefined}>
                    {t('nav.signIn')}
                  </Link>
                )}
              </li>
            </ul>
          </nav>
          <label className="lang-switch">
            <span>{t('lang.label')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t('footer.sources')} <Link href="/data">{t('nav.data')}</Link> ·{' '}
          <a href="/api/openapi.json">{t('footer.api')}</a> · <a href="/feed.atom">{t('news.feed')}</a>
        </p>
      </footer>
    </>
  );
}
