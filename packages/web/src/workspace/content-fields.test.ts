import { describe, expect, it } from 'vitest';
import { contentBody, contentId } from './content-fields.js';

describe('contentBody(kind, values)', () => {
  it('builds a new record from the filled fields, lists split, the source nested', () => {
    expect(
      contentBody('news', {
        title: ' Office opens a shelter ',
        body: 'Text.',
        date: '',
        countries: 'THA, MMR',
        url: '',
        'source.record': 'Press release of 2026-01-10, paragraph 1',
        'source.dataset': '',
        'source.as_of': '2026-01-10',
      }),
    ).toEqual({
      title: 'Office opens a shelter',
      body: 'Text.',
      countries: ['THA', 'MMR'],
      source: { record: 'Press release of 2026-01-10, paragraph 1', as_of: '2026-01-10' },
    });
  });

  it('sends a number that does not parse as typed, for the API to name the field', () => {
    const body = contentBody('grants', {
      title: 't',
      recipient: 'r',
      description: 'd',
      amount: '12k',
      'source.record': 's',
    });
    expect(body.amount).toBe('12k');
  });
});

describe('contentBody(kind, values) with a check box', () => {
  const values = {
    amount: '18000000',
    currency: 'USD',
    description: 'd',
    quote: 'q',
    'source.record': 's',
  };
  it('sends true when ticked and leaves it out of a new record when not', () => {
    expect(
      contentBody('programme_totals', { ...values, amount_is_lower_bound: 'on' }).amount_is_lower_bound,
    ).toBe(true);
    expect(contentBody('programme_totals', values)).not.toHaveProperty('amount_is_lower_bound');
    expect(contentBody('programme_totals', values).amount).toBe(18000000);
  });
  it('sends false when it was ticked and no longer is', () => {
    const original = {
      amount: 18000000,
      currency: 'USD',
      description: 'd',
      quote: 'q',
      amount_is_lower_bound: true,
      source: { record: 's', dataset: 'x', as_of: null },
    };
    expect(contentBody('programme_totals', { ...values, 'source.dataset': 'x' }, original)).toEqual({
      amount_is_lower_bound: false,
    });
  });
});

describe('contentBody(kind, values, original)', () => {
  const original = {
    id: 'n1',
    title: 'Old title',
    body: 'Text.',
    date: '2026-01-10',
    countries: ['THA'],
    url: 'https://example.org/a',
    source: { dataset: 'office_news', record: 'line 1', as_of: null },
  };
  const same = {
    title: 'Old title',
    body: 'Text.',
    date: '2026-01-10',
    countries: 'THA',
    url: 'https://example.org/a',
    'source.record': 'line 1',
    'source.dataset': 'office_news',
    'source.as_of': '',
  };

  it('is empty when nothing changed', () => {
    expect(contentBody('news', same, original)).toEqual({});
  });

  it('holds only the changed fields; an emptied nullable field is null', () => {
    expect(contentBody('news', { ...same, title: 'New title', url: '' }, original)).toEqual({
      title: 'New title',
      url: null,
    });
  });

  it('sends the whole source when one part of it changed', () => {
    expect(contentBody('news', { ...same, 'source.record': 'line 2' }, original)).toEqual({
      source: { record: 'line 2', dataset: 'office_news', as_of: null },
    });
  });
});

describe('contentId(kind, record)', () => {
  it('is the id, or for a hotline its country, name and printed phones', () => {
    expect(contentId('news', { id: 'n1' })).toBe('n1');
    expect(contentId('hotlines', { iso3: null, country: 'Global', name: 'Line', phone_text: '+1 2' })).toBe(
      'Global|Line|+1 2',
    );
  });
});
