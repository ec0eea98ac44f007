import { paragraphs, type Range } from './textStructure';

/**
 * Finds quotations, curly or straight. A quotation whose paragraph ends without a closing mark and
 * whose next paragraph opens with a quote mark continues there (the news convention for a quote that
 * runs over paragraphs); one left open with no such continuation ends with its paragraph.
 */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unterminated). */
  close: number;
  /** The quoted words, without the marks or trailing , . ; : */
  content: Range;
  /** Paragraph index where the quotation starts and ends. */
  firstParagraph: number;
  lastParagraph: number;
}

const OPENERS = new Set(['“', '"', '«', '„']);
const CLOSERS = new Set(['”', '"', '»', '“']);

function isOpening(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '“' || ch === '«' || ch === '„') return true;
  if (ch !== '"') return false;
  return i === 0 || /[\s\u00a0(\[:,—–-]/.test(text[i - 1]);
}

export function quotations(text: string): Quotation[] {
  const paras = paragraphs(text);
  const out: Quotation[] = [];
  let p = 0;
  let i = paras.length ? paras[0].start : 0;
  while (p < paras.length) {
    const para = paras[p];
    if (i >= para.end) {
      p++;
      if (p < paras.length) i = paras[p].start;
      continue;
    }
    if (!isOpening(text, i)) {
      i++;
      continue;
    }
    const open = i;
    const firstParagraph = p;
    let j = i + 1;
    let closeAt = -1;
    let lastP = p;
    for (;;) {
      const cur = paras[lastP];
      while (j < cur.end && !(CLOSERS.has(text[j]) && !(text[j] === '“' && text[open] !== '„'))) j++;
      if (j < cur.end) {
        closeAt = j;
        break;
      }
      const next = paras[lastP + 1];
      if (next && OPENERS.has(text[next.start])) {
        lastP++;
        j = next.start + 1;
        continue;
      }
      break;
    }
    const closeEnd = closeAt >= 0 ? closeAt : paras[lastP].end;
    const content = trimQuoted(text, open + 1, closeEnd);
    if (content.end > content.start) {
      out.push({ open, close: closeAt >= 0 ? closeAt + 1 : closeEnd, content, firstParagraph, lastParagraph: lastP });
    }
    p = lastP;
    i = closeAt >= 0 ? closeAt + 1 : closeEnd;
  }
  return out;
}

/** Trims whitespace and the trailing , . ; : that punctuate the surrounding sentence, not the quote. */
export function trimQuoted(text: string, start: number, end: number): Range {
  while (start < end && /[\s\u00a0]/.test(text[start])) start++;
  while (end > start && /[\s\u00a0,.;:…]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Number of words in a range: short quotations without a cue are scare quotes, not speech. */
export function wordCount(text: string, r: Range): number {
  return text.slice(r.start, r.end).split(/[\s\u00a0]+/).filter(Boolean).length;
}
