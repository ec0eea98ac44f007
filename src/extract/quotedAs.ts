import type { Candidate } from './candidate';
import { clause, modeOf } from './indirectSpeech';
import type { Quotation } from './quotations';
import { looksLikeSpeaker, speakerBefore } from './speakerBounds';
import { trimRange, type Range } from './textStructure';

/**
 * "X quoted Y as saying Z" and "Y was quoted by X as saying Z": X publishes what Y said, so X's item
 * relays Y's (nested attribution, like "X, citing Y, said Z"); both own the same content Z. Y's cue is
 * "as saying" (or "as telling reporters"), X's is "quoted". "quoted" alone is not in the reporting
 * lexicon: without "as saying" it names a price or a passage, not speech.
 */
const ACTIVE = /\b((?:(?:has|had|also|was|were)[\s\u00a0]+)?quoted)[\s\u00a0]+([^,;“”"]{2,80}?)[\s\u00a0]+(as[\s\u00a0]+(?:having[\s\u00a0]+said|saying|telling[\s\u00a0]+(?:reporters|[\w’'-]+(?:[\s\u00a0][\w’'-]+){0,3}?)(?=[\s\u00a0]+that\b)|describing))\b/g;
const PASSIVE = /\b((?:was|were|has been|had been)[\s\u00a0]+quoted[\s\u00a0]+by)[\s\u00a0]+([^,;“”"]{2,60}?)[\s\u00a0]+(as[\s\u00a0]+(?:having[\s\u00a0]+said|saying))\b/g;

/** "by local radio": a publisher named without an article still reads as one. */
function publisher(mention: string): boolean {
  return looksLikeSpeaker(mention) || looksLikeSpeaker(`the ${mention}`);
}

/** The content after the cue: a bare clause, a that-clause, or a quotation (then DIRECT, without its marks). */
function contentAfter(text: string, start: number, end: number, quotes: Quotation[]): { content: Range; mode: Candidate['mode'] } | null {
  const r = trimRange(text, start, end);
  const lead = /^[\s\u00a0:,]*/.exec(text.slice(r.start, r.end))![0].length;
  const quote = quotes.find((q) => q.open === r.start + lead);
  if (quote) {
    return { content: quote.content, mode: 'DIRECT' };
  }
  const content = clause(text, r.start, r.end);
  return content ? { content, mode: modeOf(text, content, quotes) } : null;
}

function pair(text: string, outerSpeaker: Range, outerCue: Range, innerSpeaker: Range, innerCue: Range, found: { content: Range; mode: Candidate['mode'] }): Candidate[] {
  const base = { content: found.content, mode: found.mode, stance: 'ASSERTS' as const, factive: false, confidence: 0.7 };
  const inner: Candidate = { ...base, speaker: innerSpeaker, cue: innerCue, rule: 'quoted-as-saying' };
  return [inner, { ...base, speaker: outerSpeaker, cue: outerCue, rule: 'quoted-as-saying-relay', via: inner }];
}

export function quotedAs(text: string, sentence: Range, quotes: Quotation[]): Candidate[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(ACTIVE)) {
    if (/^(?:was|were)\b/.test(m[1]) || /^by\b/.test(m[2])) continue; // passive, below
    const at = sentence.start + m.index;
    if (quotes.some((q) => at > q.open && at < q.close)) continue;
    const outerSpeaker = speakerBefore(text, sentence.start, at);
    const innerAt = at + m[0].indexOf(m[2], m[1].length);
    const innerSpeaker = trimRange(text, innerAt, innerAt + m[2].length);
    const innerCueAt = at + m[0].length - m[3].length;
    const found = contentAfter(text, at + m[0].length, sentence.end, quotes);
    if (!outerSpeaker || !found || !looksLikeSpeaker(text.slice(innerSpeaker.start, innerSpeaker.end))) continue;
    out.push(...pair(text, outerSpeaker, { start: at, end: at + m[1].length }, innerSpeaker, { start: innerCueAt, end: innerCueAt + m[3].length }, found));
  }
  for (const m of s.matchAll(PASSIVE)) {
    const at = sentence.start + m.index;
    if (quotes.some((q) => at > q.open && at < q.close)) continue;
    const innerSpeaker = speakerBefore(text, sentence.start, at);
    const outerAt = at + m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
    const outerSpeaker = trimRange(text, outerAt, outerAt + m[2].length);
    const innerCueAt = at + m[0].length - m[3].length;
    const found = contentAfter(text, at + m[0].length, sentence.end, quotes);
    if (!innerSpeaker || !found || !publisher(text.slice(outerSpeaker.start, outerSpeaker.end))) continue;
    out.push(...pair(text, outerSpeaker, { start: at, end: at + m[1].length }, innerSpeaker, { start: innerCueAt, end: innerCueAt + m[3].length }, found));
  }
  return out;
}
