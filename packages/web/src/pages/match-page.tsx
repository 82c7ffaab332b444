import { type FormEvent, useState } from 'react';
import { sendJson } from '../api/api-client.js';
import type { MatchResponse } from '../api/types.js';
import type { Loaded } from '../api/use-api.js';
import { usePageTitle } from '../components/page-title.js';
import { SourceNote } from '../components/source-note.js';
import { LoadStatus } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

/** `/match`: a name against the screening lists (`POST /api/match`), each candidate with the why of its score. */
export default function MatchPage() {
  const { t } = useI18n();
  usePageTitle(t('match.title'));
  const [result, setResult] = useState<Loaded<MatchResponse> | null>(null);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const country = String(form.get('country') ?? '').trim();
    if (!name) return;
    setResult({ state: 'loading' });
    try {
      const body = await sendJson<MatchResponse>(
        'POST',
        '/api/match',
        country ? { name, country } : { name },
        null,
      );
      if (body) setResult({ state: 'done', data: body });
    } catch (err) {
      setResult({ state: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <>
      <h1>{t('match.title')}</h1>
      <p>{t('match.intro')}</p>
      <form className="inline" onSubmit={onSubmit}>
        <label>
          {t('match.name')}
          <input name="name" required maxLength={500} autoComplete="off" />
        </label>
        <label>
          {t('match.country')}
          <input name="country" maxLength={3} size={5} autoComplete="off" pattern="[A-Za-z]{2,3}" />
        </label>
        <button type="submit">{t('match.submit')}</button>
      </form>
      {result && <LoadStatus result={result} />}
      {result?.state === 'done' && (
        <section aria-labelledby="candidates" aria-live="polite">
          <h2 id="candidates">{result.data.name}</h2>
          <p className="note">{t('match.threshold', { threshold: result.data.threshold })}</p>
          {result.data.candidates.length === 0 ? (
            <p>{t('match.none')}</p>
          ) : (
            result.data.candidates.map((c) => (
              <article className="card" key={c.id}>
                <h3 lang="en">{c.name}</h3>
                <p>
                  <strong>{t('match.score', { score: c.score.toFixed(3) })}</strong> ·{' '}
                  {c.is_match ? t('match.isMatch') : t('match.notMatch')} · {c.list}
                  {c.entry.country && ` · ${c.entry.country}`}
                  {c.entry.listed_on && ` · ${c.entry.listed_on}`}
                </p>
                <h4>{t('match.why')}</h4>
                <ul className="why">
                  {c.why.map((w) => (
                    <li key={`${w.code}-${w.detail}`}>
                      <code>{w.code}</code> {w.detail} ({w.weight})
                    </li>
                  ))}
                </ul>
                <SourceNote source={c.entry.source} />
              </article>
            ))
          )}
        </section>
      )}
    </>
  );
}
