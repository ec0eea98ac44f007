import { words, type Word } from './words';

/**
 * Builds the `snippet` of a search hit: the text with every word the analyst typed wrapped in
 * <mark>…</mark>. The snippet is meant to be dropped into a web page as is, so the text itself is
 * HTML-escaped (&, <, >): the only tags in it are our marks, which therefore can never be broken or
 * confused with characters of the text (a claim may well contain "<" or French «quotes»).
 *
 * Long texts are cut to a window of about SNIPPET_LENGTH characters that starts a little before the
 * first match, at word boundaries, with "…" where text was left out; runs of white space (line
 * breaks in quotes) become one space. A text without any match yields its beginning, unmarked.
 */
export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';
export const ELLIPSIS = '\u2026';
export const SNIPPET_LENGTH = 200;
/** How much text to keep before the first match, so the reader sees what leads up to it. */
const CONTEXT_BEFORE = 60;

export interface Highlighted {
  snippet: string;
  /** Number of marked words in the snippet. */
  marks: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const plain = (s: string) => escapeHtml(s).replace(/\s+/g, ' ');

export function highlight(text: string, keys: ReadonlySet<string>, maxLength = SNIPPET_LENGTH): Highlighted {
  const all = words(text);
  const matched = all.filter((w) => keys.has(w.key));
  const [start, end] = snippetWindow(text, all, matched[0], maxLength);
  // Only text that was really left out earns an ellipsis, not trimmed white space.
  let snippet = /\S/.test(text.slice(0, start)) ? ELLIPSIS : '';
  let pos = start;
  let marks = 0;
  for (const w of matched) {
    // Windows start and end on word boundaries, so a word is wholly inside or wholly outside.
    if (w.start < start || w.end > end) continue;
    snippet += plain(text.slice(pos, w.start)) + MARK_OPEN + escapeHtml(text.slice(w.start, w.end)) + MARK_CLOSE;
    pos = w.end;
    marks += 1;
  }
  snippet += plain(text.slice(pos, end));
  if (/\S/.test(text.slice(end))) snippet += ELLIPSIS;
  return { snippet, marks };
}

/** [start, end) of the text to show: all of a short text, else a window around the first match. */
function snippetWindow(text: string, all: Word[], first: Word | undefined, maxLength: number): [number, number] {
  let start = 0;
  let end = text.length;
  if (text.length > maxLength) {
    const anchor = first?.start ?? 0;
    const desired = Math.min(anchor - CONTEXT_BEFORE, text.length - maxLength);
    if (desired > 0) start = all.find((w) => w.start >= desired)?.start ?? anchor;
    const limit = start + maxLength;
    if (limit < text.length) {
      const lastWhole = all.filter((w) => w.start >= start && w.end <= limit).at(-1);
      end = lastWhole?.end ?? codePointSafe(text, limit);
      // A match longer than the window still shows whole, marked.
      if (first && first.end > end) end = first.end;
    }
  }
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return [start, end];
}

/** A cut position that does not split a surrogate pair (an emoji, a rare CJK character). */
function codePointSafe(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
