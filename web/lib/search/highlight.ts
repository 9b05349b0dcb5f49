/** A run of highlight text; `marked` runs were inside `<mark>…</mark>`. */
export type HighlightSegment = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * The API's highlight ("ООО &quot;<mark>Ромаш</mark>ка&quot;": HTML-escaped text with <mark> around the
 * match) as plain text runs that React renders as text, so nothing from the API is ever parsed as markup.
 * Any tag other than <mark> stays visible as text. The API escapes only & < > " ' (headlineToHtml), so a
 * name containing "&laquo;" as typed arrives as "&amp;laquo;" and is shown as typed.
 */
export function parseHighlight(highlight: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const part of highlight.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      marked = tag === '<mark>';
      continue;
    }
    if (part) segments.push({ text: decodeEntities(part), marked });
  }
  return segments;
}
