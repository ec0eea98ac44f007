import type { Candidate } from './candidate';

/**
 * "The Washington Post first reported the agreement.": a bare definite object ("the agreement",
 * "the plan") stands for a claim stated earlier. The content becomes the earliest earlier content
 * that mentions that noun, so the item lines up with the claim it is about; with no such content it
 * stays the noun phrase.
 */
export function resolveAnaphoricContent(text: string, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.mode === 'DIRECT' || !c.cue) continue;
    const m = /^(?:the|this|that|these|those)\s+(?:[a-z-]+\s+)?([a-z]+)$/i.exec(text.slice(c.content.start, c.content.end));
    if (!m) continue;
    const noun = new RegExp(`\\b${m[1]}s?\\b`, 'i');
    const antecedent = candidates
      .filter((o) => o !== c && o.content.end <= c.content.start && noun.test(text.slice(o.content.start, o.content.end)))
      .sort((a, b) => a.content.start - b.content.start)[0];
    if (!antecedent) continue;
    c.content = { ...antecedent.content };
    c.mode = antecedent.mode === 'DIRECT' ? 'MIXED' : antecedent.mode;
    c.confidence = Math.min(c.confidence, 0.6);
    c.rule = `${c.rule}+anaphoric-object`;
  }
}
