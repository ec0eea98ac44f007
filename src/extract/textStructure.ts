/**
 * Paragraphs and sentences of an article as offset ranges into the original text, so every span the
 * rules produce can be sliced verbatim. The sentence splitter is deliberately simple (news prose):
 * a sentence ends at . ! ? (or …) optionally followed by closing quotes/brackets, then whitespace and
 * an upper-case letter, digit or opening quote — unless the dot ends a known abbreviation or initial.
 */
export interface Range {
  start: number;
  end: number;
}

/** Whitespace including the no-break space news sites scatter through their text. */
export const WS = '[\\s\\u00a0\\u2009\\u202f]';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm st jr sr inc corp ltd co no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m e.g i.e rev hon pres dept fig approx est'.split(' '),
);

/** Paragraphs: blocks separated by a blank line, or single lines when the text has no blank lines. */
export function paragraphs(text: string): Range[] {
  const separator = /\n[ \t\u00a0]*\n/.test(text) ? /\n[ \t\u00a0]*\n[\s\u00a0]*/g : /\n+/g;
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(separator)) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  const r = trimRange(text, start, end);
  if (r.end > r.start) out.push(r);
}

/** Shrinks a range past surrounding whitespace. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /[\s\u00a0\u2009\u202f]/.test(text[start])) start++;
  while (end > start && /[\s\u00a0\u2009\u202f]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Sentences of one paragraph. */
export function sentences(text: string, paragraph: Range): Range[] {
  const out: Range[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  const boundary = /([.!?…]+)(["”’)\]]*)(?=[\s\u00a0]+["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (const m of body.matchAll(boundary)) {
    const before = body.slice(start, m.index);
    const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
    const isAbbreviation = m[1] === '.' && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^[A-Z]$/.test(lastWord) || /^([A-Za-z]\.)+[A-Za-z]$/.test(lastWord));
    if (isAbbreviation) continue;
    const end = m.index + m[0].length;
    pushTrimmed(text, paragraph.start + start, paragraph.start + end, out);
    start = end;
  }
  pushTrimmed(text, paragraph.start + start, paragraph.end, out);
  return out;
}

/** Every sentence of the text, with the index of its paragraph. */
export function allSentences(text: string): (Range & { paragraph: number })[] {
  return paragraphs(text).flatMap((p, i) => sentences(text, p).map((s) => ({ ...s, paragraph: i })));
}
