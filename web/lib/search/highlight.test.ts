import { describe, expect, it } from 'vitest';
import { parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it.each([
    ['no mark at all', 'ООО Ромашка', [{ text: 'ООО Ромашка', marked: false }]],
    [
      'a mark in the middle',
      'ООО <mark>Ромаш</mark>ка',
      [
        { text: 'ООО ', marked: false },
        { text: 'Ромаш', marked: true },
        { text: 'ка', marked: false },
      ],
    ],
    ['the whole text marked', '<mark>7701234567</mark>', [{ text: '7701234567', marked: true }]],
    [
      'several marks (HighlightAll)',
      '<mark>Урал</mark> и <mark>Урал</mark>',
      [
        { text: 'Урал', marked: true },
        { text: ' и ', marked: false },
        { text: 'Урал', marked: true },
      ],
    ],
    ['mark tags in upper case', '<MARK>a</MARK>b', [{ text: 'a', marked: true }, { text: 'b', marked: false }]],
    ['empty highlight', '', []],
    ['an empty mark leaves no empty run', 'a<mark></mark>b', [{ text: 'a', marked: false }, { text: 'b', marked: false }]],
  ])('%s', (_case, highlight, expected) => {
    expect(parseHighlight(highlight)).toEqual(expected);
  });

  it('decodes the entities the API escapes with (&amp; &lt; &gt; &quot; &#39;)', () => {
    expect(parseHighlight('&quot;Рога &amp; копыта&quot; &lt;b&gt; O&#39;Neil')).toEqual([
      { text: '"Рога & копыта" <b> O\'Neil', marked: false },
    ]);
  });

  it('decodes named, decimal and hex entities, case-insensitively', () => {
    expect(parseHighlight('&AMP;&apos;&nbsp;&#171;&#xBB;&#X41;')).toEqual([{ text: "&'\u00a0«»A", marked: false }]);
  });

  it('decodes once: an escaped entity stays visible as written', () => {
    expect(parseHighlight('&amp;lt;mark&amp;gt;')).toEqual([{ text: '&lt;mark&gt;', marked: false }]);
  });

  it('leaves unknown or impossible entities as text', () => {
    expect(parseHighlight('&laquo;x&raquo; &#0; &#x110000; &foo; & ;')).toEqual([
      { text: '&laquo;x&raquo; &#0; &#x110000; &foo; & ;', marked: false },
    ]);
  });

  it('keeps decoded angle brackets and stray tags as visible text, never as marks or markup', () => {
    // A company really named "<mark>" reaches us escaped; it must not become a highlight.
    expect(parseHighlight('&lt;mark&gt;x&lt;/mark&gt; <b>bold</b><script>alert(1)</script>')).toEqual([
      { text: '<mark>x</mark> <b>bold</b><script>alert(1)</script>', marked: false },
    ]);
  });

  it('does not treat look-alike tags as marks', () => {
    expect(parseHighlight('<mark class="x">a</mark ><marker>b')).toEqual([
      { text: '<mark class="x">a</mark ><marker>b', marked: false },
    ]);
  });

  it('an unclosed mark runs to the end; a stray closing mark only ends marking', () => {
    expect(parseHighlight('a<mark>b')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(parseHighlight('a</mark>b')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: false },
    ]);
  });

  it('nested marks do not nest: the first closing tag ends marking', () => {
    expect(parseHighlight('<mark>a<mark>b</mark>c</mark>d')).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: true },
      { text: 'c', marked: false },
      { text: 'd', marked: false },
    ]);
  });

  it('entities split by a mark are decoded per run', () => {
    expect(parseHighlight('&lt;<mark>&amp;</mark>&gt;')).toEqual([
      { text: '<', marked: false },
      { text: '&', marked: true },
      { text: '>', marked: false },
    ]);
  });
});
