import type { Hotline } from '../api/types.js';
import { SourceNote } from '../components/source-note.js';
import { countryName } from '../countries/country-table.js';
import { safeHref } from '../format/display-text.js';
import { useI18n } from '../i18n/i18n-context.js';
import { dialHref } from './hotline-order.js';

/** One hotline: phones as `tel:` links, text lines as `sms:` links, the rest as the source gives it. */
export function HotlineCard({ hotline: h, headingLevel = 3 }: { hotline: Hotline; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const web = safeHref(h.web);
  return (
    <article className="hotline">
      <H lang="en">{h.name}</H>
      <p className="note">{h.iso3 ? countryName(h.iso3, lang, h.country) : h.country}</p>
      <dl>
        {h.phones.length > 0 && (
          <>
            <dt>{t('hotlines.phone')}</dt>
            <dd>
              {h.phones.map((p, i) => (
                <span key={p}>
                  {i > 0 && ', '}
                  <a
                    href={dialHref('tel', p)}
                    aria-label={t('hotlines.callName', { name: h.name, number: p })}
                  >
                    {p}
                  </a>
                </span>
              ))}
              {h.phone_text && (
                <span className="note" lang="en">
                  {' '}
                  ({h.phone_text})
                </span>
              )}
            </dd>
          </>
        )}
        {h.texts.length > 0 && (
          <>
            <dt>{t('hotlines.text')}</dt>
            <dd>
              {h.texts.map((p, i) => (
                <span key={p}>
                  {i > 0 && ', '}
                  <a
                    href={dialHref('sms', p)}
                    aria-label={t('hotlines.textName', { name: h.name, number: p })}
                  >
                    {p}
                  </a>
                </span>
              ))}
              {h.text_sms_text && (
                <span className="note" lang="en">
                  {' '}
                  ({h.text_sms_text})
                </span>
              )}
            </dd>
          </>
        )}
        {h.email && (
          <>
            <dt>{t('hotlines.email')}</dt>
            <dd>
              {/^[^\s@]+@[^\s@]+$/.test(h.email) ? <a href={`mailto:${h.email}`}>{h.email}</a> : h.email}
            </dd>
          </>
        )}
        {h.web && (
          <>
            <dt>{t('hotlines.web')}</dt>
            <dd lang="en">{web ? <a href={web}>{h.web}</a> : h.web}</dd>
          </>
        )}
        {h.languages && (
          <>
            <dt>{t('hotlines.languages')}</dt>
            <dd lang="en">{h.languages}</dd>
          </>
        )}
        {h.hours && (
          <>
            <dt>{t('hotlines.hours')}</dt>
            <dd lang="en">{h.hours}</dd>
          </>
        )}
        {h.operator && (
          <>
            <dt>{t('hotlines.operator')}</dt>
            <dd lang="en">{h.operator}</dd>
          </>
        )}
      </dl>
      {h.notes && (
        <p className="note" lang="en">
          {h.notes}
        </p>
      )}
      <SourceNote source={h.source} />
    </article>
  );
}
