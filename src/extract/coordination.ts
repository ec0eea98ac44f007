import type { Candidate } from './candidate';
import type { Range } from './textStructure';

/**
 * "CNN and other outlets reported …", "the United States and Kyiv say …": one item per speaker.
 * Not split: names with "of" before the "and" ("Ministry of Trade and Industry"), and modifiers
 * ("people familiar with the talks and the plan").
 */
export function conjuncts(text: string, speaker: Range): Range[] {
  const mention = text.slice(speaker.start, speaker.end);
  const m = /^(.+?),?[\s\u00a0]+(?:and|&)[\s\u00a0]+(.+)$/.exec(mention);
  if (!m) return [speaker];
  const [, left, right] = m;
  if (/\b(?:of|for|with|on|familiar|briefed|close|at)\b/i.test(left)) return [speaker];
  if (left.split(/\s+/).length > 5 || right.split(/\s+/).length > 6) return [speaker];
  // Both sides must look like speakers on their own: a capitalised name or a determiner phrase.
  const ok = (s: string) => /^(?:[A-Z]|the\b|other\b|some\b|several\b|many\b|US\b)/.test(s);
  if (!ok(left) || !ok(right)) return [speaker];
  const rightStart = speaker.start + mention.lastIndexOf(right);
  return [
    { start: speaker.start, end: speaker.start + left.length },
    { start: rightStart, end: rightStart + right.length },
  ];
}

export function splitCoordinated(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (!c.speaker) return [c];
    const parts = conjuncts(text, c.speaker);
    return parts.length === 1 ? [c] : parts.map((speaker) => ({ ...c, speaker, rule: `${c.rule}+coordinated` }));
  });
}
