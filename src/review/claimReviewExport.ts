import type { EntityRecord } from '../entity/entityRecord';
import type { Loaders } from '../server/loaders';
import { claimReviewJsonLd, type ClaimReviewJsonLd } from './claimReviewJsonLd';

const unique = (ids: string[]) => [...new Set(ids)];
/** loadMany reports a failed batch as Error values: a database failure must fail the export, not thin it out. */
function loaded<T>(values: (T | Error | null)[]): (T | null)[] {
  const error = values.find((v): v is Error => v instanceof Error);
  if (error) throw error;
  return values as (T | null)[];
}

/**
 * Gathers what the ClaimReview export of one claim needs, through the per-request loaders (the same
 * queries as Claim.reviews, Claim.origins, Claim.attributions, so the export and the GraphQL API
 * agree), and hands it to the pure JSON-LD builder. Three round trips of batched queries whatever the
 * number of reviews, origins and documents. Returns null for an unknown claim id.
 */
export class ClaimReviewExport {
  constructor(private readonly loaders: Loaders) {}

  async forClaim(claimId: string): Promise<ClaimReviewJsonLd[] | null> {
    const l = this.loaders;
    const [claim, reviews, provenance, attributions] = await Promise.all([
      l.claim.load(claimId),
      l.claimReviews.load(claimId),
      // The loader behind Claim.origins: the export names the same origins as the API.
      l.claimProvenance.load(claimId),
      l.claimAttributions.load(claimId),
    ]);
    if (!claim) return null;

    const speakerIds = unique(provenance.origins.map((o) => o.speakerId));
    const agentIds = unique([...speakerIds, ...reviews.map((r) => r.reviewerId)]);
    const documentIds = unique(attributions.map((a) => a.documentId));
    const [agents, loadedDocuments] = await Promise.all([l.entity.loadMany(agentIds), l.document.loadMany(documentIds)]);
    const docs = loaded(loadedDocuments).filter((d) => d !== null);
    const publisherIds = unique(docs.flatMap((d) => (d.publisherId ? [d.publisherId] : [])));
    const publishers = await l.entity.loadMany(publisherIds);

    // Keyed by the id asked for: an id resolved or merged into another entity loads that entity.
    const entities = new Map<string, EntityRecord>();
    const keep = (ids: string[], values: (EntityRecord | Error | null)[]) =>
      loaded(values).forEach((v, i) => v && entities.set(ids[i], v));
    keep(agentIds, agents);
    keep(publisherIds, publishers);
    const entity = (id: string) => entities.get(id) ?? null;
    const originSpeakers = new Map<string, EntityRecord>();
    speakerIds.map(entity).forEach((e) => e && originSpeakers.set(e.id, e));
    const published = new Map(docs.map((d) => [d.id, d.publishedAt]));
    const statedTimes = attributions.map((a) => a.statedAt ?? published.get(a.documentId) ?? null).filter((t): t is string => t !== null).sort();

    return claimReviewJsonLd({
      claim,
      reviews: reviews.map((review) => ({ review, reviewer: entity(review.reviewerId) })),
      originSpeakers: [...originSpeakers.values()],
      appearances: docs.map((document) => ({ document, publisher: document.publisherId ? entity(document.publisherId) : null })),
      firstStatedAt: statedTimes[0] ?? null,
    });
  }
}
