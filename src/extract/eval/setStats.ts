import type { GoldDocument } from './goldTypes';
import { normaliseName } from './tokens';

/** The set's make-up, printed by `--check` and recorded in EXTRACTION.md. */
export interface SetStats {
  documents: number;
  words: number;
  attributions: number;
  byMode: Record<string, number>;
  byStance: Record<string, number>;
  anonymous: number;
  nested: number;
  pronounOrTitleSpeakers: number;
}

const PRONOUN_OR_TITLE = /^(he|she|it|they|the [a-z’']+( [a-z’']+)?)$/i;

export function setStats(docs: GoldDocument[]): SetStats {
  const items = docs.flatMap((d) => d.gold.attributions);
  const count = (key: (a: (typeof items)[number]) => string) =>
    items.reduce<Record<string, number>>((acc, a) => ({ ...acc, [key(a)]: (acc[key(a)] ?? 0) + 1 }), {});
  return {
    documents: docs.length,
    words: docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0),
    attributions: items.length,
    byMode: count((a) => a.mode),
    byStance: count((a) => a.stance),
    anonymous: items.filter((a) => a.anonymous).length,
    nested: items.filter((a) => a.via !== null).length,
    // Speaker written as a pronoun or a bare title ("he", "the minister"), i.e. needing coreference.
    pronounOrTitleSpeakers: items.filter((a) => a.speaker !== null && PRONOUN_OR_TITLE.test(a.speaker.text) && normaliseName(a.speakerCanonical) !== normaliseName(a.speaker.text)).length,
  };
}

export function formatStats(split: string, s: SetStats): string {
  const modes = ['DIRECT', 'INDIRECT', 'MIXED'].map((m) => `${m} ${s.byMode[m] ?? 0}`).join(', ');
  const stances = ['ASSERTS', 'ACKNOWLEDGES', 'DENIES', 'QUESTIONS'].map((m) => `${m} ${s.byStance[m] ?? 0}`).join(', ');
  return `| ${split} | ${s.documents} | ${s.words} | ${s.attributions} | ${modes} | ${s.anonymous} | ${s.nested} | ${s.pronounOrTitleSpeakers} | ${stances} |`;
}

export const STATS_HEADER = '| split | documents | words | attributions | by mode | anonymous | nested (via) | pronoun/title speaker | by stance |\n|---|---:|---:|---:|---|---:|---:|---:|---|';
