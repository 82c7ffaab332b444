import { en, es, LANGS, type Lang, type MessageKey } from './messages.js';

const DICTIONARIES: Record<Lang, Partial<Record<MessageKey, string>>> = { en, es };

/**
 * The string for `key` in `lang`, with `{name}` placeholders filled from `params`; a key the language does
 * not have falls back to English (the workspace pages are English only), a placeholder without a value stays
 * as written.
 */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = DICTIONARIES[lang][key] ?? en[key];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language to start in: the remembered choice, else the first browser language we have (`es-MX` → `es`),
 * else English.
 */
export function initialLang(stored: string | null, browser: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
