import type { ClaimRecord } from '../claim/claimRecord';
import type { DocumentRecord } from '../document/documentRecord';
import type { EntityRecord } from '../entity/entityRecord';
import type { ReviewRecord } from './reviewRecord';

/**
 * Builds schema.org ClaimReview JSON-LD for one claim: a JSON array with one ClaimReview per review
 * (an empty array for a claim nobody reviewed). Each element is a complete JSON-LD document with its
 * own `@context`, so a page can embed the array as is in a `<script type="application/ld+json">`
 * (the form Google reads for several fact checks on a page). Pure: the graph facts come in as
 * `ClaimReviewSource`.
 *
 * Mapping: claimReviewed = the claim text; itemReviewed = a Claim whose author is the claim's origin
 * speakers, whose appearance is every document recording an attribution of it, firstAppearance the
 * earliest-published of those, datePublished the earliest statement time; reviewRating carries the
 * verdict text as alternateName and the numeric scale when there is one; author = the reviewer;
 * datePublished = reviewedAt; url = the fact check's URL; reviewBody = the summary. Properties
 * without a value are left out rather than set to null.
 */
export interface ClaimReviewSource {
  claim: ClaimRecord;
  /** Newest first, as Claim.reviews lists them. */
  reviews: { review: ReviewRecord; reviewer: EntityRecord | null }[];
  /** The distinct speakers of the claim's origins. */
  originSpeakers: EntityRecord[];
  /** The documents recording the claim's attributions, with their publishers. */
  appearances: { document: DocumentRecord; publisher: EntityRecord | null }[];
  /** The earliest time the claim was stated (an attribution's statedAt, else its document's publishedAt). */
  firstStatedAt: string | null;
}

export interface JsonLdAgent {
  '@type': 'Person' | 'Organization';
  name: string;
  description?: string;
  sameAs?: string;
}

export interface JsonLdCreativeWork {
  '@type': 'CreativeWork';
  headline: string;
  url?: string;
  datePublished?: string;
  publisher?: JsonLdAgent;
}

export interface JsonLdClaim {
  '@type': 'Claim';
  author: JsonLdAgent[];
  appearance: JsonLdCreativeWork[];
  firstAppearance?: JsonLdCreativeWork;
  datePublished?: string;
}

export interface JsonLdRating {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  url?: string;
  claimReviewed: string;
  datePublished?: string;
  author?: JsonLdAgent;
  reviewRating: JsonLdRating;
  reviewBody?: string;
  itemReviewed: JsonLdClaim;
}

/** Drops properties whose value is null or undefined, so the JSON-LD holds only what is known. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/**
 * A person is a schema.org Person; every other kind of entity that speaks or reviews (an outlet, a
 * government, a group of officials) is an Organization, the other type Claim.author and Review.author expect.
 */
export function agent(entity: EntityRecord): JsonLdAgent {
  return compact<JsonLdAgent>({
    '@type': entity.kind === 'PERSON' ? 'Person' : 'Organization',
    name: entity.name,
    // For an anonymous source, how the text described it ("a source familiar with the assessment").
    description: entity.description ?? undefined,
    sameAs: entity.wikidataId ? `https://www.wikidata.org/wiki/${entity.wikidataId}` : undefined,
  });
}

function creativeWork({ document, publisher }: ClaimReviewSource['appearances'][number]): JsonLdCreativeWork {
  return compact<JsonLdCreativeWork>({
    '@type': 'CreativeWork',
    headline: document.title,
    url: document.url ?? undefined,
    datePublished: document.publishedAt ?? undefined,
    publisher: publisher ? agent(publisher) : undefined,
  });
}

/** Earliest published first; undated documents last; ties by id, so the output is stable. */
function byPublication(a: ClaimReviewSource['appearances'][number], b: ClaimReviewSource['appearances'][number]): number {
  const [x, y] = [a.document.publishedAt, b.document.publishedAt];
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0;
}

export function claimReviewJsonLd(source: ClaimReviewSource): ClaimReviewJsonLd[] {
  const appearances = [...source.appearances].sort(byPublication);
  const first = appearances[0]?.document.publishedAt ? appearances[0] : undefined;
  const itemReviewed = compact<JsonLdClaim>({
    '@type': 'Claim',
    author: source.originSpeakers.map(agent),
    appearance: appearances.map(creativeWork),
    firstAppearance: first ? creativeWork(first) : undefined,
    datePublished: source.firstStatedAt ?? undefined,
  });
  return source.reviews.map(({ review, reviewer }) =>
    compact<ClaimReviewJsonLd>({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: review.id,
      url: review.url ?? undefined,
      claimReviewed: source.claim.text,
      datePublished: review.reviewedAt ?? undefined,
      author: reviewer ? agent(reviewer) : undefined,
      reviewRating: compact<JsonLdRating>({
        '@type': 'Rating',
        alternateName: review.rating,
        ratingValue: review.ratingValue ?? undefined,
        bestRating: review.bestRating ?? undefined,
        worstRating: review.worstRating ?? undefined,
      }),
      reviewBody: review.summary ?? undefined,
      itemReviewed,
    }),
  );
}
