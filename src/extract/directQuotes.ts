import type { Candidate } from './candidate';
import { CUE_TAIL, cueAtEnd, cueAtStart, cuesIn, type CueMatch } from './cues';
import { quotations, wordCount, type Quotation } from './quotations';
import { speakerAfter, speakerBefore } from './speakerBounds';
import { allSentences, paragraphs, type Range } from './textStructure';

/**
 * Direct quotations and who said them, in the shapes news prose uses:
 *   “…,” said X   |   “…,” X said   |   X said, “…”   |   X told reporters: “…”   |   X was blunt: “…”
 * Split quotes (“A,” X said, “B.”) and a quote that follows its attributed sentence (“A,” X said. “B.”)
 * join the first quote's item. A long quote with no cue continues the previous speaker.
 */
export interface DirectResult {
  candidates: Candidate[];
  /** Start offsets of cues these rules used, so indirect speech does not read them again. */
  usedCues: Set<number>;
  quotes: Quotation[];
}

const COLON_CUE = /([A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*){0,3}|\b(?:he|she|they|He|She|They))\s+((?:was|were|is|are)\s+[a-z]+|[a-z]+ed)\s*:\s*$/u;

function containing(ranges: Range[], offset: number): Range | undefined {
  return ranges.find((r) => offset >= r.start && offset < r.end);
}

function candidate(q: Quotation, speaker: Range | null, cue: CueMatch | null, confidence: number, rule: string): Candidate {
  return {
    content: { ...q.content },
    speaker,
    cue: cue ? cue.cue : null,
    mode: 'DIRECT',
    stance: cue ? cue.verb.stance : 'ASSERTS',
    factive: cue?.verb.factive ?? false,
    confidence,
    rule,
  };
}

export function directQuotes(text: string): DirectResult {
  const paras = paragraphs(text);
  const sents = allSentences(text);
  const quotes = quotations(text);
  const usedCues = new Set<number>();
  const out: Candidate[] = [];
  const consumed = new Set<number>();

  quotes.forEach((q, qi) => {
    if (consumed.has(qi)) return;
    const para = paras[q.lastParagraph];
    const sentence = containing(sents, q.open) ?? { start: paras[q.firstParagraph].start, end: para.end };
    let found: Candidate | null = null;
    let attributionEnd = q.close;

    // A quote that ends its sentence (“… May.”) is not attributed by what follows it: that is a new sentence.
    const endsSentence = /\.[\s\u00a0]*$/.test(text.slice(q.open + 1, Math.max(q.open + 1, q.close - 1)));
    // “…,” said X
    const lead = /^[\s\u00a0,—–-]*/.exec(text.slice(q.close, para.end))![0].length;
    const atStart = cueAtStart(text, q.close + lead);
    const nextQuote = quotes[qi + 1];
    const limit = Math.min(para.end, nextQuote && nextQuote.open > q.close ? nextQuote.open : para.end);
    if (atStart && !endsSentence) {
      const speaker = speakerAfter(text, atStart.cue.end, limit);
      if (speaker) {
        found = candidate(q, speaker, atStart, 0.95, 'quote-cue-speaker');
        usedCues.add(atStart.cue.start);
        attributionEnd = speaker.end;
      }
    }
    // “…,” X said
    if (!found && !endsSentence) {
      const cue = cuesIn(text, q.close, Math.min(limit, q.close + 160))[0];
      if (cue) {
        const speaker = speakerBefore(text, q.close, cue.cue.start);
        if (speaker && /^[\s\u00a0,—–-]*$/.test(text.slice(q.close, speaker.start))) {
          found = candidate(q, speaker, cue, 0.95, 'quote-speaker-cue');
          usedCues.add(cue.cue.start);
          attributionEnd = cue.cue.end;
        }
      }
    }
    // X said, “…”  /  X told reporters: “…”
    if (!found && q.open > sentence.start) {
      const cue = cueAtEnd(text, sentence.start, q.open);
      const speaker = cue && speakerBefore(text, sentence.start, cue.cue.start);
      if (cue && speaker) {
        found = candidate(q, speaker, cue, 0.95, 'speaker-cue-quote');
        usedCues.add(cue.cue.start);
      } else {
        const colon = COLON_CUE.exec(text.slice(sentence.start, q.open));
        if (colon) {
          const at = sentence.start + colon.index;
          const cueStart = at + colon[0].indexOf(colon[2], colon[1].length);
          found = candidate(q, { start: at, end: at + colon[1].length }, null, 0.6, 'speaker-colon-quote');
          found.cue = { start: cueStart, end: cueStart + colon[2].length };
        }
      }
    }
    // A long quote standing alone continues the last speaker.
    if (!found && wordCount(text, q.content) >= 5 && (q.open === paras[q.firstParagraph].start || q.open === sentence.start)) {
      found = candidate(q, null, null, 0.35, 'quote-continues-speaker');
      found.inheritSpeaker = true;
    }
    if (!found) return;

    // Split quotes and quotes right after the attributed sentence join this item.
    let k = qi + 1;
    while (k < quotes.length && quotes[k].firstParagraph === q.lastParagraph) {
      const between = text.slice(attributionEnd, quotes[k].open);
      const shortTail = /^[^"“”]{0,60}[.,;:]?[\s\u00a0]*$/.test(between) && between.split(/[\s\u00a0]+/).filter(Boolean).length <= 6 && cuesIn(text, attributionEnd, quotes[k].open).length === 0;
      if (!CUE_TAIL.test(between.replace(/[.;]/g, ' ')) && !shortTail) break;
      // The next quote has its own attribution ("“B,” Y said"): it is not a continuation.
      const afterNext = text.slice(quotes[k].close, para.end).split(/(?<=[.!?])[\s\u00a0]/)[0];
      if (cuesIn(text, quotes[k].close, quotes[k].close + afterNext.length).length) break;
      found.content = { start: found.content.start, end: quotes[k].content.end };
      consumed.add(k);
      attributionEnd = quotes[k].close;
      k++;
    }
    out.push(found);
  });
  return { candidates: out, usedCues, quotes };
}
