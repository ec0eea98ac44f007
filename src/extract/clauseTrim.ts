import type { Candidate } from './candidate';
import { modeOf } from './indirectSpeech';
import type { Quotation } from './quotations';

/**
 * Reported clauses end where another attribution begins in the same sentence: in "X acknowledged
 * that A, but he said B", X's content is A. Cut before the conjunction that opens the next speaker.
 */
export function trimAtNextSpeaker(text: string, candidates: Candidate[], quotes: Quotation[]): void {
  trimAtRelayingSpeaker(text, candidates, quotes);
  for (const c of candidates) {
    // A photo credit vouches for the whole caption, including what it says others consider.
    if (c.mode === 'DIRECT' || c.rule === 'photo-credit') continue;
    // Where the next attribution starts inside this content: its speaker, or its cue when it shares the subject.
    const startOf = (o: Candidate): number => (o.speaker && o.speaker.start > c.content.start + 3 ? o.speaker.start : o.cue ? o.cue.start : -1);
    const nested = nestedIn(c, candidates);
    const next = candidates
      // An attribution opening this content is nested in it ("officials said X" relayed), not the next
      // one; so is one opening a nested item's content ("A reported that B said that C told them Z").
      .filter((o) => !nested.has(o))
      .filter((o) => o !== c && c.via !== o && o.mode !== 'DIRECT' && startOf(o) > c.content.start + 3 && startOf(o) < c.content.end && o.content.start > startOf(o))
      .sort((a, b) => startOf(a) - startOf(b))[0];
    if (!next) continue;
    const before = text.slice(c.content.start, startOf(next));
    const cut = /[\s\u00a0]*(?:[,;]?[\s\u00a0]*(?:but|and|while|although|though|yet|whereas)?)[\s\u00a0]*$/.exec(before);
    let end = c.content.start + (cut ? cut.index : before.length);
    while (end > c.content.start && /[\s\u00a0,;]/.test(text[end - 1])) end--;
    if (end - c.content.start > 10) {
      c.content = { start: c.content.start, end };
      c.mode = modeOf(text, c.content, quotes);
    }
  }
}

/** Items whose speaker opens c's content, and, transitively, items whose speaker opens theirs. */
function nestedIn(c: Candidate, candidates: Candidate[]): Set<Candidate> {
  // Its speaker ("officials said …") or its cue ("according to officials, …") begins r's content.
  const head = (o: Candidate): number => Math.min(o.speaker?.start ?? Infinity, o.cue?.start ?? Infinity);
  const opens = (o: Candidate, r: Candidate): boolean => o !== r && !!o.speaker && head(o) >= r.content.start && head(o) <= r.content.start + 3;
  const found = new Set<Candidate>();
  let frontier = [c];
  // Bounded by the number of candidates: each is added at most once.
  while (frontier.length) {
    const next = candidates.filter((o) => !found.has(o) && o !== c && frontier.some((f) => opens(o, f)));
    next.forEach((o) => found.add(o));
    frontier = next;
  }
  return found;
}

/**
 * "Officials said Z, the Post reported.": the Post's item holds the officials' whole item, so the
 * officials' clause ends before ", the Post reported" (which linkNested then reads as a relay).
 */
function trimAtRelayingSpeaker(text: string, candidates: Candidate[], quotes: Quotation[]): void {
  for (const c of candidates) {
    if (c.mode === 'DIRECT' || !c.speaker) continue;
    const relay = candidates.find(
      (o) => o !== c && o.mode !== 'DIRECT' && o.speaker && o.cue && o.content.start <= c.speaker!.start && o.content.end >= (c.cue ?? c.speaker!).end && o.content.end <= o.speaker.start &&
        o.content.end > c.content.start && o.speaker.start > c.content.start && o.speaker.start < c.content.end,
    );
    if (!relay) continue;
    let end = relay.content.end;
    while (end > c.content.start && /[\s\u00a0,;]/.test(text[end - 1])) end--;
    if (end - c.content.start > 3) {
      c.content = { start: c.content.start, end };
      c.mode = modeOf(text, c.content, quotes);
    }
  }
}
