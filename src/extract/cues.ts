import { CUE_PREFIX, VERB_ALTERNATION, reportingVerb, type ReportingVerb } from './reportingVerbs';
import type { Range } from './textStructure';

/**
 * Locates reporting cues in a stretch of text: the verb with its auxiliaries and adverbs ("have said",
 * "first reported") and, for verbs that take a listener, the listener ("told reporters").
 */
export interface CueMatch {
  cue: Range;
  verb: ReportingVerb;
  /** Offset of the verb itself (after auxiliaries), for speaker search. */
  verbStart: number;
}

const CUE = new RegExp(`\\b${CUE_PREFIX}(${VERB_ALTERNATION})\\b`, 'g');
const AT_START = new RegExp(`^[\\s\\u00a0]*${CUE_PREFIX}(${VERB_ALTERNATION})\\b`);

/** A listener after "told" / "warned": up to five words before "that", a comma, colon or the clause. */
const LISTENER = /^[\s\u00a0]+((?:reporters|journalists|lawmakers|parliament|the [\w’'-]+(?: [\w’'-]+){0,2}|a [\w’'-]+(?: [\w’'-]+){0,3}|an [\w’'-]+(?: [\w’'-]+){0,3}|his [\w’'-]+|her [\w’'-]+|their [\w’'-]+|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}|him|her|them|us|me|[a-z]+(?: [a-z]+)?(?=[\s\u00a0]+that\b)))(?=[\s\u00a0]*(?:that\b|,|:|\.|[\s\u00a0]+in\b|[\s\u00a0]+on\b|[\s\u00a0]+at\b|[\s\u00a0]+during\b|[\s\u00a0]+outside\b|[\s\u00a0]+after\b|[\s\u00a0]*$))/;

/** An object pronoun is always the listener, even straight before a bare clause ("had told them the ferry …"); not "her" (possessive). */
const PRONOUN_LISTENER = /^[\s\u00a0]+(?:him|them|us|me)(?=[\s\u00a0]+[\p{L}])/u;

function build(text: string, at: number, whole: string, verbWord: string, verbOffsetInWhole: number): CueMatch | null {
  const verb = reportingVerb(verbWord);
  if (!verb) return null;
  let end = at + verbOffsetInWhole + verbWord.length;
  if (verb.takesObject) {
    const listener = LISTENER.exec(text.slice(end, end + 80)) ?? PRONOUN_LISTENER.exec(text.slice(end, end + 80));
    if (listener) end += listener[0].length;
  }
  return { cue: { start: at, end }, verb, verbStart: at + verbOffsetInWhole };
}

/** Every cue in text[start, end). */
export function cuesIn(text: string, start: number, end: number): CueMatch[] {
  const out: CueMatch[] = [];
  const region = text.slice(start, end);
  for (const m of region.matchAll(CUE)) {
    const c = build(text, start + m.index, m[0], m[1], m[0].length - m[1].length);
    if (c && c.cue.end <= end + 80) out.push(c);
  }
  return out;
}

/** A cue right at `start` (after optional whitespace), as in `"…," said X`. */
export function cueAtStart(text: string, start: number): CueMatch | null {
  const m = AT_START.exec(text.slice(start, start + 120));
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return build(text, start + lead, m[0].slice(lead), m[1], m[0].length - lead - m[1].length);
}

/** Words allowed between a cue and the quote it introduces ("said in a statement:", "told reporters on Monday,"). */
export const CUE_TAIL = /^[\s\u00a0,:]*(?:(?:in a statement|in an interview|in a post|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|X|Telegram)|at a [\w ]{1,30}?|to reporters|simply|flatly|bluntly|later|then|earlier|again)[\s\u00a0,:]*)*$/i;

/** A cue ending the text before `end` (before a quote), as in `X said, “…` or `X told reporters: “…`. */
export function cueAtEnd(text: string, start: number, end: number): CueMatch | null {
  const all = cuesIn(text, start, end).filter((c) => c.cue.end <= end);
  const last = all[all.length - 1];
  if (!last) return null;
  return CUE_TAIL.test(text.slice(last.cue.end, end)) ? last : null;
}
