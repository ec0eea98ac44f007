import type { KnownEntity } from '../extractionTypes';
import type { PredictedAttribution } from './goldTypes';
import { goldTokenOverlap } from './tokens';

/**
 * Seed coverage (`npm run eval:extract -- --seed`): does the extractor, run on the seed article,
 * find every attribution of the hand-written seed bundle? The bundle's claims are PARAPHRASES, so
 * content is compared by meaning-ish token overlap, not by offsets. An attribution counts as found
 * when one extracted item satisfies both:
 * - speaker: the item resolved to the attribution's entity (speakerEntityId, or its canonical name
 *   equals / contains the entity's name or an alias, word stems compared), or both are anonymous and
 *   their names share a word ("a source familiar with ..." ~ "Source familiar with the assessment");
 * - content: for a direct quote, the item's content covers >= 50 % of the quote's tokens where the
 *   quote occurs in the article (the scorer's rule); otherwise >= 40 % of the claim's content-word
 *   stems (stopwords dropped, words cut to 5 letters) occur in the item's content.
 * Among the items passing both, the one with the highest content score is reported (`by`).
 */
export const PARAPHRASE_THRESHOLD = 0.4;

export interface SeedBundle {
  document: { id: string; publisher?: string | null };
  entities: Array<KnownEntity & { anonymous?: boolean }>;
  claims: Array<{ id: string; text: string }>;
  attributions: Array<{ id: string; claim: string; speaker: string; mode: string; cue: string | null; quote: string | null; document: string }>;
}

export interface SeedCoverageRow {
  id: string;
  speaker: string;
  mode: string;
  cue: string | null;
  found: boolean;
  by: string | null;
  /** The attribution is the publisher's own voice with no reporting cue: nothing in the text marks it as speech. */
  publisherVoice: boolean;
}

const STOPWORDS = new Set(
  'a an the and or but of in on at to for from by with as is are was were be been being has have had it its this that those these their there which who whom will would can could may might than then into over under about after before since while'.split(' '),
);

/** Word tokens, lowercased, without accents. */
function words(text: string): string[] {
  return (text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function stems(text: string): Set<string> {
  return new Set(words(text).filter((w) => !STOPWORDS.has(w)).map((w) => w.slice(0, 5)));
}

/** Same word or one a prefix of the other (>= 4 letters): "Iran" ~ "Iranian", "official" ~ "officials". */
function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

function nameWithin(name: string, canonical: string): boolean {
  const n = words(name).filter((w) => !STOPWORDS.has(w));
  const c = words(canonical).filter((w) => !STOPWORDS.has(w));
  if (n.length === 0 || c.length === 0) return false;
  const contains = (xs: string[], ys: string[]) => xs.every((x) => ys.some((y) => sameWord(x, y)));
  return contains(n, c) || contains(c, n);
}

export function speakerMatches(item: PredictedAttribution & { speakerEntityId?: string | null }, entity: SeedBundle['entities'][number]): boolean {
  if (item.speakerEntityId && item.speakerEntityId === entity.id) return true;
  const names = [entity.name, ...(entity.aliases ?? [])];
  const mention = [item.speakerCanonical ?? '', item.speaker?.text ?? ''].join(' ');
  if (entity.anonymous && item.anonymous && names.some((n) => shareWord(n, mention))) return true;
  if (!item.speakerCanonical) return false;
  return names.some((n) => nameWithin(n, item.speakerCanonical as string));
}

function shareWord(a: string, b: string): boolean {
  const bs = words(b).filter((w) => !STOPWORDS.has(w));
  return words(a).some((x) => !STOPWORDS.has(x) && bs.some((y) => sameWord(x, y)));
}

/** 0..1 and whether it passes: quote-token coverage (threshold 0.5) or claim-stem share (threshold 0.4). */
export function contentScore(article: string, item: PredictedAttribution, claimText: string, quote: string | null): { score: number; passes: boolean } {
  if (quote) {
    const at = article.indexOf(quote);
    if (at >= 0) {
      const score = goldTokenOverlap({ text: quote, start: at, end: at + quote.length }, item.content);
      return { score, passes: score >= 0.5 };
    }
  }
  const claim = stems(quote ?? claimText);
  if (claim.size === 0) return { score: 0, passes: false };
  const content = stems(item.content.text);
  let shared = 0;
  for (const s of claim) if (content.has(s)) shared++;
  const score = shared / claim.size;
  return { score, passes: score >= PARAPHRASE_THRESHOLD };
}

export function seedCoverage(article: string, bundle: SeedBundle, extracted: PredictedAttribution[]): SeedCoverageRow[] {
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  const claims = new Map(bundle.claims.map((c) => [c.id, c]));
  return bundle.attributions.map((a) => {
    const entity = entities.get(a.speaker);
    const claim = claims.get(a.claim);
    let hit: PredictedAttribution | undefined;
    let best = -1;
    for (const x of entity && claim ? extracted : []) {
      if (!speakerMatches(x, entity!)) continue;
      const { score, passes } = contentScore(article, x, claim!.text, a.quote);
      if (passes && score > best) [hit, best] = [x, score];
    }
    return {
      id: a.id,
      speaker: entity?.name ?? a.speaker,
      mode: a.mode,
      cue: a.cue,
      found: hit !== undefined,
      by: hit?.id ?? null,
      publisherVoice: a.cue === null && a.speaker === bundle.document.publisher,
    };
  });
}

export function formatSeedCoverage(rows: SeedCoverageRow[]): string {
  const out = ['| seed attribution | speaker | mode | cue | result |', '|---|---|---|---|---|'];
  for (const r of rows) {
    const result = r.found ? `found (${r.by})` : r.publisherVoice ? 'missed (publisher voice, no cue)' : 'MISSED';
    out.push(`| ${r.id} | ${r.speaker} | ${r.mode} | ${r.cue ?? '-'} | ${result} |`);
  }
  const found = rows.filter((r) => r.found).length;
  const cued = rows.filter((r) => !r.publisherVoice);
  out.push('');
  out.push(`found ${found} / ${rows.length} seed attributions; ${cued.filter((r) => r.found).length} / ${cued.length} of those with a reporting cue in the text`);
  return out.join('\n');
}
