import type { DocumentNode } from 'graphql';

/**
 * Parsed and validated documents by query text, least recently used evicted first. Clients send the same few
 * dozen operations over and over: parsing and validating each of them once per process is enough. Bounded by
 * entries and by the total length of the texts (a document's AST is a small multiple of its text).
 */
export class DocumentCache {
  private readonly entries = new Map<string, DocumentNode>();
  private chars = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxChars = 4_000_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(query: string): DocumentNode | undefined {
    const document = this.entries.get(query);
    if (document) {
      // Re-inserted at the end of the Map's order: the first key is always the least recently used.
      this.entries.delete(query);
      this.entries.set(query, document);
    }
    return document;
  }

  set(query: string, document: DocumentNode): void {
    // One-off giant documents (generated queries) would push out everything else for nothing.
    if (query.length > this.maxChars / 20 || this.entries.has(query)) return;
    this.entries.set(query, document);
    this.chars += query.length;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}
