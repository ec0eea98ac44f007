import type { Candidate } from './candidate';
import type { KnownEntity } from './extractionTypes';
import type { KnownEntities } from './knownEntities';
import nlp from 'compromise';
import { analyseMention, personName, type MentionAnalysis } from './speakerPhrase';

/**
 * Resolves each candidate's speaker in reading order: names (titles stripped) stand for themselves,
 * a lone surname for the earlier full name, pronouns and "the minister" / "the source" for the last
 * matching speaker, and any name for a known entity when one matches.
 */
export interface ResolvedSpeaker {
  canonical: string | null;
  entity: KnownEntity | null;
  anonymous: boolean;
  /** Confidence penalty: a pronoun or description with no antecedent. */
  penalty: number;
}

interface Seen {
  gender?: 'female' | 'male' | 'unknown';
  analysis: MentionAnalysis;
  mention: string;
  resolved: ResolvedSpeaker;
}

function hasWord(mention: string, word: string): boolean {
  // The head word as a head, not as a possessive modifier ("the port authority's chief executive").
  return new RegExp(`\\b${word.replace(/s$/, '')}s?\\b(?!['’]s)`, 'i').test(mention);
}

function antecedent(history: Seen[], a: MentionAnalysis): Seen | undefined {
  const back = [...history].reverse();
  if (a.kind === 'PRONOUN') {
    if (a.head === 'he' || a.head === 'she') {
      // Prefer a person whose first name has the pronoun's gender, then one of unknown gender.
      const persons = back.filter((s) => s.analysis.kind === 'PERSON');
      const wanted = a.head === 'she' ? 'female' : 'male';
      return persons.find((s) => s.gender === wanted) ?? persons.find((s) => s.gender === 'unknown') ?? persons[0];
    }
    if (a.head === 'i') return back.find((s) => s.analysis.kind === 'PERSON');
    if (a.head === 'it') return back.find((s) => s.analysis.kind === 'NAME' && !s.analysis.plural);
    return back.find((s) => s.analysis.plural || s.analysis.kind === 'NAME' || s.analysis.kind === 'ANONYMOUS');
  }
  const head = a.head ?? '';
  return (
    back.find((s) => hasWord(s.mention, head))
  );
}

function genderOf(name: string | null): 'female' | 'male' | 'unknown' {
  if (!name) return 'unknown';
  const doc = nlp(name);
  return doc.has('#FemaleName') ? 'female' : doc.has('#MaleName') ? 'male' : 'unknown';
}

/** People named anywhere in the text (not only speakers): antecedents for "she said". */
function personMentions(text: string): { start: number; name: string }[] {
  const out: { start: number; name: string }[] = [];
  let cursor = 0;
  for (const found of nlp(text).people().out('array') as string[]) {
    const at = text.indexOf(found.replace(/[.,;:]+$/, ''), cursor);
    if (at < 0) continue;
    cursor = at + found.length;
    const name = personName(found);
    if (name && name.includes(' ')) out.push({ start: at, name });
  }
  return out;
}

/** "the company said" with no earlier speaker: the last multi-word capitalised name before it. */
function nearestOrganisation(text: string, before: number): string | null {
  const window = text.slice(Math.max(0, before - 600), before);
  const names = [...window.matchAll(/\b[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)+/gu)].map((m) => m[0]).filter((n) => !/^[A-Z]+$/.test(n.split(/\s+/)[0]));
  const last = names.at(-1);
  if (!last) return null;
  // "Drugmaker Halvex Pharma": a capitalised common noun before the name is a descriptor.
  const [first, ...rest] = last.split(/\s+/);
  return rest.length && nlp(first).has('#Actor') ? rest.join(' ') : last;
}

const ORGANISATION_HEADS = new Set(['company', 'firm', 'group', 'drugmaker', 'carrier', 'manufacturer', 'retailer', 'airline']);

export function resolveSpeakers(text: string, candidates: Candidate[], known: KnownEntities): Map<Candidate, ResolvedSpeaker> {
  const out = new Map<Candidate, ResolvedSpeaker>();
  const history: Seen[] = [];
  const order = [...candidates].sort((x, y) => (x.speaker?.start ?? x.content.start) - (y.speaker?.start ?? y.content.start));
  const people = personMentions(text);
  let nextPerson = 0;
  for (const c of order) {
    // Named people mentioned before this speaker join the history first.
    const at = c.speaker?.start ?? c.content.start;
    while (nextPerson < people.length && people[nextPerson].start < at) {
      const p = people[nextPerson++];
      const earlier = [...history].reverse().find((s) => s.analysis.kind === 'PERSON' && s.resolved.canonical === p.name);
      const entity = known.resolve(p.name) ?? null;
      const canonical = entity?.name ?? earlier?.resolved.canonical ?? p.name;
      history.push({
        analysis: { kind: 'PERSON', canonical, anonymous: false, head: null, plural: false },
        mention: p.name,
        gender: genderOf(p.name),
        resolved: { canonical, entity, anonymous: false, penalty: 0 },
      });
    }
    if (!c.speaker) {
      const last = history.filter((s) => (s.mention ? true : false)).at(-1);
      out.set(c, last ? { ...last.resolved } : { canonical: null, entity: null, anonymous: false, penalty: 0.15 });
      continue;
    }
    const mention = text.slice(c.speaker.start, c.speaker.end);
    const a = analyseMention(mention);
    let resolved: ResolvedSpeaker;
    if (a.kind === 'PRONOUN' || a.kind === 'BACK_REFERENCE') {
      const prior = antecedent(history, a);
      if (prior) resolved = { ...prior.resolved, penalty: 0 };
      else {
        const entity = a.kind === 'BACK_REFERENCE' ? known.resolve(mention) ?? null : null;
        const organisation = a.kind === 'BACK_REFERENCE' && ORGANISATION_HEADS.has(a.head ?? '') ? nearestOrganisation(text, c.speaker.start) : null;
        const fallback = a.kind === 'BACK_REFERENCE' ? organisation ?? mention.replace(/^the\s+/i, '').replace(/^./, (ch) => ch.toUpperCase()) : null;
        resolved = { canonical: entity?.name ?? fallback, entity, anonymous: entity?.anonymous ?? a.anonymous, penalty: 0.15 };
      }
    } else {
      let canonical = a.canonical;
      // A lone surname refers to the full name seen earlier.
      if ((a.kind === 'PERSON' || a.kind === 'NAME') && canonical && /^[A-Z][\p{L}'’-]+$/u.test(canonical)) {
        const full = [...history].reverse().find((s) => s.analysis.kind === 'PERSON' && s.resolved.canonical?.endsWith(` ${canonical}`));
        if (full) {
          canonical = full.resolved.canonical;
          a.kind = 'PERSON';
        } else {
          // "Halvex" after "Halvex Pharma": the short form of an organisation seen before.
          const longer = [...history].reverse().find((s) => s.analysis.kind !== 'PERSON' && s.resolved.canonical?.split(/\s+/).includes(canonical!) && s.resolved.canonical !== canonical);
          if (longer) canonical = longer.resolved.canonical;
        }
      }
      const entity = known.resolve(canonical, mention) ?? null;
      resolved = { canonical: entity?.name ?? canonical, entity, anonymous: entity ? Boolean(entity.anonymous) : a.anonymous, penalty: 0 };
    }
    out.set(c, resolved);
    history.push({ analysis: a, mention, resolved, gender: a.kind === 'PERSON' ? genderOf(resolved.canonical) : 'unknown' });
    // A resolved reference behaves like its antecedent for later pronouns.
    if (a.kind === 'PRONOUN' || a.kind === 'BACK_REFERENCE') {
      const prior = antecedent(history.slice(0, -1), a);
      if (prior) history[history.length - 1] = { ...prior, resolved };
    }
  }
  return out;
}
