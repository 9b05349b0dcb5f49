import { describe, expect, it } from 'vitest';
import { headlineToHtml, markRange, planSearch, searchWords, wordsQuery } from './company-search-query';

describe('planSearch', () => {
  it.each([
    ['+7 (912) 345-67-89', { kind: 'keys', digits: '79123456789', requisite: '79123456789', phone: '9123456789', phoneLast7: null }],
    ['89123456789', { kind: 'keys', digits: '89123456789', requisite: '89123456789', phone: '9123456789', phoneLast7: null }],
    ['345-67-89', { kind: 'keys', digits: '3456789', requisite: '3456789', phone: '3456789', phoneLast7: '3456789' }],
    ['7707', { kind: 'keys', digits: '7707', requisite: '7707', phone: null, phoneLast7: null }],
    ['Info@Romashka.ru', { kind: 'email', email: 'info@romashka.ru', domain: null }],
    ['@romashka.ru', { kind: 'email', email: null, domain: 'romashka.ru' }],
    ['https://www.romashka.ru/about', { kind: 'email', email: null, domain: 'romashka.ru' }],
    ['ромашка.рф', { kind: 'email', email: null, domain: 'ромашка.рф' }],
    ['ООО «Ромашка-Плюс»', { kind: 'words', words: ['ромашка', 'плюс'] }],
    ['Ёлки Café', { kind: 'words', words: ['елки', 'cafe'] }],
    ['Йошкар-Ола', { kind: 'words', words: ['йошкар', 'ола'] }],
    ['123', { kind: 'words', words: ['123'] }],
  ])('%s', (query, plan) => {
    expect(planSearch(query)).toEqual(plan);
  });

  it('rejects queries shorter than 2 or longer than 100 characters', () => {
    expect(() => planSearch(' а ')).toThrow(/at least 2/);
    expect(() => planSearch('а'.repeat(101))).toThrow(/at most 100/);
  });
});

describe('searchWords and wordsQuery', () => {
  it('drops legal forms and repeated words', () => {
    expect(searchWords('ИП Иванов и ООО Иванов')).toEqual(['иванов', 'и']);
  });

  it('makes prefixes of words of 3+ characters only, with weights', () => {
    expect(wordsQuery(['ромаш', 'ао2', 'ул'])).toBe('ромаш:* & ао2:* & ул');
    expect(wordsQuery(['ромаш', 'ул'], { weight: 'A', operator: '|' })).toBe('ромаш:*A | ул:A');
  });
});

describe('highlight HTML', () => {
  it('escapes everything but the marks', () => {
    expect(headlineToHtml('\u2045Бета\u2046 & <Гамма>')).toBe('<mark>Бета</mark> &amp; &lt;Гамма&gt;');
    expect(markRange('a<b>c', 1, 3)).toBe('a<mark>&lt;b&gt;</mark>c');
    expect(markRange('"x"', -1, 2)).toBe('&quot;x&quot;');
  });
});
