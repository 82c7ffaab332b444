import { getAll } from '../api/api-client.js';
import type { News } from '../api/types.js';
import { useLoad } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { LoadStatus } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { NewsList } from './news-list.js';

/** `/news`: every news item, newest first, and the Atom feed (also linked in the document head). */
export default function NewsPage() {
  const { t } = useI18n();
  usePageTitle(t('news.title'));
  const result = useLoad('news-all', (s) => getAll<News>('/api/news', s));
  return (
    <>
      <h1>{t('news.title')}</h1>
      <p>
        <a href="/feed.atom" type="application/atom+xml">
          {t('news.feed')}
        </a>
      </p>
      <LoadStatus result={result} />
      {result.state === 'done' && <NewsList items={result.data} headingLevel={2} />}
    </>
  );
}
