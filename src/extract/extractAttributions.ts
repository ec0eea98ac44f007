import { accordingTo } from './accordingTo';
import { resolveAnaphoricContent } from './anaphoricContent';
import { overlaps, type Candidate } from './candidate';
import { trimAtNextSpeaker } from './clauseTrim';
import { splitCoordinated } from './coordination';
import { resolveSpeakers } from './coreference';
import { directQuotes } from './directQuotes';
import type { ExtractedAttribution, KnownEntity, Span } from './extractionTypes';
import { indirectSpeech } from './indirectSpeech';
import { KnownEntities } from './knownEntities';
import { conduits, linkNested } from './nested';
import { photoCredit } from './photoCredit';
import { quotedAs } from './quotedAs';
import { allSentences, paragraphs, type Range } from './textStructure';

/**
 * The extractor: finds the attributions in English news text with the rules in this folder. Pure,
 * synchronous and offline; the same text (and known entities) always gives the same items.
 */
export interface ExtractOptions {
  known?: KnownEntity[];
}

/** The rules' candidates with the document-level steps applied (coordination, nesting, relays), unresolved. */
export function findCandidates(text: string): Candidate[] {
  const direct = directQuotes(text);
  const found: Candidate[] = [...direct.candidates];
  for (const sentence of allSentences(text)) {
    found.push(...accordingTo(text, sentence, direct.quotes));
    found.push(...indirectSpeech(text, sentence, direct.usedCues, direct.quotes));
    found.push(...quotedAs(text, sentence, direct.quotes));
  }
  // Attributions inside a quotation: the speaker reports what others said.
  for (const quote of direct.candidates) {
    found.push(...indirectSpeech(text, quote.content, direct.usedCues, direct.quotes, true).map((c) => ({ ...c, confidence: Math.min(c.confidence, 0.7) })));
  }
  for (const paragraph of paragraphs(text)) {
    const credit = photoCredit(text, paragraph);
    if (credit) found.push(credit);
  }
  // A quote with no cue of its own is only a continuation when no other rule explains it.
  const kept = found.filter((c) => !c.inheritSpeaker || !found.some((o) => o !== c && !o.inheritSpeaker && overlaps(o.content, c.content)));
  const split = splitCoordinated(text, dedupe(kept));
  trimAtNextSpeaker(text, split, direct.quotes);
  linkNested(split);
  resolveAnaphoricContent(text, split);
  return [...split, ...conduits(split, (c) => (c.speaker ? text.slice(c.speaker.start, c.speaker.end) : ''))];
}

/** Two rules finding the same speaker and content keep the more confident one. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const same = kept.some(
      (k) => k.content.start === c.content.start && k.content.end === c.content.end && (k.speaker?.start ?? -1) === (c.speaker?.start ?? -1),
    );
    if (!same) kept.push(c);
  }
  return kept;
}

function span(text: string, r: Range | null): Span | null {
  return r ? { text: text.slice(r.start, r.end), start: r.start, end: r.end } : null;
}

function round(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

export function extractAttributions(text: string, options: ExtractOptions = {}): ExtractedAttribution[] {
  return extractWithCandidates(text, options).map((x) => x.item);
}

/** The items with the candidates they came from (the draft bundle needs the factive flag). */
export function extractWithCandidates(text: string, options: ExtractOptions = {}): { item: ExtractedAttribution; candidate: Candidate }[] {
  const known = new KnownEntities(options.known ?? []);
  const candidates = findCandidates(text).sort(
    (a, b) => a.content.start - b.content.start || (a.via === b ? 1 : b.via === a ? -1 : 0) || (a.speaker?.start ?? -1) - (b.speaker?.start ?? -1) || a.content.end - b.content.end,
  );
  const speakers = resolveSpeakers(text, candidates, known);
  const ids = new Map<Candidate, string>(candidates.map((c, i) => [c, `x${i + 1}`]));
  return candidates.map((c) => {
    const who = speakers.get(c)!;
    const item: ExtractedAttribution = {
      id: ids.get(c)!,
      content: span(text, c.content)!,
      speaker: span(text, c.speaker),
      speakerCanonical: who.canonical,
      cue: span(text, c.cue),
      mode: c.mode,
      anonymous: who.anonymous,
      stance: c.stance,
      via: c.via ? ids.get(c.via) ?? null : null,
      confidence: round(c.confidence - who.penalty),
    };
    if (who.entity) item.speakerEntityId = who.entity.id;
    return { item, candidate: c };
  });
}
