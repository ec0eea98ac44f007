import type { KnownEntity } from './extractionTypes';

/**
 * Known entities from ingest bundles (parsed or raw JSON): names, kinds, aliases and the anonymous
 * flag; an entity that is the "capital of" another speaks for it ("Kyiv says" = Ukraine says).
 */
interface BundleLike {
  entities?: { id: string; name: string; kind: string; aliases?: string[] | null; anonymous?: boolean | null; affiliations?: { entity: string; role?: string | null }[] | null }[] | null;
}

export function knownFromBundles(bundles: readonly BundleLike[]): KnownEntity[] {
  const seen = new Set<string>();
  const out: KnownEntity[] = [];
  for (const bundle of bundles) {
    for (const e of bundle.entities ?? []) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const capitalOf = (e.affiliations ?? []).find((a) => /^capital of$/i.test(a.role ?? ''))?.entity ?? null;
      out.push({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases ?? [], anonymous: Boolean(e.anonymous), speaksFor: capitalOf });
    }
  }
  return out;
}
