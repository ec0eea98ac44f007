import { within, type Candidate } from './candidate';
import nlp from 'compromise';
import { analyseMention, isAnonymousHead } from './speakerPhrase';
import type { Range } from './textStructure';

/**
 * Nested attribution: an outer item whose content is itself an attribution ("the Post reported that
 * officials said X", "According to a report by the Post, officials said X") relays the inner one.
 * The outer item gets `via` = the inner item; its content stays the whole relayed clause.
 * Direct quotes are not relays: a speaker quoting an accusation still owns the whole quote.
 */
export function linkNested(candidates: Candidate[]): void {
  for (const outer of candidates) {
    if (outer.mode === 'DIRECT' || outer.via) continue;
    const inner = candidates
      .filter((c) => c !== outer && c.cue && c.speaker && within(c.cue, outer.content) && within(c.content, outer.content) && within(c.speaker, outer.content))
      // The inner attribution must be the outer content: it opens it ("officials said X", "according
      // to officials, X") or spans it ("X, officials said"), not "X, and later Y said Z".
      .filter((c) => c.speaker!.start - outer.content.start <= 3 || fills(c, outer.content))
      .sort((a, b) => extent(a).start - extent(b).start || extent(b).end - extent(a).end)[0];
    if (!inner) continue;
    outer.via = inner;
    outer.confidence = Math.min(outer.confidence, 0.7);
  }
}

/** From the first to the last of the item's spans. */
function extent(c: Candidate): Range {
  const spans = [c.content, c.speaker, c.cue].filter((r): r is Range => r !== null);
  return { start: Math.min(...spans.map((r) => r.start)), end: Math.max(...spans.map((r) => r.end)) };
}

/** The item covers the range up to a few characters of punctuation at either end. */
function fills(c: Candidate, r: Range): boolean {
  const e = extent(c);
  return e.start - r.start <= 3 && r.end - e.end <= 3;
}

/**
 * "X, citing Y, said …": the speaker region before the cue holds a citation. Returns the speaker X and
 * the cited Y (both as ranges) when the text before the cue has that shape.
 */
export function citing(text: string, start: number, cueStart: number): { speaker: Range; cited: Range; cue: Range } | null {
  const region = text.slice(start, cueStart);
  // "Citing Y, X said …"
  const lead = /^([\s\u00a0]*)(Citing|Quoting)[\s\u00a0]+([^,]+?),[\s\u00a0]*([^,]+?)[\s\u00a0]*$/.exec(region);
  if (lead) {
    const cueAt = start + lead[1].length;
    const citedAt = cueAt + lead[2].length + region.slice(lead[1].length + lead[2].length).indexOf(lead[3]);
    const speakerAt = start + region.lastIndexOf(lead[4]);
    return {
      speaker: { start: speakerAt, end: speakerAt + lead[4].length },
      cue: { start: cueAt, end: cueAt + lead[2].length },
      cited: { start: citedAt, end: citedAt + lead[3].length },
    };
  }
  const m = /(?:^|[,;:]\s*)([^,;:]+?),[\s\u00a0]+(citing|quoting)[\s\u00a0]+([^,]+?),[\s\u00a0]*$/.exec(region);
  if (!m) return null;
  const speakerStart = start + m.index + m[0].indexOf(m[1]);
  const cueAt = start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
  const citedStart = start + m.index + m[0].indexOf(m[3], cueAt - start - m.index + m[2].length);
  return {
    speaker: { start: speakerStart, end: speakerStart + m[1].length },
    cue: { start: cueAt, end: cueAt + m[2].length },
    cited: { start: citedStart, end: citedStart + m[3].length },
  };
}

/**
 * "X reported, citing Y, that Z": the citation sits between the cue and its clause. Only with "that"
 * after it, so a reason ("said on Monday, citing weaker exports") is not read as a source.
 */
export function citingAfterCue(text: string, cueEnd: number, end: number): { cited: Range; cue: Range; clauseStart: number; source: boolean } | null {
  const m = /^([\s\u00a0]*,?[\s\u00a0]*)(citing|quoting)([\s\u00a0]+)([^,;]+?)[\s\u00a0]*,[\s\u00a0]*(?=that\b)/.exec(text.slice(cueEnd, end));
  if (!m) return null;
  const cueAt = cueEnd + m[1].length;
  const citedAt = cueAt + m[2].length + m[3].length;
  return { cue: { start: cueAt, end: cueAt + m[2].length }, cited: { start: citedAt, end: citedAt + m[4].length }, clauseStart: cueEnd + m[0].length, source: citesASource(m[4]) };
}

/**
 * "…, citing two officials." closing the sentence (after the clause or after "X reported"). Returns
 * the cited phrase and where the citation starts, so the clause can end before it.
 */
export function citingAtEnd(text: string, start: number, end: number): { cited: Range; cue: Range; at: number; source: boolean } | null {
  const m = /,([\s\u00a0]*)(citing|quoting)([\s\u00a0]+)([^,;“”"]+?)[\s\u00a0]*[.!?]?["”’]?[\s\u00a0]*$/.exec(text.slice(start, end));
  if (!m) return null;
  const cueAt = start + m.index + 1 + m[1].length;
  const citedAt = cueAt + m[2].length + m[3].length;
  return { cue: { start: cueAt, end: cueAt + m[2].length }, cited: { start: citedAt, end: citedAt + m[4].length }, at: start + m.index, source: citesASource(m[4]) };
}

/** Words naming where information comes from when cited: documents and media. */
const DOCUMENT_HEADS = /^(?:reports?|documents?|filings?|statements?|data|figures|records|memos?|letters?|emails?|media|television|radio|newspapers?|paper|agency|agencies|surveys?|stud(?:y|ies)|polls?|sources?|assessments?|accounts?|interviews?|testimony)$/;

/**
 * "citing two officials" names a source; "citing weaker exports" gives a reason. A source is a name, a
 * person, an unnamed-source head (officials, people familiar …) or a document or outlet.
 */
export function citesASource(mention: string): boolean {
  const a = analyseMention(mention);
  if (a.kind === 'PERSON' || a.kind === 'PRONOUN') return true;
  if (a.kind === 'NAME' && /[A-Z]/.test(mention)) return true;
  const words = mention.toLowerCase().replace(/[^a-z\s-]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.some((w) => isAnonymousHead(w) || DOCUMENT_HEADS.test(w))) return true;
  // People named by what they do: "three dockworkers", "two nurses", "a hospital administrator".
  const head = a.head ?? words[words.length - 1] ?? '';
  return AGENT_NOUN.test(head) || nlp(mention).has('(#Actor|#Person)');
}

/**
 * People-noun endings compromise does not tag as actors (dockworkers, nurses, technicians, chairmen);
 * narrow on purpose: "-er"/"-or" would also take "matters" and "factors".
 */
const AGENT_NOUN = /^(?:[a-z-]*(?:worker|nurse)s?|[a-z-]{3,}(?:ists?|ians?|man|men|woman|women))$/;

/**
 * The relay of an unnamed document: "according to a new assessment from a country …" followed by
 * "…, said a source familiar with the assessment" — the source is the channel through which the
 * article has the assessment, so the source relays the assessment's item (same content, via it).
 */
export function conduits(candidates: Candidate[], mentionOf: (c: Candidate) => string): Candidate[] {
  const added: Candidate[] = [];
  for (const doc of candidates) {
    if (!doc.sourceNoun) continue;
    const relay = candidates.find(
      (c) => c !== doc && c.speaker && c.speaker.start > doc.content.start && new RegExp(`\\b(?:familiar with|briefed on|who has seen|who read|with knowledge of)\\s+(?:the|this|that)\\s+(?:[\\w-]+\\s+)?${doc.sourceNoun}\\b`, 'i').test(mentionOf(c)),
    );
    if (!relay) continue;
    added.push({ ...relay, content: { ...doc.content }, cue: doc.cue, mode: doc.mode, via: doc, confidence: 0.5, rule: 'relay-of-document', inheritSpeaker: false });
  }
  return added;
}
