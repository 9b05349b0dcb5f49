import { describe, expect, it } from 'vitest';
import { allResultsHref, reshapeSearchHit } from './hits';

describe('reshapeSearchHit', () => {
  it('keeps the company and what matched, and parses the highlight into runs', () => {
    const hit = reshapeSearchHit({
      matchedOn: 'NAME',
      highlight: 'ООО &quot;<mark>Ромаш</mark>ка&quot;',
      company: { id: 'c1', name: 'ООО "Ромашка"', inn: '7701234567' },
    });
    expect(hit).toEqual({
      id: 'c1',
      name: 'ООО "Ромашка"',
      inn: '7701234567',
      matchedOn: 'NAME',
      highlight: [
        { text: 'ООО "', marked: false },
        { text: 'Ромаш', marked: true },
        { text: 'ка"', marked: false },
      ],
    });
  });

  it.each([null, ''])('no highlight (%j) reads as null, not as an empty list', (highlight) => {
    const hit = reshapeSearchHit({ matchedOn: 'CONTACT', highlight, company: { id: 'c2', name: 'Альфа', inn: null } });
    expect(hit.highlight).toBeNull();
    expect(hit.inn).toBeNull();
  });
});

describe('allResultsHref', () => {
  it('links to the companies list filtered by the trimmed query', () => {
    const href = allResultsHref('  Ромашка  ');
    expect(href.startsWith('/companies?')).toBe(true);
    expect(new URL(href, 'http://x').searchParams.get('search')).toBe('Ромашка');
  });

  it('encodes characters that would otherwise break the query string', () => {
    const url = new URL(allResultsHref('Рога & копыта #1 +7 912'), 'http://x');
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['search']);
    expect(url.searchParams.get('search')).toBe('Рога & копыта #1 +7 912');
  });
});
