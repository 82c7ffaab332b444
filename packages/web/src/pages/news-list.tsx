import type { News } from '../api/types.js';
import { SourceNote } from '../components/source-note.js';
import { countryName } from '../countries/country-table.js';
import { safeHref } from '../format/display-text.js';
import { useI18n } from '../i18n/i18n-context.js';

/** News items as articles: title (linked to the source when it has a URL), date, body, countries, source. */
export function NewsList({ items, headingLevel }: { items: readonly News[]; headingLevel: 2 | 3 }) {
  const { t, lang } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  if (items.length === 0) return <p>{t('common.none')}</p>;
  return (
    <>
      {items.map((n) => {
        const href = safeHref(n.url);
        const title = n.title.trim() || t('news.untitled');
        return (
          <article key={n.id} className="card" lang="en">
            <H>{href ? <a href={href}>{title}</a> : title}</H>
            <p className="note" lang={lang}>
              {n.date ?? t('common.noDate')}
              {n.countries.length > 0 && ` · ${n.countries.map((c) => countryName(c, lang)).join(', ')}`}
            </p>
            <p>{n.body}</p>
            <div lang={lang}>
              <SourceNote source={n.source} />
            </div>
          </article>
        );
      })}
    </>
  );
}
