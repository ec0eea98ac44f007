import nlp from 'compromise';
import { NOT_A_SUBJECT, reportingVerb } from './reportingVerbs';
import { trimRange, type Range } from './textStructure';

/**
 * Finds where a speaker mention begins and ends around a cue: before it ("the minister said") or after
 * it, inverted ("said a source familiar with the talks"). The mention is checked to look like a noun
 * phrase (no finite verb, no clause words) so "It would be said" or "the said agreement" are not read
 * as speakers.
 */
const BOUNDARY_BEFORE =
  /(?:[,;:“”"(—–]|…|[\s\u00a0]-[\s\u00a0]|\b(?:that|when|while|after|before|because|but|if|since|where|as|though|although|whereas|so|once|until|whom)\b)/g;

const CLAUSE_WORDS = /\b(?:is|are|was|were|be|been|being|has|have|had|would|could|can|may|might|should|must|do|does|did|not|no|to|will|its|if)\b/i;
const LOWER_START_OK = /^(?:the|a|an|some|several|many|most|other|two|three|four|five|six|few|various|numerous|multiple|senior|top|western|european|officials|sources|people|he|she|they|it|we|i|diplomats|analysts|experts|aides|residents|witnesses|investigators|authorities|spokesperson|spokesman|spokeswoman|union|one|another|both|all|his|her|their|our|us|u\.s\.)\b/i;

/** Plural or role nouns that end an unnamed speaker phrase with a lower-case modifier ("city officials"). */
const PEOPLE_HEAD = /^(?:officials?|sources?|spokes(?:person|man|woman)|aides?|diplomats?|analysts?|experts?|residents|witnesses|investigators|authorities|officers|workers|engineers|lawyers|prosecutors|researchers|scientists|doctors|nurses|executives|managers|employees|staff|members|leaders|police|regulators|inspectors)$/i;

/** True when the text reads as a speaker noun phrase. */
export function looksLikeSpeaker(mention: string): boolean {
  const words = mention.split(/[\s\u00a0]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  if (NOT_A_SUBJECT.has(words[0].toLowerCase())) return false;
  if (/^(?:the|a|an)$/i.test(mention)) return false;
  // Lower-case starts are determiners, unnamed sources, descriptors before a name ("union leader Petra
  // Lindqvist"), or a short phrase ending in a people noun ("city officials", "hospital staff").
  if (!/^[A-Z0-9]/.test(words[0]) && !LOWER_START_OK.test(mention) && !/\s[A-Z][\p{L}'’-]+$/u.test(mention) && !(words.length <= 4 && PEOPLE_HEAD.test(words[words.length - 1]))) return false;
  // Participles after the head ("familiar with", "briefed on") are modifiers, not clause verbs.
  const core = mention.replace(/\s+(?:familiar|briefed|close|knowledgeable|involved|speaking|with|who|that|at|in|for|of|from|on)\b.*$/i, '');
  if (CLAUSE_WORDS.test(core)) return false;
  if (/["“”]/.test(mention)) return false;
  // "a condition Ostrovia (has rejected)": a common noun before a name is an appositive, not a speaker.
  if (/^(?:a|an)\s+([a-z]+)\s+[A-Z]/.test(mention) && !/^(?:a|an)\s+(?:spokesperson|spokesman|spokeswoman|senior|former|top|local|western|european|us|u\.s\.)\b/i.test(mention)) return false;
  // A second reporting verb inside the mention means the boundary was missed ("the source said those").
  if (words.slice(0, -1).some((w) => reportingVerb(w) && /(?:ed|said|says|told|wrote)$/.test(w))) return false;
  // A lower-case finite verb after the first word means a clause, not a name ("the efforts come after").
  const terms = nlp(core).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  // A plural head compromise reads as a verb ("two engineers", "nurses") closes the mention: not a clause.
  const lastIsPlural = terms.length > 1 && /^[a-z][a-z-]*s$/.test(terms[terms.length - 1].text);
  const finite = terms.slice(1, lastIsPlural ? -1 : undefined).some((t) => {
    const tags = t.terms[0]?.tags ?? [];
    return /^[a-z]/.test(t.text) && (tags.includes('PastTense') || tags.includes('PresentTense')) && !tags.includes('Gerund') && !tags.includes('Noun');
  });
  if (finite) return false;
  return true;
}

/** The speaker mention ending right before `end` (a cue), starting after the last clause boundary at or after `start`. */
export function speakerBefore(text: string, start: number, end: number): Range | null {
  const region = text.slice(start, end);
  const bounds = [...region.matchAll(BOUNDARY_BEFORE)];
  const from = bounds.length ? bounds[bounds.length - 1].index + bounds[bounds.length - 1][0].length : 0;
  // An appositive ("The chief executive, Marten Osei, said"): the mention is both comma-separated parts.
  if (bounds.length && region.slice(from).trim() === '' && bounds[bounds.length - 1][0].startsWith(',')) {
    const last = bounds[bounds.length - 1];
    const prev = bounds.length > 1 ? bounds[bounds.length - 2] : undefined;
    const before = bounds.length > 2 ? bounds[bounds.length - 3] : undefined;
    const inner = region.slice(prev ? prev.index + prev[0].length : 0, last.index).trim();
    // "A diplomat in X, who asked not to be named, said": the mention is the part before the relative clause.
    const relative = /^(?:who|which)\b/.test(inner) && prev?.[0].startsWith(',');
    const firstPart = region.slice(before ? before.index + before[0].length : 0, prev ? prev.index : 0).trim();
    // "One driver, who gave only his first name, Pavel, said": the name alone.
    if (!relative && prev?.[0].startsWith(',') && /^(?:who|which)\b/.test(firstPart)) {
      const r = trimRange(text, start + prev.index + prev[0].length, start + last.index);
      return r.end > r.start && looksLikeSpeaker(text.slice(r.start, r.end)) ? r : null;
    }
    const apposStart = relative ? (before ? before.index + before[0].length : 0) : prev && prev[0].startsWith(',') ? (before ? before.index + before[0].length : 0) : prev ? prev.index + prev[0].length : 0;
    const r = trimRange(text, start + apposStart, start + (relative ? prev!.index : last.index));
    const mention = text.slice(r.start, r.end);
    return r.end > r.start && looksLikeSpeaker(mention.replace(/,/g, ' ')) ? r : null;
  }
  const r = trimRange(text, start + from, end);
  if (r.end <= r.start) return null;
  const mention = text.slice(r.start, r.end);
  return looksLikeSpeaker(mention) ? r : null;
}

const BOUNDARY_AFTER = /[,;:.!?…"“”(]|\s(?:in|on|at|during|to|when|while|after|before|adding|as|because|last|this|yesterday|today|earlier|later|according|who|which|that)\s/;

/** The inverted speaker mention starting right after `start` (after a cue), up to `end`. */
export function speakerAfter(text: string, start: number, end: number): Range | null {
  const region = text.slice(start, end);
  const m = BOUNDARY_AFTER.exec(region);
  const stop = m ? m.index : region.length;
  const r = trimRange(text, start, start + stop);
  if (r.end <= r.start) return null;
  const mention = text.slice(r.start, r.end);
  return looksLikeSpeaker(mention) ? r : null;
}

/** Words in a range. */
export function words(text: string, r: Range): number {
  return text.slice(r.start, r.end).split(/[\s\u00a0]+/).filter(Boolean).length;
}

/**
 * "A statement released by the port authority said …", "a letter from the union warned …": the
 * document speaks for its author, so the speaker is the author named after "by" / "from" (a document
 * is not a second source: no nested item).
 */
const DOCUMENT_BY =
  /(?:^|[\s\u00a0,;:])(?:a|an|the|its|their|his|her)[\s\u00a0]+(?:[\w’'-]+[\s\u00a0]+){0,2}?(?:statement|report|letter|memo|filing|post|notice|release|press release|document|email|message)[\s\u00a0]+(?:(?:released|issued|published|posted|sent|signed|circulated|put out)[\s\u00a0]+)?(?:by|from)[\s\u00a0]+([^,;:“”"]+?)[\s\u00a0]*(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[\s\u00a0]*)?$/i;

export function documentAuthor(text: string, start: number, end: number): Range | null {
  const region = text.slice(start, end);
  const m = DOCUMENT_BY.exec(region);
  if (!m) return null;
  const at = start + m.index + m[0].lastIndexOf(m[1]);
  const r = trimRange(text, at, at + m[1].length);
  const mention = text.slice(r.start, r.end);
  return r.end > r.start && (looksLikeSpeaker(mention) || looksLikeSpeaker(`the ${mention}`)) ? r : null;
}
