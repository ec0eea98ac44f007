import nlp from 'compromise';
import type { ExtractedAttribution } from './extractionTypes';
import { allSentences, trimRange, type Range } from './textStructure';

/**
 * What the article states in its own voice: sentences (or the leading part of a sentence) that no
 * attribution covers, and that read as statements (closing punctuation, a finite verb, six words or
 * more). The draft bundle attributes them to the publisher as REPORTED, at low confidence.
 */
export function publisherStatements(text: string, items: readonly ExtractedAttribution[]): Range[] {
  const covered = items.flatMap((i) => [i.content, i.speaker, i.cue].filter((s): s is NonNullable<typeof s> => s !== null));
  const out: Range[] = [];
  for (const sentence of allSentences(text)) {
    const body = text.slice(sentence.start, sentence.end);
    if (!/[.!]["”’)]?$/.test(body) || /\([^()]*\/[^()]*\)\s*$/.test(body)) continue;
    const firstCovered = Math.min(sentence.end, ...covered.filter((s) => s.end > sentence.start && s.start < sentence.end).map((s) => s.start));
    let part = trimRange(text, sentence.start, Math.max(sentence.start, firstCovered));
    // Drop what leads into the covered part ("…, when", "after") and the closing punctuation.
    const lead = /[\s\u00a0,;:]*(?:\b(?:when|after|as|because|that|while|but|and|since|before)\b)?[\s\u00a0,;:]*$/.exec(text.slice(part.start, part.end));
    if (lead && firstCovered < sentence.end) part = { start: part.start, end: part.start + lead.index };
    while (part.end > part.start && /[\s\u00a0.,;:!]/.test(text[part.end - 1])) part.end--;
    const words = text.slice(part.start, part.end).split(/[\s\u00a0]+/).filter(Boolean).length;
    if (words < 6) continue;
    // A subordinate clause alone ("When asked for comment on the assessment") states nothing.
    if (/^(?:when|if|as|after|before|while|asked|although|though|because|since|unless)\b/i.test(text.slice(part.start, part.end))) continue;
    if (!nlp(text.slice(part.start, part.end)).has('(#PastTense|#PresentTense|#Modal|#Copula|#Auxiliary)')) continue;
    out.push(part);
  }
  return out;
}
