/**
 * Splits text into words roughly as Lucene's standard analyzer (the one behind the full-text
 * indexes) does, so the highlighter marks the words the index matched:
 * - a word is a run of letters, combining marks, digits and connectors (`_`);
 * - an apostrophe, period, colon or middle dot between two letters keeps them one word ("Iran's",
 *   "U.S"), as does an apostrophe, period, comma or semicolon between two digits ("1,000", "3.5");
 * - everything else (spaces, hyphens, slashes, quotes, other punctuation) separates words;
 * - each Han or Hiragana character is a word of its own, as Lucene tokenises them.
 * Each word keeps its offsets in the original text and a comparison key: lower-cased, with accents
 * removed and typographic apostrophes made plain, so "Zelenskyy", "ZELENSKYY" and "Zelénskyy" compare
 * equal (the index itself does not fold accents; folding here only ever adds a mark on a near-identical
 * spelling of a word the analyst typed).
 */
export interface Word {
  start: number;
  end: number;
  key: string;
}

const IDEOGRAPH = '[\\p{Script=Han}\\p{Script=Hiragana}]';
const CHAR = `(?:(?!${IDEOGRAPH})[\\p{L}\\p{M}\\p{N}\\p{Pc}])`;
const JOIN = "(?:(?<=[\\p{L}\\p{M}])['\u2019.:\u00B7](?=[\\p{L}])|(?<=\\p{N})['\u2019.,;](?=\\p{N}))";
const WORD = new RegExp(`${IDEOGRAPH}|${CHAR}+(?:${JOIN}${CHAR}+)*`, 'gu');

/** The comparison key of one word: case, accents and apostrophe style do not matter. */
export function wordKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\u2019/g, "'").toLowerCase();
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, key: wordKey(m[0]) });
  }
  return out;
}

/** The distinct keys of what an analyst typed, for matching against `words` of a hit's text. */
export function searchKeys(text: string): Set<string> {
  return new Set(words(text).map((w) => w.key));
}
