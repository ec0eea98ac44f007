import type { ExtractedAttribution, ExtractionDocument, KnownEntity } from '../extract/extractionTypes';
import { nameKeys } from '../entity/nameKey';
import type { DraftBundleRecord } from './draftRecord';

/**
 * Runs the extractor (src/extract/) for the drafts API, with the speakers resolved against the
 * graph: a first pass finds the candidate speaker names, one query fetches the graph entities whose
 * name or alias matches one of them (`knownEntities`), and the draft bundle is then extracted with
 * those entities known. The extractor is pure and fast on one article, so two passes cost less than
 * reading entities the text never mentions.
 */
export interface Extractor {
  attributions(text: string, options: { known?: KnownEntity[] }): ExtractedAttribution[];
  /** The draft bundle: the ingest format, a confidence on each claim and attribution, perhaps the items. */
  bundle(text: string, document: ExtractionDocument, options: { known?: KnownEntity[] }): unknown;
  /** Attribution id -> the id of the item it was made from, for bundles that do not say so themselves. */
  itemLinks?(text: string, document: ExtractionDocument, items: ExtractedAttribution[]): Map<string, string>;
}

type Row = Record<string, unknown>;

export async function extractWithGraph(
  extractor: Extractor,
  text: string,
  document: ExtractionDocument,
  knownEntities: (nameKeys: string[]) => Promise<KnownEntity[]>,
): Promise<DraftBundleRecord> {
  const found = extractor.attributions(text, {});
  const names = [
    ...found.flatMap((a) => [a.speakerCanonical, a.speaker?.text]),
    document.publisher,
  ].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  const keys = [...new Set(names.flatMap(nameVariants).flatMap((n) => nameKeys(n)))];
  const known = await knownEntities(keys);
  const options = known.length > 0 ? { known } : {};
  const raw = extractor.bundle(text, document, options) as Row;
  const items = Array.isArray(raw.items) ? (raw.items as ExtractedAttribution[]) : known.length > 0 ? extractor.attributions(text, options) : found;
  const links = extractor.itemLinks?.(text, document, items) ?? new Map<string, string>();
  const bundle = normaliseBundle(raw, items, firstWords(text));
  return { ...bundle, attributions: bundle.attributions.map((a) => ({ ...a, item: a.item ?? links.get(a.id) ?? null })) };
}

/**
 * The forms under which the extractor looks a speaker name up (src/extract/knownEntities.ts): as
 * written, without "the", without a possessive, and the country stem of "the Iranian government".
 */
export function nameVariants(name: string): string[] {
  const institution = /^(?:the\s+)?([A-Z][a-z]+?)(?:ian|an|n|ese|i|ish)?\s+(?:government|administration|regime|authorities)/.exec(name);
  return [name, name.replace(/^the\s+/i, ''), name.replace(/['’]s$/, ''), ...(institution ? [institution[1]] : [])];
}

/** A title for a text that came without one: its first words, up to about 80 characters. */
export function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 80) return flat;
  const cut = flat.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')} ...`;
}

/**
 * The extractor's bundle with every optional field given its default, so the GraphQL types can be
 * non-null; fields this API does not show (statedAt, firstReport, relations ...) are kept as they
 * are, for the ingest.
 */
export function normaliseBundle(raw: Row, items: ExtractedAttribution[], fallbackTitle: string): DraftBundleRecord {
  const list = (v: unknown) => (Array.isArray(v) ? (v as Row[]) : []);
  const orNull = <T>(v: unknown) => (v === undefined ? null : (v as T | null));
  const document = (raw.document ?? {}) as Row;
  return {
    ...raw,
    document: { ...document, id: String(document.id), title: typeof document.title === 'string' && document.title.trim() !== '' ? document.title : fallbackTitle, kind: (document.kind ?? 'NEWS_ARTICLE') as never, url: orNull(document.url), publishedAt: orNull(document.publishedAt), publisher: orNull(document.publisher) },
    entities: list(raw.entities).map((e) => ({ ...e, id: String(e.id), name: String(e.name), kind: e.kind as never, aliases: (e.aliases as string[] | undefined) ?? [], anonymous: e.anonymous === true, description: orNull(e.description) })),
    claims: list(raw.claims).map((c) => ({ ...c, id: String(c.id), text: String(c.text), about: (c.about as string[] | undefined) ?? [], confidence: Number(c.confidence ?? 0) })),
    attributions: list(raw.attributions).map((a) => ({
      ...a,
      id: String(a.id),
      claim: String(a.claim),
      speaker: String(a.speaker),
      mode: a.mode as never,
      stance: a.stance as never,
      cue: orNull(a.cue),
      quote: orNull(a.quote),
      via: orNull(a.via),
      confidence: Number(a.confidence ?? 0),
      item: orNull(a.item),
    })),
    items: items.map((i) => ({ ...i, speakerEntityId: i.speakerEntityId ?? null })),
  };
}
