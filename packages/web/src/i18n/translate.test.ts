import { describe, expect, it } from 'vitest';
import { en, es, type MessageKey } from './messages.js';
import { initialLang, translate } from './translate.js';

describe('translate(lang, key, params)', () => {
  it('gives the Spanish string when the dictionary has one', () => {
    expect(translate('es', 'help.link')).toBe('Pedir ayuda');
    expect(translate('en', 'help.link')).toBe('Get help');
  });

  it('falls back to English for a key Spanish lacks', () => {
    const missing = (Object.keys(en) as MessageKey[]).find((k) => es[k] === undefined);
    expect(missing).toBeDefined();
    if (missing !== undefined) expect(translate('es', missing)).toBe(en[missing]);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(translate('es', 'help.linkIn', { country: 'México' })).toBe('Pedir ayuda (México)');
    expect(translate('en', 'grants.totalLine', { amount: '$5' })).toBe('$5 in {count} grants');
  });

  it('keeps the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(es)) {
      expect(names(text ?? ''), key).toEqual(names(en[key as MessageKey]));
    }
  });
});

describe('initialLang(stored, browser)', () => {
  it('prefers the remembered choice', () => {
    expect(initialLang('es', ['en-US'])).toBe('es');
  });
  it('ignores a remembered value that is not a language', () => {
    expect(initialLang('fr', ['es-MX', 'en'])).toBe('es');
  });
  it('takes the first browser language we have, else English', () => {
    expect(initialLang(null, ['fr-FR', 'es-419'])).toBe('es');
    expect(initialLang(null, ['de-DE'])).toBe('en');
    expect(initialLang(null, [])).toBe('en');
  });
});
