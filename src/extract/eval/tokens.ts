import type { Span } from '../extractionTypes';

/** A word token with its position: the scorer compares spans by the gold tokens they cover. */
export interface Token {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** Word-character tokens of `span.text`, positioned in the document (offset by span.start). */
export function tokensOf(span: Span): Token[] {
  const out: Token[] = [];
  for (const m of span.text.matchAll(WORD)) {
    const start = span.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

/**
 * Share of the GOLD span's tokens that the predicted span covers (a token counts when any of its
 * characters lies inside the prediction): 1 = every gold word was predicted, 0 = none.
 */
export function goldTokenOverlap(gold: Span, predicted: Span): number {
  const tokens = tokensOf(gold);
  if (tokens.length === 0) return 0;
  const covered = tokens.filter((t) => t.start < predicted.end && t.end > predicted.start).length;
  return covered / tokens.length;
}

/** Do two spans share at least one character? */
export function spansOverlap(a: Span | null, b: Span | null): boolean {
  return a !== null && b !== null && a.start < b.end && b.start < a.end;
}

/** Names compared without case, accents, punctuation or a leading "the": "Zoë O'Neil" = "zoe oneil". */
export function normaliseName(name: string | null): string {
  if (name === null) return '';
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
