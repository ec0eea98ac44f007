import nlp from 'compromise';
import type { Candidate } from './candidate';
import { cuesIn, type CueMatch } from './cues';
import type { Quotation } from './quotations';
import { documentAuthor, speakerAfter, speakerBefore, words } from './speakerBounds';
import { citing, citingAfterCue, citingAtEnd } from './nested';
import { trimRange, type Range } from './textStructure';

/**
 * Reported speech in one sentence (or one quoted stretch, for attributions inside quotes):
 *   X said (that) …   |   X told Y (that) …   |   …, X said.   |   …, said X.   |   X reported the agreement.
 * The content is the reported clause without "that" and final punctuation; quoted words inside it
 * make the item MIXED. A cue already used by a direct quote is skipped.
 */
const CLAUSE_END = /[\s\u00a0]*[.!?…]*["”’]?[\s\u00a0]*$/;

/** Trims a clause: leading "that"/","/":" and the sentence's closing punctuation. */
export function clause(text: string, start: number, end: number): Range | null {
  let r = trimRange(text, start, end);
  const lead = /^(?:[,:]\s*)?(?:(?:in (?:a|an) [\w ]{1,30}?|on \w+|last \w+|this \w+|earlier|later|repeatedly|privately|publicly)[\s\u00a0]+(?=that\b))?(?:(?:that|whether|if)(?:\s*,)?\s+)?/.exec(text.slice(r.start, r.end))![0].length;
  r = { start: r.start + lead, end: r.end };
  const tail = CLAUSE_END.exec(text.slice(r.start, r.end));
  if (tail) r = { start: r.start, end: r.end - tail[0].length };
  // "…, according to X" closes the clause: X is another attribution.
  const according = text.slice(r.start, r.end).search(/,[\s\u00a0]*according to\b/);
  if (according > 0) r = { start: r.start, end: r.start + according };
  // A clause that ends in an ellipsis inside a quote stops there: what follows is another utterance.
  const ellipsis = text.slice(r.start, r.end).search(/…|\.\.\./);
  if (ellipsis > 0) r = { start: r.start, end: r.start + ellipsis };
  r = trimRange(text, r.start, r.end);
  while (r.end > r.start && /[,;:]/.test(text[r.end - 1])) r.end--;
  return r.end > r.start ? r : null;
}

export function modeOf(text: string, content: Range, quotes: Quotation[]): 'INDIRECT' | 'MIXED' {
  return quotes.some((q) => q.open >= content.start && q.open < content.end) || /["“”]/.test(text.slice(content.start, content.end)) ? 'MIXED' : 'INDIRECT';
}

const ADVERBIAL =
  /^(?:[\s\u00a0]*,?[\s\u00a0]*(?:for the first time|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:a|an) (?:statement|interview|speech|post|letter|briefing|report)|(?:in|to) (?:a|an|the) [\w ’'-]{1,40}?(?= that)|(?:last|this|next) (?:week|month|year)|earlier|later|again|repeatedly|publicly|privately|on Twitter|on Telegram|at a [\w ]{1,25}?(?= that))(?=[\s\u00a0,]))+,?/;

/** Words allowed after the speaker in "…, X said on Monday." */
const SHORT_TAIL = /^(?:[\s\u00a0]*,[^"“”]*|[\s\u00a0]*(?:(?:in|on|at|during|to|after|last|this|earlier|later|late|early|yesterday|today)\b[^,;]{0,50})?[\s\u00a0]*[.!?…]*["”’]?[\s\u00a0]*)$/;

function make(text: string, content: Range, speaker: Range, cue: CueMatch, quotes: Quotation[], confidence: number, rule: string): Candidate {
  return {
    content,
    speaker,
    cue: cue.cue,
    mode: modeOf(text, content, quotes),
    stance: cue.verb.stance,
    factive: cue.verb.factive ?? false,
    confidence: cue.verb.weak ? Math.min(confidence, 0.7) : confidence,
    rule,
  };
}

export function indirectSpeech(text: string, sentence: Range, usedCues: Set<number>, quotes: Quotation[], insideQuote = false): Candidate[] {
  const out: Candidate[] = [];
  // Headlines (no closing punctuation) use the present tense for past events: "Opposition disputes count".
  if (!insideQuote && !/[.!?…"”’)\]:]$/.test(text.slice(sentence.start, sentence.end))) return out;
  let regionStart = sentence.start;
  for (const cue of cuesIn(text, sentence.start, sentence.end)) {
    // A speaker never reaches back past an earlier cue: "People said Halloran had warned that …".
    const from = regionStart;
    regionStart = cue.cue.end;
    if (usedCues.has(cue.cue.start)) continue;
    // Outside quotes only, unless this is a scan of a quote's own words.
    if (!insideQuote && quotes.some((q) => cue.cue.start > q.open && cue.cue.start < q.close)) continue;
    const before = text.slice(sentence.start, cue.cue.start);
    // Adverbials between the cue and its clause ("acknowledged for the first time that …") belong to neither.
    const adverbial = ADVERBIAL.exec(text.slice(cue.cue.end, sentence.end))?.[0].length ?? 0;
    const after = text.slice(cue.cue.end + adverbial, sentence.end);
    const clauseStart = cue.cue.end + adverbial;

    // "…, X said." — the speaker follows the last comma and only a short tail follows the cue.
    const comma = before.lastIndexOf(',');
    if (comma > 0 && SHORT_TAIL.test(after)) {
      const speaker = speakerBefore(text, sentence.start + comma + 1, cue.cue.start);
      const content = clause(text, sentence.start, sentence.start + comma);
      if (speaker && content && words(text, content) >= 3 && speaker.start > sentence.start + comma) {
        out.push(...relayCitation(text, make(text, content, speaker, cue, quotes, 0.85, 'content-speaker-cue'), citingAtEnd(text, cue.cue.end, sentence.end), quotes));
        continue;
      }
    }
    // "…, said X." — inverted.
    if (/,[\s\u00a0]*$/.test(before)) {
      const speaker = speakerAfter(text, cue.cue.end, sentence.end);
      const content = clause(text, sentence.start, sentence.start + before.lastIndexOf(','));
      if (speaker && content && SHORT_TAIL.test(text.slice(speaker.end, sentence.end)) && words(text, content) >= 3) {
        out.push(make(text, content, speaker, cue, quotes, 0.85, 'content-cue-speaker'));
        continue;
      }
    }
    // "X, citing Y, said …": X relays Y.
    const cited = citing(text, sentence.start, cue.cue.start);
    if (cited) {
      const content = clause(text, clauseStart, sentence.end);
      if (content) {
        const inner: Candidate = { ...make(text, content, cited.cited, cue, quotes, 0.7, 'citing'), cue: cited.cue, stance: 'ASSERTS' };
        out.push(inner, { ...make(text, content, cited.speaker, cue, quotes, 0.7, 'citing-relay'), via: inner });
        continue;
      }
    }
    // "X said (that) …", or a second verb sharing the subject: "X said A, and insisted that B".
    let speaker = documentAuthor(text, from, cue.cue.start) ?? speakerBefore(text, from, cue.cue.start);
    let rule = 'speaker-cue-content';
    const previous = out[out.length - 1];
    if (!speaker && previous?.speaker && previous.cue && previous.cue.end <= cue.cue.start && /(?:,|[\s\u00a0]and)[\s\u00a0]*$/.test(before)) {
      speaker = previous.speaker;
      rule = 'shared-subject';
    }
    if (!speaker) continue;
    // "X had reported, citing Y, that …": X relays Y; both own the same clause.
    const citedAfter = citingAfterCue(text, clauseStart, sentence.end);
    if (citedAfter?.source) {
      const content = clause(text, citedAfter.clauseStart, sentence.end);
      if (content) {
        const inner: Candidate = { ...make(text, content, citedAfter.cited, cue, quotes, 0.7, 'citing'), cue: citedAfter.cue, stance: 'ASSERTS' };
        out.push(inner, { ...make(text, content, speaker, cue, quotes, 0.7, 'citing-relay'), via: inner });
        continue;
      }
    }
    // "said on Monday, citing weaker exports, that …": a reason, not a source; the clause follows it.
    const bodyStart = citedAfter ? citedAfter.clauseStart : clauseStart;
    if (!/^[\s\u00a0]*(?:that|whether|if)\b/.test(text.slice(bodyStart, sentence.end))) {
      if (/^[\s\u00a0]*(?:to\b|for\b|by\b|of\b|with\b|about\b|as\b|on\b|in\b)/.test(after) && !/^[\s\u00a0]*to be\b/.test(after)) continue;
      // "told the story of …" is not speech: a listener-taking verb needs a listener or "that".
      const verbLength = /^\p{L}+/u.exec(text.slice(cue.verbStart))![0].length;
      if (cue.verb.takesObject && cue.cue.end === cue.verbStart + verbLength) continue;
      // Without "that", the content must be a clause, unless the verb takes a bare object ("denied any irregularities").
      if (!cue.verb.nounObject && !isClause(after)) continue;
    }
    let content = clause(text, bodyStart, sentence.end);
    if (!content || words(text, content) < 2) continue;
    // "X reported that Z, citing two officials.": the citation ends the clause.
    const trailing = citingAtEnd(text, content.start, sentence.end);
    if (trailing?.source) content = clause(text, content.start, trailing.at) ?? content;
    out.push(...relayCitation(text, make(text, content, speaker, cue, quotes, 0.85, rule), trailing, quotes));
  }
  return [...out, ...out.flatMap((c) => reportIn(text, c))];
}

/** "…, citing Y." after an item: when Y is a source, Y's item (same content) is relayed by the outer one. */
function relayCitation(text: string, outer: Candidate, cited: ReturnType<typeof citingAtEnd>, quotes: Quotation[]): Candidate[] {
  if (!cited?.source) return [outer];
  const inner: Candidate = { ...outer, speaker: cited.cited, cue: cited.cue, stance: 'ASSERTS', factive: false, confidence: 0.7, rule: 'citing', via: undefined };
  return [inner, { ...outer, confidence: Math.min(outer.confidence, 0.7), rule: `${outer.rule}+citing-relay`, via: inner }];
}

/** Has a finite verb before its first comma or quote: "the structure was sound", not "the figures". */
export function isClause(after: string): boolean {
  const head = after.split(/[,;]/)[0];
  return nlp(head).has('(#PastTense|#PresentTense|#Modal|#Copula|#Auxiliary|#Infinitive)');
}

/** A time phrase closing a source name ("KTV on Monday", "the Ledger last week"). */
export const TRAILING_TIME = /[\s\u00a0]+(?:(?:on|last|this|early|late)[\s\u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|night)$/;

/** "denied a report in the Ledger that X": the Ledger's item (X), relayed by the outer speaker. */
function reportIn(text: string, outer: Candidate): Candidate[] {
  const body = text.slice(outer.content.start, outer.content.end);
  // A bare plural needs no article: "denied reports in the Ledger that …".
  const m = /^((?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:report|reports|article|story|claim|claims|statement|assessment)|(?:[\w’'-]+\s+)?(?:reports|articles|claims|stories))\s+(?:in|by|from|on))\s+(.+?)\s+that\s+/.exec(body);
  if (!m) return [];
  const speakerStart = outer.content.start + m[1].length + 1;
  // "a report in the Ledger on Monday that …": the date is not part of the outlet's name.
  const when = TRAILING_TIME.exec(m[2]);
  if (when) m[2] = m[2].slice(0, when.index);
  const inner: Candidate = {
    ...outer,
    content: { start: outer.content.start + m[0].length, end: outer.content.end },
    speaker: { start: speakerStart, end: speakerStart + m[2].length },
    cue: { start: outer.content.start, end: outer.content.start + m[1].length },
    stance: 'ASSERTS',
    factive: false,
    confidence: 0.7,
    rule: 'report-in',
    via: undefined,
  };
  outer.via = inner;
  return [inner];
}

