/**
 * Turns what an analyst typed into a Lucene query of plain terms: every character Lucene treats as
 * syntax is escaped, and the boolean words AND / OR / NOT are lower-cased, so user text can never
 * become query syntax (or a syntax error). Returns null when nothing searchable is left.
 */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function toLuceneQuery(text: string): string | null {
  const terms = text
    .split(/\s+/)
    .map((t) => t.replace(SPECIAL, (c) => `\\${c}`))
    .map((t) => (/^(AND|OR|NOT)$/.test(t) ? t.toLowerCase() : t))
    .filter((t) => t.replace(/\\./g, '').replace(/[^\p{L}\p{N}]/gu, '').length > 0);
  return terms.length > 0 ? terms.join(' ') : null;
}
