import type { Span } from '../extractionTypes';
import type { GoldAttribution, GoldDocumentInfo, GoldFile } from './goldTypes';

/**
 * Turns an annotation spec (spans given by their text) into a gold file (spans with offsets), so
 * nobody counts characters by hand. Rules, so that a spec stays short and unambiguous:
 * - content: a string that must occur exactly once in the text (or pass `contentOcc`, 0-based), or
 *   { from, to } for split quotes: the span runs from the start of `from` to the end of the first
 *   `to` after it.
 * - speaker and cue: the occurrence NEAREST to the content span (speakers and cues sit next to what
 *   they introduce; outside a plain content, inside a split quote's span), unless `speakerOcc` / `cueOcc` pins a 0-based occurrence. Matches respect word
 *   boundaries, so "he" never matches inside "the".
 * - defaults: speakerCanonical = speaker text, anonymous false, stance ASSERTS, via null, ids a1, a2...
 */
export interface AnnotationItem {
  id?: string;
  content: string | { from: string; to: string };
  contentOcc?: number;
  speaker: string | null;
  speakerOcc?: number;
  speakerCanonical?: string | null;
  cue: string | null;
  cueOcc?: number;
  mode: GoldAttribution['mode'];
  anonymous?: boolean;
  stance?: GoldAttribution['stance'];
  via?: string | null;
}

export interface AnnotationSpec {
  document: GoldDocumentInfo;
  attributions: AnnotationItem[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every start offset of `needle` in `text`, honouring word boundaries at word-character edges. */
export function occurrences(text: string, needle: string): number[] {
  if (needle.length === 0) throw new Error('empty span text');
  const left = /^[\p{L}\p{N}_]/u.test(needle) ? '(?<![\\p{L}\\p{N}_])' : '';
  const right = /[\p{L}\p{N}_]$/u.test(needle) ? '(?![\\p{L}\\p{N}_])' : '';
  const re = new RegExp(left + escapeRegExp(needle) + right, 'gu');
  const found: number[] = [];
  for (const m of text.matchAll(re)) found.push(m.index ?? 0);
  return found;
}

function spanAt(text: string, start: number, length: number): Span {
  return { text: text.slice(start, start + length), start, end: start + length };
}

function pick(text: string, needle: string, occ: number | undefined, what: string): Span {
  const all = occurrences(text, needle);
  if (all.length === 0) throw new Error(`${what}: "${needle}" not found`);
  if (occ !== undefined) {
    if (occ < 0 || occ >= all.length) throw new Error(`${what}: "${needle}" has no occurrence ${occ} (${all.length} found)`);
    return spanAt(text, all[occ], needle.length);
  }
  if (all.length > 1) throw new Error(`${what}: "${needle}" occurs ${all.length} times; give an occurrence index`);
  return spanAt(text, all[0], needle.length);
}

function gap(a: Span, start: number, end: number): number {
  if (end <= a.start) return a.start - end;
  if (start >= a.end) return start - a.end;
  return 0;
}

function nearest(text: string, needle: string, occ: number | undefined, content: Span, split: boolean, what: string): Span {
  if (occ !== undefined) return pick(text, needle, occ, what);
  const all = occurrences(text, needle);
  if (all.length === 0) throw new Error(`${what}: "${needle}" not found`);
  // A plain content's speaker and cue sit outside it (a name inside a quote is not its speaker); a
  // split quote's sit INSIDE its span, between the two parts. Then the closest wins.
  const scored = all.map((s) => ({ s, inside: s >= content.start && s + needle.length <= content.end, d: gap(content, s, s + needle.length) }));
  scored.sort((x, y) => Number(x.inside === split ? 0 : 1) - Number(y.inside === split ? 0 : 1) || x.d - y.d || x.s - y.s);
  return spanAt(text, scored[0].s, needle.length);
}

function contentSpan(text: string, item: AnnotationItem, what: string): Span {
  if (typeof item.content === 'string') return pick(text, item.content, item.contentOcc, `${what} content`);
  const from = pick(text, item.content.from, item.contentOcc, `${what} content.from`);
  const toAt = occurrences(text, item.content.to).find((s) => s >= from.start);
  if (toAt === undefined) throw new Error(`${what} content.to: "${item.content.to}" not found after "${item.content.from}"`);
  return spanAt(text, from.start, toAt + item.content.to.length - from.start);
}

/** Resolve a whole spec against its text; throws with the item id on the first unresolvable span. */
export function resolveAnnotations(text: string, spec: AnnotationSpec): GoldFile {
  const attributions = spec.attributions.map((item, i): GoldAttribution => {
    const id = item.id ?? `a${i + 1}`;
    const content = contentSpan(text, item, id);
    const split = typeof item.content !== 'string';
    const speaker = item.speaker === null ? null : nearest(text, item.speaker, item.speakerOcc, content, split, `${id} speaker`);
    const cue = item.cue === null ? null : nearest(text, item.cue, item.cueOcc, content, split, `${id} cue`);
    return {
      id,
      content,
      speaker,
      speakerCanonical: item.speakerCanonical !== undefined ? item.speakerCanonical : (item.speaker ?? null),
      cue,
      mode: item.mode,
      anonymous: item.anonymous ?? false,
      stance: item.stance ?? 'ASSERTS',
      via: item.via ?? null,
    };
  });
  return { document: spec.document, attributions };
}
