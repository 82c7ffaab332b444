import { Link } from 'wouter';
import { usePageTitle } from '../components/page-title.js';
import { useI18n } from '../i18n/i18n-context.js';

export default function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('common.notFound'));
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundBody')}</p>
      <p>
        <Link href="/">{t('common.backHome')}</Link>
      </p>
    </>
  );
}
