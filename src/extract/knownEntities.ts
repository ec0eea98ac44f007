import { nameKey } from '../entity/nameKey';
import type { KnownEntity } from './extractionTypes';

/**
 * Resolves speaker names against known entities (graph or bundle entities) by name and aliases,
 * compared with the ingest's name key (case, accents, punctuation and spaces ignored). Also reads
 * "the Iranian government" / "Russian officials' government" as the country (demonym + institution)
 * and a capital used as its government ("Kyiv says") through the entity's `speaksFor`.
 */
export class KnownEntities {
  private readonly byKey = new Map<string, KnownEntity>();
  private readonly byId = new Map<string, KnownEntity>();

  constructor(private readonly entities: readonly KnownEntity[] = []) {
    for (const e of entities) this.byId.set(e.id, e);
    // Names win over aliases; earlier entities win over later ones.
    for (const e of entities) this.add(nameKey(e.name), e);
    for (const e of entities) for (const a of e.aliases) this.add(nameKey(a), e);
  }

  private add(key: string, e: KnownEntity): void {
    if (key && !this.byKey.has(key)) this.byKey.set(key, e);
  }

  get size(): number {
    return this.entities.length;
  }

  byIdOf(id: string): KnownEntity | undefined {
    return this.byId.get(id);
  }

  /** The entity a speaker name refers to, trying the name as written, without "the", and without a possessive. */
  resolve(...names: (string | null | undefined)[]): KnownEntity | undefined {
    for (const raw of names) {
      if (!raw) continue;
      const variants = [raw, raw.replace(/^the\s+/i, ''), raw.replace(/['’]s$/, '')];
      for (const v of variants) {
        const hit = this.byKey.get(nameKey(v));
        if (hit) return this.speaking(hit);
      }
      const institution = /^(?:the\s+)?([A-Z][a-z]+?)(?:ian|an|n|ese|i|ish)?\s+(?:government|administration|regime|authorities|foreign ministry|ministry of foreign affairs)$/.exec(raw);
      if (institution) {
        const stem = nameKey(institution[1]);
        const country = this.entities.find((e) => e.kind === 'COUNTRY' && !e.anonymous && stem.length >= 4 && nameKey(e.name).startsWith(stem));
        if (country) return country;
      }
    }
    return undefined;
  }

  private speaking(e: KnownEntity): KnownEntity {
    const target = e.speaksFor ? this.byId.get(e.speaksFor) : undefined;
    return target ?? e;
  }
}
