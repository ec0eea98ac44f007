import type { Candidate } from './candidate';
import { clause, TRAILING_TIME } from './indirectSpeech';
import type { Quotation } from './quotations';
import { trimRange, type Range } from './textStructure';

/**
 * "According to X, …" and "…, according to X." When X is a report or assessment by someone
 * ("according to a report by the Post", "a new intelligence assessment from a country that …"), the
 * speaker is its author and the cue runs from "according to" to the preposition; the document noun is
 * kept so a later "source familiar with the assessment" can be linked as its relay.
 */
const SOURCE_DOC =
  /^(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?(report|assessment|statement|study|analysis|survey|investigation|document|documents|memo|letter|filing|article|review|estimate|estimates|poll|data|figures|tally|count|briefing|transcript|post|interview)s?\s+(?:by|from|of|in|on|published by|released by|issued by|prepared by|published in|broadcast on|aired on)\s+/i;

function speakerSpan(text: string, r: Range): { speaker: Range; cueEnd: number; noun?: string } | null {
  const phrase = text.slice(r.start, r.end);
  const doc = SOURCE_DOC.exec(phrase);
  if (doc) {
    // "a report published by KTV on Monday": the date is not part of the author's name.
    const when = TRAILING_TIME.exec(phrase);
    const speaker = trimRange(text, r.start + doc[0].length, when ? r.start + when.index : r.end);
    return speaker.end > speaker.start ? { speaker, cueEnd: r.start + doc[0].length, noun: doc[1].toLowerCase() } : null;
  }
  return { speaker: r, cueEnd: r.start };
}

function modeOf(text: string, content: Range): 'INDIRECT' | 'MIXED' {
  return /["“”]/.test(text.slice(content.start, content.end)) ? 'MIXED' : 'INDIRECT';
}

export function accordingTo(text: string, sentence: Range, quotes: Quotation[]): Candidate[] {
  const out: Candidate[] = [];
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(/\b[Aa]ccording to[\s\u00a0]+/g)) {
    const at = sentence.start + m.index;
    if (quotes.some((q) => at > q.open && at < q.close)) continue;
    const rest = s.slice(m.index + m[0].length);
    let phrase: Range;
    let content: Range | null;
    // "X reported that, according to Y, Z" opens the reported clause like a sentence of its own.
    if (s.slice(0, m.index).trim() === '' || /\bthat[\s\u00a0]*,?[\s\u00a0]*$/.test(s.slice(0, m.index))) {
      // "According to X, …": X runs to the first comma.
      const comma = rest.indexOf(',');
      if (comma < 0) continue;
      phrase = trimRange(text, at + m[0].length, at + m[0].length + comma);
      // "According to X, which cited Y, …": X relays Y; both own the clause after the citation.
      const cited = /^([\s\u00a0]*(?:which|who)[\s\u00a0]+)(cited)([\s\u00a0]+)([^,;]+?)[\s\u00a0]*,/.exec(rest.slice(comma + 1));
      if (cited) {
        const cueAt = at + m[0].length + comma + 1 + cited[1].length;
        const citedAt = cueAt + cited[2].length + cited[3].length;
        const relayed = clause(text, at + m[0].length + comma + 1 + cited[0].length, sentence.end);
        const author = speakerSpan(text, phrase);
        if (relayed && author) {
          const base = { content: relayed, mode: modeOf(text, relayed), stance: 'ASSERTS' as const, factive: false, confidence: 0.7 };
          const inner: Candidate = { ...base, speaker: { start: citedAt, end: citedAt + cited[4].length }, cue: { start: cueAt, end: cueAt + cited[2].length }, rule: 'according-to-citing' };
          out.push(inner, { ...base, speaker: author.speaker, cue: { start: at, end: author.cueEnd > at + m[0].length ? trimRange(text, at, author.cueEnd).end : at + m[0].trimEnd().length }, rule: 'according-to-relay', via: inner });
          continue;
        }
      }
      content = clause(text, at + m[0].length + comma + 1, sentence.end);
    } else {
      // "…, according to X."
      const end = rest.search(/[.;!?]?["”]?[\s\u00a0]*$/);
      phrase = trimRange(text, at + m[0].length, at + m[0].length + (end < 0 ? rest.length : end));
      content = clause(text, sentence.start, at);
    }
    // "according to officials quoted by the Post": the Post relays the officials (same content).
    const quotedBy = /^(.+?)([\s\u00a0]+)((?:quoted|cited)[\s\u00a0]+(?:by|in))[\s\u00a0]+(.+)$/.exec(text.slice(phrase.start, phrase.end));
    if (content && quotedBy) {
      const cueAt = phrase.start + quotedBy[1].length + quotedBy[2].length;
      const publisherAt = cueAt + quotedBy[0].slice(quotedBy[1].length + quotedBy[2].length).indexOf(quotedBy[4]);
      const base = { content, mode: modeOf(text, content), stance: 'ASSERTS' as const, factive: false, confidence: 0.7 };
      const inner: Candidate = { ...base, speaker: { start: phrase.start, end: phrase.start + quotedBy[1].length }, cue: { start: at, end: at + m[0].trimEnd().length }, rule: 'according-to' };
      out.push(inner, { ...base, speaker: { start: publisherAt, end: publisherAt + quotedBy[4].length }, cue: { start: cueAt, end: cueAt + quotedBy[3].length }, rule: 'quoted-by-relay', via: inner });
      continue;
    }
    const found = speakerSpan(text, phrase);
    if (!content || !found) continue;
    out.push({
      content,
      speaker: found.speaker,
      cue: { start: at, end: found.cueEnd > at + m[0].length ? trimRange(text, at, found.cueEnd).end : at + m[0].trimEnd().length },
      mode: modeOf(text, content),
      stance: 'ASSERTS',
      factive: false,
      confidence: 0.8,
      rule: 'according-to',
      ...(found.noun ? { sourceNoun: found.noun } : {}),
    });
  }
  return out;
}
