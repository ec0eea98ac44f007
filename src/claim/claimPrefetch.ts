import type { EntityRecord } from '../entity/entityRecord';
import type { Loaders } from '../server/loaders';
import type { AttributionHopDetail, ClaimDetailRecord } from './claimDetailRecord';

/**
 * What a `claim(id)` request will read below the claim, decided from its selection
 * (src/graphql/claimSelection.ts). The service reads it together with the claim and primes the
 * per-request loaders, so a claim page with attributions, speakers, documents and chains costs one
 * Cypher round trip instead of one per level; fields the selection does not reach cost nothing.
 */
export interface ClaimPrefetch {
  /** attributions, or speakers: both come from the claim's attributions. */
  attributions: boolean;
  /** attributions { chain }: each attribution's chain with its hops' speakers and documents. */
  chains: boolean;
  /** origins, independentOrigins or outlets. */
  provenance: boolean;
}

export const NO_PREFETCH: ClaimPrefetch = { attributions: false, chains: false, provenance: false };

const byName = (a: EntityRecord, b: EntityRecord) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Fills the loaders with what one claim-details row holds, exactly as their own queries would answer. */
export function primeClaimDetail(loaders: Loaders, detail: ClaimDetailRecord, chains: boolean): void {
  const { claim, attributions } = detail;
  loaders.claim.prime(claim.id, claim);
  loaders.claimAttributions.prime(claim.id, attributions.map((a) => a.attribution));
  const primeHop = (h: AttributionHopDetail) => {
    loaders.attribution.prime(h.attribution.id, h.attribution);
    if (h.speaker) loaders.entity.prime(h.speaker.id, h.speaker);
    if (h.document) loaders.document.prime(h.document.id, h.document);
  };
  const speakers = new Map<string, EntityRecord>();
  for (const a of attributions) {
    primeHop(a);
    if (a.speaker) speakers.set(a.speaker.id, a.speaker);
    if (a.publisher) loaders.entity.prime(a.publisher.id, a.publisher);
    if (chains && a.chain) {
      a.chain.forEach(primeHop);
      loaders.attributionChain.prime(a.attribution.id, a.chain.map((h) => h.attribution));
    }
  }
  // Claim.speakers: the distinct speakers of the claim's attributions, by name (claim-speakers-by-ids).
  loaders.claimSpeakers.prime(claim.id, [...speakers.values()].sort(byName));
}
