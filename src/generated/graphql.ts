import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { EntityRecord, AffiliationRecord, EntityConnectionRecord } from '../entity/entityRecord';
import { ClaimRecord, ClaimRelationRecord, ClaimConnectionRecord } from '../claim/claimRecord';
import { AttributionRecord, AttributionConnectionRecord } from '../attribution/attributionRecord';
import { DocumentRecord } from '../document/documentRecord';
import { SearchHitRecord } from '../search/searchRecord';
import { IngestResultRecord } from '../ingest/ingestRecord';
import { DuplicateCandidateRecord } from '../entity/duplicates/duplicateRecord';
import { EntityMergeRecord, UnmergeResultRecord } from '../entity/merge/mergeRecord';
import { ReviewRecord } from '../review/reviewRecord';
import { ClaimRelationChangeRecord } from '../claim/claimRelationChange';
import { ApiKeyRecord, CreatedApiKeyRecord } from '../auth/apiKeyRecord';
import { RevisionRecord, RevisionConnectionRecord } from '../audit/revisionRecord';
import { EntityGraphRecord, EntityGraphEdgeRecord } from '../dashboard/dashboardRecord';
import { DraftRecord, DraftBundleRecord, DraftConnectionRecord, AcceptDraftResultRecord, SuggestionRecord, ExtractedItemRecord } from '../draft/draftRecord';
import { RequestContext } from '../server/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A point in time, as an ISO-8601 / RFC 3339 string with a time zone (`2022-11-21T12:00:00Z`).
   * A bare date (`2022-11-21`) is accepted on input and read as midnight UTC. Output is always UTC.
   */
  DateTime: { input: string; output: string; }
};

export type AcceptDraftResult = {
  __typename?: 'AcceptDraftResult';
  /** The draft, now ACCEPTED. */
  draft: Draft;
  /** What the ingest wrote, as `ingestDocument` reports it. */
  ingest: IngestResult;
};

/**
 * What happened in one time bucket of `Entity.activity`. The time of a statement is its `statedAt`, or
 * else its document's `publishedAt`; undated statements are in no bucket.
 */
export type ActivityBucket = {
  __typename?: 'ActivityBucket';
  /** How many distinct claims about the entity were stated (by anyone) in the bucket. */
  claimsAbout: Scalars['Int']['output'];
  /** Start of the bucket (inclusive), in UTC; the bucket ends where the next bucket of its width begins. */
  start: Scalars['DateTime']['output'];
  /** How many statements (attributions) the entity made in the bucket. */
  statements: Scalars['Int']['output'];
};

/** A membership or role: `Foreign Minister` of Iran, `spokesperson` of the National Security Council. */
export type Affiliation = {
  __typename?: 'Affiliation';
  /** The organisation, country or group. */
  entity: Entity;
  role?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['DateTime']['output']>;
  until?: Maybe<Scalars['DateTime']['output']>;
};

export type AffiliationInput = {
  /** Entity id of the organisation, country or group. */
  entity: Scalars['ID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * An API key, without its secret: the server stores only a SHA-256 hash of it, so a lost secret
 * cannot be shown again (revoke the key and create another). Clients send the secret as
 * `Authorization: Bearer <secret>`.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** After this instant the key is refused; null: it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable id, `key_` and 16 hex digits: what `revokeApiKey` and the audit trail (`Revision.keyId`) name. */
  id: Scalars['ID']['output'];
  /** May run introspection queries (`__schema`, `__type`) when the server runs in production mode. */
  introspection: Scalars['Boolean']['output'];
  /** Who or what the key is for ("ingest script", "Jane Doe"); `Revision.keyName` records it. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it is not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  status: ApiKeyStatus;
};

/** Whether an API key authenticates requests now. */
export type ApiKeyStatus =
  | 'ACTIVE'
  /** Past its `expiresAt`. */
  | 'EXPIRED'
  /** Revoked with `revokeApiKey` or `npm run keys -- revoke`. */
  | 'REVOKED';

/**
 * One act of saying: this `speaker` stated this `claim`, as recorded in this `document`. An attribution
 * can relay another one (`via`), which is how "a source familiar with an assessment by country X" is
 * traced back to country X.
 */
export type Attribution = {
  __typename?: 'Attribution';
  /** A document the speaker relied on (an intelligence assessment, a report). */
  basis?: Maybe<Document>;
  /**
   * This attribution, then each `via` hop, ending at the origin of this one statement. Only `via` hops
   * are followed: an outlet reported as saying the claim ("The Post reported") ends the chain even when
   * the Post's own article is in the graph. `Claim.origins` goes further (the outlet relay rule) and
   * looks through such an outlet to what its own article attributes.
   */
  chain: Array<Attribution>;
  /** What was said. */
  claim: Claim;
  /** The reporting phrase as written: "said", "according to", "told reporters", "first reported". */
  cue?: Maybe<Scalars['String']['output']>;
  /** Where we read it. */
  document: Document;
  /** True when the text says this speaker reported the claim first. */
  firstReport: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  mode: AttributionMode;
  /** The speaker's verbatim words, for DIRECT_QUOTE only. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Who said it. */
  speaker: Entity;
  stance: Stance;
  /** When it was said, if the text says so; otherwise the document's `publishedAt` stands for it in ordering and filters. */
  statedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set when the attribution was machine-suggested (`acceptDraft`); null for attributions entered by hand. */
  suggestion?: Maybe<Suggestion>;
  /** The statement this one relays: one hop toward the origin. */
  via?: Maybe<Attribution>;
};

export type AttributionConnection = {
  __typename?: 'AttributionConnection';
  edges: Array<AttributionEdge>;
  pageInfo: PageInfo;
  /** Number of attributions over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AttributionEdge = {
  __typename?: 'AttributionEdge';
  cursor: Scalars['String']['output'];
  node: Attribution;
};

export type AttributionInput = {
  /** Document id the speaker relied on. */
  basis?: InputMaybe<Scalars['ID']['input']>;
  /** Claim id. */
  claim: Scalars['ID']['input'];
  cue?: InputMaybe<Scalars['String']['input']>;
  /** Document id; defaults to the bundle's document. */
  document?: InputMaybe<Scalars['ID']['input']>;
  firstReport?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  mode: AttributionMode;
  /** Verbatim words; only with mode DIRECT_QUOTE. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Entity id of the speaker. */
  speaker: Scalars['ID']['input'];
  stance: Stance;
  statedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Attribution id this one relays. */
  via?: InputMaybe<Scalars['ID']['input']>;
};

/** How the words reached the document. */
export type AttributionMode =
  /** The speaker's own words, in quotation marks; `quote` holds them verbatim. */
  | 'DIRECT_QUOTE'
  /** The speaker's statement in the writer's words ("X said that ..."). */
  | 'PARAPHRASE'
  /** The document reports that the speaker said or reported it, without the statement itself ("The Washington Post first reported"). */
  | 'REPORTED';

/**
 * One proposition in neutral words, independent of who said it ("Russia has received hundreds of
 * drones from Iran"). Who said it, where and how is in `attributions`.
 */
export type Claim = {
  __typename?: 'Claim';
  /** Entities the claim is about. */
  about: Array<Entity>;
  /** Every recorded act of saying this claim, newest statement first. */
  attributions: Array<Attribution>;
  /**
   * The speaker of an attribution marked `firstReport` ("The Washington Post first reported it"), else the
   * publisher of the earliest-published document recording the claim; `null` when neither is known.
   */
  firstReportedBy?: Maybe<Entity>;
  id: Scalars['ID']['output'];
  /**
   * How many independent sources stand behind the claim: the number of distinct speakers of `origins`
   * (over the `sameAsCluster`). Five outlets repeating one newspaper's "three senior officials" count 1.
   */
  independentOrigins: Scalars['Int']['output'];
  /**
   * Where the claim comes from, over its `sameAsCluster`, in id order without repeats. Start from the
   * end of each attribution's `chain` (a claim relayed by a source who read an intelligence assessment
   * ends at the assessment's author), then apply the **outlet relay rule**: an end whose speaker is an
   * outlet that published another document in the graph attributing this claim (or a SAME_AS claim) to
   * someone else only relays what that outlet's own article attributes, so it gives way to the chain
   * ends of that article's attributions. "The Washington Post first reported it" plus the Post's own
   * article citing three officials gives the officials, not the Post; a re-report of a re-report
   * ("A says B reported, B says C reported, C cites an official") resolves to the official.
   * An outlet stating the claim in its own document ("CNN and other outlets reported") speaks in its
   * own voice and stays an origin. When every end relays (outlets citing each other in a circle), the
   * ends themselves are the origins.
   */
  origins: Array<Attribution>;
  /**
   * Distinct publishers of the documents recording the attributions of this claim and of the claims in
   * its `sameAsCluster`, in name order: the outlets that carried it.
   */
  outlets: Array<Entity>;
  /** Claims this one supports, contradicts, narrows or restates, and claims that do so to it. */
  related: Array<ClaimRelation>;
  /** Fact-check verdicts on this claim, newest first (`reviewedAt`; undated reviews last). */
  reviews: Array<Review>;
  /**
   * This claim first, then every claim linked to it by `SAME_AS` in either direction, transitively
   * (the same proposition in other words), in id order. `origins`, `independentOrigins` and `outlets`
   * are computed over all of them.
   */
  sameAsCluster: Array<Claim>;
  /** Distinct speakers of the claim's attributions (the people, groups and outlets quoted as saying it). */
  speakers: Array<Entity>;
  /** Set when the claim was machine-suggested (`acceptDraft`); null for claims entered by hand. */
  suggestion?: Maybe<Suggestion>;
  /** The proposition, paraphrased neutrally. */
  text: Scalars['String']['output'];
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  /** Number of claims matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

/**
 * Narrows `claims`. All given fields must match. The attribution fields (`saidBy`, `documentId`, `mode`,
 * `stance`, `anonymousSpeaker`, `statedAfter`, `statedBefore`) must hold for one and the same attribution.
 * The time of an attribution is its `statedAt`, or else its document's `publishedAt`.
 */
export type ClaimFilter = {
  /** About any of these entities. */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** True: said by an anonymous source; false: said by a named one. */
  anonymousSpeaker?: InputMaybe<Scalars['Boolean']['input']>;
  /** Recorded in this document. */
  documentId?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<AttributionMode>;
  /** Said by any of these entities. */
  saidBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  stance?: InputMaybe<Stance>;
  /** Stated at or after this time. */
  statedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Stated before this time. */
  statedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Case-insensitive part of the claim text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ClaimInput = {
  /** Entity ids the claim is about. */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type ClaimRelation = {
  __typename?: 'ClaimRelation';
  /** The claim at the other end. */
  claim: Claim;
  direction: Direction;
  type: ClaimRelationType;
};

/**
 * What `relateClaims` or `unrelateClaims` did to the relation `from TYPE to`. Both mutations are
 * idempotent: repeating one returns `changed: false` and leaves the graph as it was.
 */
export type ClaimRelationChange = {
  __typename?: 'ClaimRelationChange';
  /** True when the call added (relateClaims) or removed (unrelateClaims) the relation; false when the graph already was that way. */
  changed: Scalars['Boolean']['output'];
  from: Claim;
  to: Claim;
  type: ClaimRelationType;
};

export type ClaimRelationInput = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: ClaimRelationType;
};

/** How two claims bear on each other, read as `from TYPE to`. */
export type ClaimRelationType =
  /** `from` and `to` cannot both be true. */
  | 'CONTRADICTS'
  /** `from` is a narrower or more limited version of `to` (a limited number of drones vs hundreds). */
  | 'NARROWS'
  /** `from` and `to` state the same proposition in other words. */
  | 'SAME_AS'
  /** `from` gives evidence for `to`. */
  | 'SUPPORTS';

export type CreateApiKeyInput = {
  /** Optional expiry; must be in the future. A bare date means midnight UTC. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Allow introspection in production mode (for schema tooling). Default false. */
  introspection?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who or what the key is for: 1 to 100 characters. */
  name: Scalars['String']['input'];
  role: Role;
};

/** A key just created: the only answer that ever contains its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /**
   * The key to send as `Authorization: Bearer <secret>`: `cgk_` and 43 characters (256 random bits).
   * Shown this once; store it now.
   */
  secret: Scalars['String']['output'];
};

/** Whether the relation points from the claim you asked about (OUTGOING) or to it (INCOMING). */
export type Direction =
  | 'INCOMING'
  | 'OUTGOING';

/** Where statements are recorded: an article, a live blog, a photo caption, an intelligence assessment... */
export type Document = {
  __typename?: 'Document';
  /** Every attribution recorded in this document, in statement order (newest first). */
  attributions: Array<Attribution>;
  authors: Array<Entity>;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** ISO 639-1 language code (`en`), when known. */
  language?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The outlet or body that published it. */
  publisher?: Maybe<Entity>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * One document and everything it records, written in one transaction: all of it, or (on any error)
 * nothing. Replaying the same bundle changes nothing. References (publisher, authors, affiliations,
 * about, claim, speaker, document, via, basis, relations, reviews) may point at ids in the bundle or already
 * in the graph.
 */
export type DocumentBundleInput = {
  attributions?: InputMaybe<Array<AttributionInput>>;
  claims?: InputMaybe<Array<ClaimInput>>;
  /** The document the bundle describes; attributions are recorded in it unless they say otherwise. */
  document: DocumentInput;
  /** Other documents the bundle refers to (an intelligence assessment, a photo caption). */
  documents?: InputMaybe<Array<DocumentInput>>;
  entities?: InputMaybe<Array<EntityInput>>;
  relations?: InputMaybe<Array<ClaimRelationInput>>;
  /** Fact-check verdicts on claims of this bundle or of the graph (see `ReviewInput`). */
  reviews?: InputMaybe<Array<ReviewInput>>;
};

export type DocumentInput = {
  /** Entity ids of the authors. */
  authors?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  kind: DocumentKind;
  language?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entity id of the publisher. */
  publisher?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentKind =
  | 'INTELLIGENCE_ASSESSMENT'
  | 'LIVE_BLOG'
  | 'NEWS_ARTICLE'
  | 'OFFICIAL_STATEMENT'
  | 'OTHER'
  | 'PHOTO_CAPTION'
  | 'PRESS_CONFERENCE'
  | 'REPORT'
  | 'SOCIAL_MEDIA_POST';

/** One saved extraction in the review queue. */
export type Draft = {
  __typename?: 'Draft';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the API key that accepted it. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** What the extractor proposed when the draft was saved (edits given to `acceptDraft` are not applied here). */
  bundle: DraftBundle;
  createdAt: Scalars['DateTime']['output'];
  /** Name of the API key that saved the draft. */
  createdBy: Scalars['String']['output'];
  /** The document the accepted draft was ingested as. */
  document?: Maybe<Document>;
  id: Scalars['ID']['output'];
  /** Why it was rejected, as the reviewer wrote it. */
  rejectReason?: Maybe<Scalars['String']['output']>;
  rejectedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the API key that rejected it. */
  rejectedBy?: Maybe<Scalars['String']['output']>;
  status: DraftStatus;
  /** The submitted text, as it was sent (the spans' offsets point into it). */
  text: Scalars['String']['output'];
};

/** A proposed attribution, in the ingest's terms (mode DIRECT_QUOTE / PARAPHRASE / REPORTED). */
export type DraftAttribution = {
  __typename?: 'DraftAttribution';
  /** Claim id (of the draft). */
  claim: Scalars['ID']['output'];
  /** 0..1: the extractor's confidence. */
  confidence: Scalars['Float']['output'];
  /** The reporting phrase, verbatim. */
  cue?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mode: AttributionMode;
  /** The speaker's verbatim words, for DIRECT_QUOTE only. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Entity id of the speaker: an entity of the draft, or a graph entity the speaker was resolved to. */
  speaker: Scalars['ID']['output'];
  stance: Stance;
  /** Attribution id (of the draft) this one relays. */
  via?: Maybe<Scalars['ID']['output']>;
};

/** Changes to one attribution of the draft; fields left out stay as proposed. */
export type DraftAttributionEdit = {
  /** Attribution id of the draft. */
  id: Scalars['ID']['input'];
  mode?: InputMaybe<AttributionMode>;
  /** Entity id of the speaker: an entity of the draft or any entity of the graph. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  stance?: InputMaybe<Stance>;
};

/**
 * What the extractor proposes for one text: a bundle in the ingest format (`document`, `entities`,
 * `claims`, `attributions`, each claim and attribution with a `confidence`), plus the raw `items` it
 * read them from, with character offsets into the text.
 */
export type DraftBundle = {
  __typename?: 'DraftBundle';
  attributions: Array<DraftAttribution>;
  claims: Array<DraftClaim>;
  document: DraftDocument;
  entities: Array<DraftEntity>;
  items: Array<ExtractedAttribution>;
};

/** A proposed claim: the content of one or more attributions in neutral words. */
export type DraftClaim = {
  __typename?: 'DraftClaim';
  /** Entity ids the claim is about. */
  about: Array<Scalars['ID']['output']>;
  /** 0..1: the extractor's confidence. */
  confidence: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** A new text for a claim of the draft. */
export type DraftClaimEdit = {
  /** Claim id of the draft. */
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type DraftConnection = {
  __typename?: 'DraftConnection';
  edges: Array<DraftEdge>;
  pageInfo: PageInfo;
  /** Number of drafts (with the status asked for) over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The document of a draft, as it will be ingested (`acceptDraft` can change it). */
export type DraftDocument = {
  __typename?: 'DraftDocument';
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Entity id of the publisher (an entity of the draft or of the graph). */
  publisher?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

/** Changes to the draft's document; fields left out stay as proposed. */
export type DraftDocumentEdit = {
  /** The document id to ingest under (an existing document's id adds the draft to that document). */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<DocumentKind>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Where the text comes from. Every field is optional. A missing `id` is derived from the url, the title
 * or the text (`saveDraft`: `doc-<draft id>`, so two saved drafts never become one document; change it
 * when accepting); a missing `title` is the text's first line. `publisher` is the outlet's name,
 * resolved against the graph like a speaker (or a new ORGANIZATION entity of the draft).
 */
export type DraftDocumentInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type DraftEdge = {
  __typename?: 'DraftEdge';
  cursor: Scalars['String']['output'];
  node: Draft;
};

/**
 * A reviewer's corrections, applied to the draft's bundle before it is ingested. The draft itself
 * keeps what the extractor proposed.
 */
export type DraftEditsInput = {
  /** New speakers, modes or stances for attributions. */
  attributions?: InputMaybe<Array<DraftAttributionEdit>>;
  /** New texts for claims. */
  claims?: InputMaybe<Array<DraftClaimEdit>>;
  document?: InputMaybe<DraftDocumentEdit>;
  /**
   * Ids of claims, attributions or extracted items (`x1`, ...) to leave out. A claim left out takes its
   * attributions with it; an attribution left out takes its claim when no other attribution states it,
   * and attributions relaying it (`via`) keep standing on their own. Entities no remaining attribution,
   * claim or document refers to are left out too.
   */
  drop?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An entity the draft would create or match (ingest resolves it by name and alias like any bundle entity). */
export type DraftEntity = {
  __typename?: 'DraftEntity';
  aliases: Array<Scalars['String']['output']>;
  anonymous: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
};

/**
 * Drafts: claims and attributions the offline extractor (src/extract/) proposes from pasted article
 * text, for a person to review. `extractDraft` only shows what the extractor finds; `saveDraft` stores
 * it in the review queue (`drafts`); nothing becomes graph data until `acceptDraft` ingests it (with
 * the reviewer's edits), or the draft is put aside with `rejectDraft`. Accepted claims and attributions
 * keep a `suggestion` record: machine-suggested, with what confidence, accepted by whom and when.
 */
export type DraftStatus =
  /** Ingested into the graph by `acceptDraft`. */
  | 'ACCEPTED'
  /** Saved, waiting for review. */
  | 'PENDING'
  /** Put aside by `rejectDraft`; nothing of it was written to the graph. */
  | 'REJECTED';

/**
 * Two existing entities that may be one (a pair for a person to decide on: `mergeEntities` joins them).
 * Pairs of incompatible kinds (other than OTHER), with different Wikidata ids, or involving an anonymous
 * source are never proposed; merged entities no longer exist, so they are never proposed either.
 */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** The entity whose id sorts first. */
  a: Entity;
  /** The entity whose id sorts second. */
  b: Entity;
  /** The evidence, strongest name evidence first, then shared affiliations, then the kinds. */
  reasons: Array<DuplicateReason>;
  /**
   * How likely the two are one entity, from 0 to 1: name evidence (same normalised name 0.95,
   * transliteration 0.9, initials 0.7, small edit distance up to 0.85) combined with a shared affiliation
   * (same role 0.3, other role 0.1, a role unknown 0.15) as 1 - (1 - name) x (1 - affiliation), times 0.9
   * when one kind is OTHER. Rounded to three decimals.
   */
  score: Scalars['Float']['output'];
};

/** One piece of evidence that two entities are one. */
export type DuplicateReason = {
  __typename?: 'DuplicateReason';
  code: DuplicateReasonCode;
  /** The evidence in words, naming the names, organisation and roles compared. */
  detail: Scalars['String']['output'];
};

/**
 * Why two entities may be one. Name evidence (the first six codes) is required for a pair to be a
 * candidate; affiliation and kind only strengthen it or explain it.
 */
export type DuplicateReasonCode =
  /** Same surname, and the given names agree up to initials: V. Zelensky / Volodymyr Zelensky. */
  | 'GIVEN_NAME_INITIAL'
  /** One of them has kind OTHER, which may be any kind: a weaker candidate than one of the same kind. */
  | 'KIND_OTHER'
  /** Both have the same kind. */
  | 'SAME_KIND'
  /** The same name once case, accents and punctuation are ignored (two entities created under different ids). */
  | 'SAME_NAME'
  /** Both carry the same Wikidata id. */
  | 'SAME_WIKIDATA_ID'
  /** Both are affiliated with the same organisation; stronger with the same role. Never enough on its own. */
  | 'SHARED_AFFILIATION'
  /** The names differ by a few letters relative to their length (a typo or a spelling variant). */
  | 'SIMILAR_NAME'
  /**
   * Same surname, and given names that are transliterations of one name: Mykola / Nikolai / Nikolay /
   * Mikola, Oleksandr / Aleksandr / Alexander, Volodymyr / Vladimir, Serhiy / Sergei, Dmytro / Dmitry...
   */
  | 'TRANSLITERATED_GIVEN_NAME'
  /** The whole name is one name in different transliterations: Kyiv / Kiev, Zelensky / Zelenskyy, Kharkiv / Kharkov. */
  | 'TRANSLITERATED_NAME';

/**
 * A person, organisation, country, group, place, weapon system or event: a speaker of statements,
 * a publisher of documents, or something claims are about. Anonymous sources ("a source familiar with
 * the assessment", "US officials") are entities too, with `anonymous: true` and a `description` in the
 * words the text used.
 */
export type Entity = {
  __typename?: 'Entity';
  /**
   * Statements made by this entity and claims about it, per UTC day, ISO week (Monday) or month,
   * oldest bucket first. Only buckets with something in them are listed (fill the gaps with zeros when
   * drawing a continuous axis). `statedAfter` (inclusive) and `statedBefore` (exclusive) bound the
   * statement times; `statedBefore` must be later than `statedAfter`.
   */
  activity: Array<ActivityBucket>;
  /** Organisations, countries and groups this entity belongs to or speaks for, with the role. */
  affiliations: Array<Affiliation>;
  /** Other names and spellings (transliterations, abbreviations) that refer to this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** True for unnamed sources: the text describes the speaker but does not name them. */
  anonymous: Scalars['Boolean']['output'];
  /** Claims about this entity, newest statement first. */
  claimsAbout: ClaimConnection;
  /** For anonymous sources, how the text describes them; otherwise a short description, if any. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id. An id that was resolved or merged into this entity also finds it through `entity(id:)`. */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** What this entity said: its attributions, newest statement first. */
  statements: AttributionConnection;
  /** Wikidata item id (`Q794`), when known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/**
 * A person, organisation, country, group, place, weapon system or event: a speaker of statements,
 * a publisher of documents, or something claims are about. Anonymous sources ("a source familiar with
 * the assessment", "US officials") are entities too, with `anonymous: true` and a `description` in the
 * words the text used.
 */
export type EntityActivityArgs = {
  bucket?: InputMaybe<TimeBucket>;
  statedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  statedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * A person, organisation, country, group, place, weapon system or event: a speaker of statements,
 * a publisher of documents, or something claims are about. Anonymous sources ("a source familiar with
 * the assessment", "US officials") are entities too, with `anonymous: true` and a `description` in the
 * words the text used.
 */
export type EntityClaimsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A person, organisation, country, group, place, weapon system or event: a speaker of statements,
 * a publisher of documents, or something claims are about. Anonymous sources ("a source familiar with
 * the assessment", "US officials") are entities too, with `anonymous: true` and a `description` in the
 * words the text used.
 */
export type EntityStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  /** Number of entities matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity and a count, for top-N lists. */
export type EntityCount = {
  __typename?: 'EntityCount';
  /** Distinct claims, as the field that returned this says. */
  count: Scalars['Int']['output'];
  entity: Entity;
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/**
 * Narrows `entities`. All given fields must match. `name` is case-, accent-, hyphen- and
 * space-insensitive and matches a part of the name or of any alias ("amir abdollahian" finds
 * "Hossein Amirabdollahian").
 */
export type EntityFilter = {
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<EntityKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The neighbourhood of some entities as nodes and edges. `edges` hold every link between two of the
 * returned `nodes`, so the graph can be drawn as it is.
 */
export type EntityGraph = {
  __typename?: 'EntityGraph';
  /** Every link between two of the nodes, by type, then source, then target. */
  edges: Array<EntityGraphEdge>;
  /** The entities asked for, then their neighbours: heaviest first within each hop. */
  nodes: Array<EntityGraphNode>;
  /** True when `limit` left out entities that the expansion reached: ask with a higher limit to see them. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * A link between two entities of the graph. `id` is stable across requests
 * (`TYPE:source->target`, or `CO_MENTIONED:a--b`) so a client can diff two responses.
 */
export type EntityGraphEdge = {
  __typename?: 'EntityGraphEdge';
  /**
   * The claims behind the link, newest statement first (undated last): for `STATED_ABOUT` the claims
   * `source` stated about `target`, for `CO_MENTIONED` the claims about both, for `PUBLISHED` the claims
   * `source`'s documents attribute to `target`; always empty for `AFFILIATED_WITH`. `first` defaults to
   * 10, at most 100. All edges of a response are fetched in one database query.
   */
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  /** Id of the node the edge starts from. */
  source: Scalars['ID']['output'];
  /** Id of the node the edge points to. */
  target: Scalars['ID']['output'];
  type: EntityGraphEdgeType;
  /**
   * The number of distinct claims behind the link (in the date window when one is given); for
   * `AFFILIATED_WITH`, the number of roles linking the two.
   */
  weight: Scalars['Int']['output'];
};


/**
 * A link between two entities of the graph. `id` is stable across requests
 * (`TYPE:source->target`, or `CO_MENTIONED:a--b`) so a client can diff two responses.
 */
export type EntityGraphEdgeClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * How entities are linked in `entityGraph`. Every link but `AFFILIATED_WITH` stands on claims, listed
 * by the edge's `claims`.
 */
export type EntityGraphEdgeType =
  /** `source` belongs to or speaks for `target` (a minister and the country), whatever the role. Directed. */
  | 'AFFILIATED_WITH'
  /** `source` and `target` are both subjects of the same claims. Undirected: `source` has the smaller id. */
  | 'CO_MENTIONED'
  /** `source` is an outlet that published documents quoting `target` (the speaker of an attribution recorded in them). Directed. */
  | 'PUBLISHED'
  /** `source` stated claims about `target` (a speaker to the subjects of what it said). Directed. */
  | 'STATED_ABOUT';

/**
 * One entity in an `entityGraph`, shaped for graph libraries (Cytoscape.js `data`, Sigma/graphology
 * node attributes).
 */
export type EntityGraphNode = {
  __typename?: 'EntityGraphNode';
  /** True for unnamed sources ("US officials"): draw them differently. */
  anonymous: Scalars['Boolean']['output'];
  /** The entity id (the canonical id when a merged or resolved id was asked for). */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** The entity's name. */
  label: Scalars['String']['output'];
  /**
   * How much the entity figures in the claims: the number of distinct claims it stated or that are
   * about it (in the `statedAfter`/`statedBefore` window when one is given: claims it stated in the
   * window, and claims about it with a statement in the window). Size nodes by it.
   */
  weight: Scalars['Int']['output'];
};

/**
 * An entity. If its id is new but its name or an alias equals an existing entity's name or alias
 * (ignoring case, accents, punctuation, hyphens and spaces), or it has the same `wikidataId`, it is that
 * entity: the name joins the aliases, and the bundle's id resolves to the existing entity from then on.
 */
export type EntityInput = {
  affiliations?: InputMaybe<Array<AffiliationInput>>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: EntityKind;
  name: Scalars['String']['input'];
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of thing an entity is. */
export type EntityKind =
  | 'COUNTRY'
  | 'EVENT'
  | 'GROUP'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'OTHER'
  | 'PERSON'
  | 'WEAPON_SYSTEM';

/** A merge that stands: `mergedId` now answers with `keep`. `unmergeEntities(mergedId:)` undoes it. */
export type EntityMerge = {
  __typename?: 'EntityMerge';
  /** The entity the other one was merged into. */
  keep: Entity;
  mergedAt: Scalars['DateTime']['output'];
  /** The id of the entity merged away: `entity(id:)` and the `saidBy`/`about` filters answer with `keep` under it. */
  mergedId: Scalars['ID']['output'];
  /** The merged entity's name at the time of the merge (now one of keep's aliases). */
  mergedName: Scalars['String']['output'];
  /** Relationships (statements, claims about it, documents, affiliations, resolved ids...) that keep took over. */
  relationshipsMoved: Scalars['Int']['output'];
};

/** How an entity id of the bundle was resolved. */
export type EntityResolution =
  /** A new entity was created under this id. */
  | 'CREATED'
  /** The id was already known as a resolved or merged id. */
  | 'KNOWN_ALIAS_ID'
  /** The name or an alias equals an existing entity's name or alias, after normalisation. */
  | 'NAME'
  /** An entity with this id already existed. */
  | 'SAME_ID'
  /** The same Wikidata id. */
  | 'WIKIDATA';

/** One attribution as the extractor found it in the text, with the spans it read it from. */
export type ExtractedAttribution = {
  __typename?: 'ExtractedAttribution';
  /** True for an unnamed source ("officials", "a person familiar with the matter", "a spokesperson"). */
  anonymous: Scalars['Boolean']['output'];
  /** 0..1: how sure the extractor's rules are about this item. */
  confidence: Scalars['Float']['output'];
  /** What was said: the quotation without its quote marks, or the reported clause. */
  content: Span;
  /** The reporting verb or phrase as written ("said", "according to", "told reporters"). */
  cue?: Maybe<Span>;
  /** `x1`, `x2`, ... in the order the content starts in the text. */
  id: Scalars['ID']['output'];
  mode: ExtractedMode;
  /** The words naming the speaker as written (a name, a pronoun, a title, "officials"); null when none was found. */
  speaker?: Maybe<Span>;
  /** The speaker resolved: pronouns and titles to the last matching named speaker; a graph entity's name when it matched one. */
  speakerCanonical?: Maybe<Scalars['String']['output']>;
  /** The id of the graph entity the speaker matched by name or alias, if any. */
  speakerEntityId?: Maybe<Scalars['ID']['output']>;
  stance: Stance;
  /** The id of the item this one relays: in "the Post reported that officials said X", the Post's item relays the officials' item. */
  via?: Maybe<Scalars['ID']['output']>;
};

/** How the extractor read the words: a quotation, reported speech, or reported speech with quoted words in it. */
export type ExtractedMode =
  | 'DIRECT'
  | 'INDIRECT'
  | 'MIXED';

/** Size of the whole graph, for a dashboard's headline numbers. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /**
   * The share of attributions whose speaker is anonymous (`Entity.anonymous`), from 0 to 1: anonymous
   * attributions divided by all attributions; 0 when there are none. 0.25 means one statement in four
   * comes from an unnamed source.
   */
  anonymousShare: Scalars['Float']['output'];
  /** Attributions: acts of saying (one speaker stating one claim in one document). */
  attributions: Scalars['Int']['output'];
  claims: Scalars['Int']['output'];
  documents: Scalars['Int']['output'];
  /** Entities (people, organisations, countries, anonymous sources...). Merged ids are not counted twice. */
  entities: Scalars['Int']['output'];
};

/** How many items of one kind the ingest created, and how many were already in the graph. */
export type IngestCount = {
  __typename?: 'IngestCount';
  created: Scalars['Int']['output'];
  matched: Scalars['Int']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  attributions: IngestCount;
  claims: IngestCount;
  /** The bundle's main document, as stored. */
  document: Document;
  documents: IngestCount;
  entities: IngestCount;
  relations: IngestCount;
  /** Every entity id of the bundle and what it resolved to. */
  resolvedEntities: Array<ResolvedEntity>;
  reviews: IngestCount;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Applies `edits` to a PENDING draft's bundle and ingests it exactly as `ingestDocument` would (same
   * validation, entity resolution and idempotency), marking the draft ACCEPTED in the same transaction.
   * The claims and attributions it creates get a `suggestion`. A bad edit (an unknown id, an empty text,
   * a speaker that is nowhere, a `via` cycle) is BAD_USER_INPUT naming the edit's path, and nothing is
   * written: the draft stays PENDING. An accepted or rejected draft cannot be accepted.
   */
  acceptDraft: AcceptDraftResult;
  /**
   * Adds (or, for an existing id, replaces) one fact-check verdict, in one transaction. An unknown
   * claim or reviewer id, an empty or over-long `rating`, a `ratingValue` outside
   * `worstRating`..`bestRating` or a URL that is not http(s) fails with BAD_USER_INPUT naming the field
   * (`input.claim`, `input.ratingValue`...) and writes nothing.
   */
  addReview: Review;
  /**
   * Creates an API key and returns its secret, once. ADMIN only. An empty or over-long name, or an
   * `expiresAt` in the past, is BAD_USER_INPUT. The first admin key comes from the command line:
   * `npm run keys -- create --role admin --name NAME`.
   */
  createApiKey: CreatedApiKey;
  /**
   * Writes one document bundle atomically and idempotently. Invalid input (a reference to an unknown
   * id, a wrong enum, a quote on a non-quote, an empty text, a `via` cycle...) fails with BAD_USER_INPUT,
   * naming the field path and the id, and writes nothing.
   */
  ingestDocument: IngestResult;
  /**
   * Joins two entities that are one, in one transaction, and returns `keep` as it is now: every
   * relationship of `merge` (its statements, the claims about it, documents it published or wrote,
   * affiliations both ways, reviews, ids resolved to it) moves to `keep` (one `keep` already has is not
   * duplicated); `merge`'s name and aliases join keep's aliases (so name filters, search and entity
   * resolution at ingest find `keep` by them); keep takes merge's description, Wikidata id and kind
   * where it has none (kind OTHER); and the id `merge` stays valid: `entity(id:)`, `saidBy` and `about`
   * answer with `keep`. The merge is recorded (see `entityMerges`) so `unmergeEntities` can undo it
   * exactly.
   * BAD_USER_INPUT, writing nothing, for an unknown id, `keep` equal to `merge`, an id already merged or
   * resolved into another entity (the message names that entity), kinds that differ (unless one is
   * OTHER: "Georgia" the country is not "Georgia" a person), or different Wikidata ids.
   */
  mergeEntities: Entity;
  /** Marks a PENDING draft REJECTED, with the reviewer's key and reason (at most 1000 characters). Writes nothing else. */
  rejectDraft: Draft;
  /**
   * Records that claim `from` SUPPORTS, CONTRADICTS, NARROWS or is the SAME_AS claim `to` (read as
   * `from TYPE to`). Adding a relation that exists changes nothing; SAME_AS is symmetric, so it also
   * exists when `to SAME_AS from` does. An unknown claim id (the message names `from` or `to` and the
   * id) or a claim related to itself fails with BAD_USER_INPUT and writes nothing.
   * `Claim.related` lists the relation on both claims.
   */
  relateClaims: ClaimRelationChange;
  /**
   * Revokes a key: its next request is refused with UNAUTHENTICATED. ADMIN only. Revoking a revoked key
   * changes nothing (its `revokedAt` stays). An unknown id is BAD_USER_INPUT.
   */
  revokeApiKey: ApiKey;
  /**
   * Runs the extractor on `text` (at most 100000 characters) and stores the result as a PENDING draft,
   * with the text and the name of the API key. Writes no claim, attribution or entity. A text in which
   * the extractor finds no attribution is BAD_USER_INPUT: there would be nothing to review.
   */
  saveDraft: Draft;
  /**
   * Undoes `mergeEntities` for the id that was merged away, in one transaction: the entity comes back
   * with its id, properties and relationships; `keep` loses its names and relationships and gets back
   * its properties as they were (changes made to `keep` since, by ingest, are kept); the id stops
   * redirecting. Merges into one entity are undone newest first.
   * BAD_USER_INPUT, writing nothing, when the id was never merged (an entity of its own, an id resolved
   * at ingest, an unknown id), or when a later merge depends on this one (another entity merged into
   * the same `keep` since, or `keep` itself merged away since): the message says which to undo first.
   */
  unmergeEntities: UnmergeResult;
  /**
   * Removes the relation `from TYPE to` (for SAME_AS, in either direction). Removing a relation that
   * does not exist changes nothing. Unknown claim ids and a claim related to itself fail as in `relateClaims`.
   */
  unrelateClaims: ClaimRelationChange;
};


export type MutationAcceptDraftArgs = {
  edits?: InputMaybe<DraftEditsInput>;
  id: Scalars['ID']['input'];
};


export type MutationAddReviewArgs = {
  input: ReviewInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationIngestDocumentArgs = {
  input: DocumentBundleInput;
};


export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


export type MutationRejectDraftArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRelateClaimsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: ClaimRelationType;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveDraftArgs = {
  document?: InputMaybe<DraftDocumentInput>;
  text: Scalars['String']['input'];
};


export type MutationUnmergeEntitiesArgs = {
  mergedId: Scalars['ID']['input'];
};


export type MutationUnrelateClaimsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: ClaimRelationType;
};

/** Where to continue a paginated list: pass `endCursor` as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last item on this page; `null` when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every API key, newest first, without secrets. ADMIN only (FORBIDDEN otherwise). */
  apiKeys: Array<ApiKey>;
  claim?: Maybe<Claim>;
  /**
   * Claims, newest statement first (the newest matching attribution decides; claims never stated come last).
   * `first` defaults to 20, at most 100.
   * Paging is stable while data is added: the first page fixes a moment, its cursors carry it, and every
   * later page is read as of that moment, so claims and attributions recorded meanwhile never make a claim
   * appear twice or be skipped, and `totalCount` stays the same. Ask again without `after` to see them.
   */
  claims: ClaimConnection;
  document?: Maybe<Document>;
  /** One draft; null when there is none with this id. */
  draft?: Maybe<Draft>;
  /** The review queue, newest first; `status` narrows it. `first` defaults to 20, at most 100. */
  drafts: DraftConnection;
  /**
   * Pairs of existing entities that may be one (transliterations such as Mykola / Nikolai Kovalenko,
   * spelling variants, initials), best first, for a person to confirm with `mergeEntities`. Ties are in
   * id order, so the same graph always gives the same list. Pairs are found by blocking keys in the
   * database (surname, given name and surname prefix, the start of a one-word name, Wikidata id,
   * affiliation; a key shared by more than 50 entities is skipped as uninformative), never by comparing
   * every pair. Anonymous sources are left out.
   * `first` defaults to 20, at most 100. `kind` keeps pairs with an entity of that kind (the other of
   * the same kind or OTHER). `minScore` (0 to 1) drops weaker pairs. `ids` keeps pairs involving one of
   * these entities ("possible duplicates of this person"); merged or resolved ids stand for their entity.
   */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** Entities in name order. `first` defaults to 20, at most 100. */
  entities: EntityConnection;
  /** One entity by id. An id that was resolved or merged into another entity returns that entity. */
  entity?: Maybe<Entity>;
  /**
   * The neighbourhood of the entities `ids` (1 to 50; merged or resolved ids find their entity), for graph
   * views. From the given entities the graph grows `depth` hops (1 to 3) along any link type, and keeps
   * at most `limit` entities (1 to 1000; the given entities are always kept): at each hop the heaviest
   * new entities (`EntityGraphNode.weight`) are kept until `limit` is reached, so the expansion never
   * walks the whole graph, and `truncated` says whether something was left out. `statedAfter`
   * (inclusive) and `statedBefore` (exclusive) restrict the claim-based links, and the weights, to
   * statements of that period (statement time: `statedAt`, else the document's `publishedAt`);
   * affiliations are kept whatever the dates. An unknown id is BAD_USER_INPUT.
   */
  entityGraph: EntityGraph;
  /** Merges that stand, newest first; with `keep`, only those into that entity. `first` defaults to 20, at most 100. */
  entityMerges: Array<EntityMerge>;
  /**
   * Runs the extractor on `text` and returns the draft it proposes, writing nothing. A query, not a
   * mutation, because it changes nothing: send it by POST (texts are long). `text` may hold at most
   * 100000 characters. Speakers are resolved against the graph's entity names and aliases, so a known
   * speaker comes back with its entity id.
   */
  extractDraft: DraftBundle;
  /** Liveness of the API itself (the database is not consulted). `/ready` reports the database. */
  health: Scalars['String']['output'];
  /**
   * The audit trail of a node: every committed mutation that touched the id (an entity, document,
   * claim, attribution, review or API key id), newest first. `first` defaults to 20, at most 100; pass
   * `pageInfo.endCursor` as `after` for the next page. An id nothing touched has an empty trail.
   */
  revisions: RevisionConnection;
  /**
   * Full-text search over claim texts, direct quotes and entity names and aliases, best first.
   * `text` is taken as plain words (no query syntax): a hit contains at least one of them, hits with more
   * of them rank higher. `filter` narrows the results inside the database, so a page is full whenever
   * enough hits match. `first` defaults to 20, at most 100.
   */
  search: Array<SearchHit>;
  /** Headline numbers of the whole graph. */
  stats: GraphStats;
  /**
   * The entities the most distinct claims are about (claims stated by `saidBy`, when given), most first,
   * then by name. `count` is that number of claims. `first` defaults to 10, at most 100.
   */
  topEntities: Array<EntityCount>;
  /**
   * The speakers who stated the most distinct claims (about the entity `about`, when given), most first,
   * then by name. `count` is that number of claims. `first` defaults to 10, at most 100.
   */
  topSpeakers: Array<EntityCount>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDraftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDraftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DraftStatus>;
};


export type QueryDuplicateCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<EntityKind>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntityGraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  statedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  statedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryEntityMergesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  keep?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExtractDraftArgs = {
  document?: InputMaybe<DraftDocumentInput>;
  text: Scalars['String']['input'];
};


export type QueryRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  nodeId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryTopEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  saidBy?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTopSpeakersArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ResolvedEntity = {
  __typename?: 'ResolvedEntity';
  /** The id used in the bundle. */
  bundleId: Scalars['ID']['output'];
  resolution: EntityResolution;
  /** The id of the entity it now stands for. */
  resolvedId: Scalars['ID']['output'];
};

/**
 * A fact-check verdict on a claim, compatible with schema.org's ClaimReview: who reviewed it
 * (`reviewer`), the verdict as text (`rating`, "False", "Mostly true", "Unproven"), optionally on a
 * numeric scale (`ratingValue` between `worstRating` and `bestRating`), when, and where the fact check
 * is published (`url`). `GET /claims/{id}/claimreview.jsonld` exports a claim's reviews as ClaimReview JSON-LD.
 */
export type Review = {
  __typename?: 'Review';
  /** The best (most true) value of the numeric scale. */
  bestRating?: Maybe<Scalars['Float']['output']>;
  /** The claim this verdict is about. */
  claim: Claim;
  id: Scalars['ID']['output'];
  /** The verdict as a reader sees it: "False", "Mostly true", "Misleading", "Unproven". */
  rating: Scalars['String']['output'];
  /** The verdict on the reviewer's numeric scale, when it has one (between `worstRating` and `bestRating`). */
  ratingValue?: Maybe<Scalars['Float']['output']>;
  /** When the verdict was published. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The fact-checking organisation or person that gave the verdict. */
  reviewer: Entity;
  /** A short explanation of the verdict. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The published fact check (http or https). */
  url?: Maybe<Scalars['String']['output']>;
  /** The worst (most false) value of the numeric scale. */
  worstRating?: Maybe<Scalars['Float']['output']>;
};

/**
 * A fact-check verdict, in `addReview` and in a bundle's `reviews`. `claim` must name a claim and
 * `reviewer` an entity, in the bundle or already in the graph (an entity id that was resolved or merged
 * into another entity stands for that entity). Numbers are optional; when `ratingValue` is given with
 * `worstRating` and/or `bestRating` it must lie between them, and `bestRating` must be greater than
 * `worstRating`. Writing a review with an id that exists replaces that review (its verdict, claim and
 * reviewer); writing the same review again changes nothing.
 */
export type ReviewInput = {
  bestRating?: InputMaybe<Scalars['Float']['input']>;
  /** Claim id. */
  claim: Scalars['ID']['input'];
  /** Stable id of the review: letters, digits, `.`, `_`, `:`, `-`; at most 200 characters. */
  id: Scalars['ID']['input'];
  /** The verdict as text, at most 100 characters: "False", "Mostly true". */
  rating: Scalars['String']['input'];
  ratingValue?: InputMaybe<Scalars['Float']['input']>;
  reviewedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entity id of the fact-checking organisation or person. */
  reviewer: Scalars['ID']['input'];
  /** A short explanation of the verdict, at most 5000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** URL of the published fact check (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
  worstRating?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * One committed mutation, as the audit trail records it: who (the API key's id and name, or the
 * local process for command-line writes), what (the operation and a SHA-256 of its input), when, and
 * the ids of the nodes it wrote. Written in the same transaction as the change itself, so a mutation
 * that fails (bad input) leaves none. Revisions are append-only: no part of the API changes or deletes
 * one. Every committed mutation writes one, also a replay that found the graph already as asked (its
 * `inputHash` equals the earlier one's).
 */
export type Revision = {
  __typename?: 'Revision';
  /** When the mutation ran (the time it also wrote into the nodes' `updatedAt`). */
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /**
   * SHA-256 (hex) of the input as canonical JSON (object keys sorted, at every level): equal hashes
   * mean the same input, which shows replays without storing the input.
   */
  inputHash: Scalars['String']['output'];
  /** The API key that made the change; null for the command line and the start-up seed load. */
  keyId?: Maybe<Scalars['ID']['output']>;
  /**
   * The key's name at the time, or the local process: `cli:ingest` (`npm run ingest`), `cli:keys`
   * (`npm run keys`), `startup:seed` (the example dataset loaded by `npm start`).
   */
  keyName: Scalars['String']['output'];
  /** The mutation: ingestDocument, relateClaims, unrelateClaims, addReview, mergeEntities, unmergeEntities, createApiKey, revokeApiKey, saveDraft, acceptDraft, rejectDraft. */
  operation: Scalars['String']['output'];
  /**
   * Ids of the nodes the mutation wrote, sorted. ingestDocument: the bundle's documents, entities (as
   * written and as resolved), claims, attributions and reviews, the claims its relations link and the
   * claims its reviews judge; relateClaims / unrelateClaims: both claims; addReview: the review and its
   * claim; mergeEntities / unmergeEntities: both entities; createApiKey / revokeApiKey: the key;
   * saveDraft / rejectDraft: the draft; acceptDraft: the draft and what its ingest wrote.
   */
  touched: Array<Scalars['ID']['output']>;
};

export type RevisionConnection = {
  __typename?: 'RevisionConnection';
  edges: Array<RevisionEdge>;
  pageInfo: PageInfo;
  /** How many revisions touched the node, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RevisionEdge = {
  __typename?: 'RevisionEdge';
  cursor: Scalars['String']['output'];
  node: Revision;
};

/**
 * What an API key may do. Each role includes the ones before it.
 * Reads need no key unless the server runs with `READ_REQUIRES_KEY=true`.
 */
export type Role =
  /** Everything, including key management: apiKeys, createApiKey, revokeApiKey. */
  | 'ADMIN'
  /** Reads, and every mutation that changes the graph: ingestDocument, relateClaims, unrelateClaims, addReview, mergeEntities, unmergeEntities. */
  | 'EDITOR'
  /** Reads (needed only when the server requires a key for reads). */
  | 'READER';

/**
 * Narrows `search`. All given fields must match; an empty or omitted list does not restrict.
 * `saidBy`, `about`, `statedAfter` and `statedBefore` describe statements:
 * - a CLAIM hit matches when one and the same attribution of the claim satisfies `saidBy` and the dates
 *   (as in `claims`), and the claim is about one of the `about` entities;
 * - an ATTRIBUTION hit matches when its own speaker, its claim's entities and its own time do;
 * - an ENTITY hit matches `saidBy` and `about` when the entity itself is one of the listed entities (so
 *   picking a speaker or subject narrows every kind of result to that entity), and never matches a date
 *   filter: an entity is not a statement and has no time.
 * Entity ids go through merges and ingest-time resolution, as in `entity(id:)`.
 * The time of an attribution is its `statedAt`, or else its document's `publishedAt`.
 */
export type SearchFilter = {
  /** About any of these entities. */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds of result. */
  kinds?: InputMaybe<Array<SearchResultKind>>;
  /** Said by any of these entities. */
  saidBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Stated at or after this time. */
  statedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Stated before this time. */
  statedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** Which text matched: the claim's text, the quote, the entity's name or one of its aliases. */
  matchedField: SearchMatchedField;
  node: SearchResult;
  /** Relevance from the full-text index; higher is better. Comparable within one search only. */
  score: Scalars['Float']['output'];
  /**
   * The matched text with each searched word wrapped in `<mark>` and `</mark>`. The snippet is safe to
   * insert into an HTML page as element content: the text's own `&`, `<` and `>` are escaped as `&amp;`,
   * `&lt;` and `&gt;`, so the marks are the only tags. Words match as the full-text index matches them:
   * whole words, ignoring case (and accents, for the marks). A text longer than about 200 characters is cut
   * to a window around the first match, at word boundaries, with `…` where text was left out; line breaks
   * become spaces. Example: `Russia has obtained hundreds of <mark>drones</mark> from Iran.`
   */
  snippet: Scalars['String']['output'];
};

/** The text of a hit that the searched words were found in; `snippet` shows that text. */
export type SearchMatchedField =
  /** The claim's text. */
  | 'CLAIM_TEXT'
  /** One of the entity's aliases (the name did not contain the words). */
  | 'ENTITY_ALIAS'
  /** The entity's name. */
  | 'ENTITY_NAME'
  /** The attribution's `quote`. */
  | 'QUOTE';

/** A search result: a claim (by its text), an attribution (by its quote) or an entity (by name or alias). */
export type SearchResult = Attribution | Claim | Entity;

/** The kinds of node `search` finds. */
export type SearchResultKind =
  /** An attribution (one act of saying), found by the verbatim words of its direct quote. */
  | 'ATTRIBUTION'
  /** A claim, found by its text. */
  | 'CLAIM'
  /** An entity, found by its name or one of its aliases. */
  | 'ENTITY';

/**
 * A stretch of the submitted text: `text` is exactly the characters from `start` (inclusive) to `end`
 * (exclusive), counted in UTF-16 code units as JavaScript strings count them, so
 * `text.slice(start, end) == span.text` and a UI can highlight it.
 */
export type Span = {
  __typename?: 'Span';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** The speaker's position toward the claim. */
export type Stance =
  /** Concedes it, often against interest ("Iran acknowledged ..."). */
  | 'ACKNOWLEDGES'
  | 'ASSERTS'
  | 'DENIES'
  | 'QUESTIONS';

/**
 * Where an accepted claim or attribution came from: proposed by the extractor in a draft and accepted
 * by a reviewer. Null on data entered by hand.
 */
export type Suggestion = {
  __typename?: 'Suggestion';
  acceptedAt: Scalars['DateTime']['output'];
  /** Name of the API key that accepted the draft. */
  acceptedBy: Scalars['String']['output'];
  /** The extractor's confidence (0..1) when it proposed it. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The draft it was accepted from. */
  draftId: Scalars['ID']['output'];
  /** What proposed it: `extractor`. */
  suggestedBy: Scalars['String']['output'];
};

/** The width of an activity bucket. All buckets are in UTC. */
export type TimeBucket =
  /** A UTC calendar day, starting at 00:00Z. */
  | 'DAY'
  /** A calendar month, starting on the 1st at 00:00Z. */
  | 'MONTH'
  /** An ISO week, starting on Monday 00:00Z. */
  | 'WEEK';

/** What unmergeEntities gave back. */
export type UnmergeResult = {
  __typename?: 'UnmergeResult';
  /** The entity it had been merged into, without the restored entity's names and relationships. */
  keep: Entity;
  /**
   * Relationships the merge had moved that were not given back because they changed since (a statement
   * re-ingested with another speaker, say): the graph no longer says them of `keep` either.
   */
  relationshipsNotRestored: Scalars['Int']['output'];
  /** Relationships given back to the restored entity. */
  relationshipsRestored: Scalars['Int']['output'];
  /** The entity that had been merged away, again under its own id, with its properties and relationships. */
  restored: Entity;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SearchResult:
    | ( AttributionRecord )
    | ( ClaimRecord )
    | ( EntityRecord )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptDraftResult: ResolverTypeWrapper<AcceptDraftResultRecord>;
  ActivityBucket: ResolverTypeWrapper<ActivityBucket>;
  Affiliation: ResolverTypeWrapper<AffiliationRecord>;
  AffiliationInput: AffiliationInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  ApiKeyStatus: ApiKeyStatus;
  Attribution: ResolverTypeWrapper<AttributionRecord>;
  AttributionConnection: ResolverTypeWrapper<AttributionConnectionRecord>;
  AttributionEdge: ResolverTypeWrapper<Omit<AttributionEdge, 'node'> & { node: ResolversTypes['Attribution'] }>;
  AttributionInput: AttributionInput;
  AttributionMode: AttributionMode;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionRecord>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimRelation: ResolverTypeWrapper<ClaimRelationRecord>;
  ClaimRelationChange: ResolverTypeWrapper<ClaimRelationChangeRecord>;
  ClaimRelationInput: ClaimRelationInput;
  ClaimRelationType: ClaimRelationType;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKeyRecord>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentBundleInput: DocumentBundleInput;
  DocumentInput: DocumentInput;
  DocumentKind: DocumentKind;
  Draft: ResolverTypeWrapper<DraftRecord>;
  DraftAttribution: ResolverTypeWrapper<DraftAttribution>;
  DraftAttributionEdit: DraftAttributionEdit;
  DraftBundle: ResolverTypeWrapper<DraftBundleRecord>;
  DraftClaim: ResolverTypeWrapper<DraftClaim>;
  DraftClaimEdit: DraftClaimEdit;
  DraftConnection: ResolverTypeWrapper<DraftConnectionRecord>;
  DraftDocument: ResolverTypeWrapper<DraftDocument>;
  DraftDocumentEdit: DraftDocumentEdit;
  DraftDocumentInput: DraftDocumentInput;
  DraftEdge: ResolverTypeWrapper<Omit<DraftEdge, 'node'> & { node: ResolversTypes['Draft'] }>;
  DraftEditsInput: DraftEditsInput;
  DraftEntity: ResolverTypeWrapper<DraftEntity>;
  DraftStatus: DraftStatus;
  DuplicateCandidate: ResolverTypeWrapper<DuplicateCandidateRecord>;
  DuplicateReason: ResolverTypeWrapper<DuplicateReason>;
  DuplicateReasonCode: DuplicateReasonCode;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionRecord>;
  EntityCount: ResolverTypeWrapper<Omit<EntityCount, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityGraph: ResolverTypeWrapper<EntityGraphRecord>;
  EntityGraphEdge: ResolverTypeWrapper<EntityGraphEdgeRecord>;
  EntityGraphEdgeType: EntityGraphEdgeType;
  EntityGraphNode: ResolverTypeWrapper<EntityGraphNode>;
  EntityInput: EntityInput;
  EntityKind: EntityKind;
  EntityMerge: ResolverTypeWrapper<EntityMergeRecord>;
  EntityResolution: EntityResolution;
  ExtractedAttribution: ResolverTypeWrapper<ExtractedItemRecord>;
  ExtractedMode: ExtractedMode;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestCount: ResolverTypeWrapper<IngestCount>;
  IngestResult: ResolverTypeWrapper<IngestResultRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResolvedEntity: ResolverTypeWrapper<ResolvedEntity>;
  Review: ResolverTypeWrapper<ReviewRecord>;
  ReviewInput: ReviewInput;
  Revision: ResolverTypeWrapper<RevisionRecord>;
  RevisionConnection: ResolverTypeWrapper<RevisionConnectionRecord>;
  RevisionEdge: ResolverTypeWrapper<Omit<RevisionEdge, 'node'> & { node: ResolversTypes['Revision'] }>;
  Role: Role;
  SearchFilter: SearchFilter;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SearchMatchedField: SearchMatchedField;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchResultKind: SearchResultKind;
  Span: ResolverTypeWrapper<Span>;
  Stance: Stance;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Suggestion: ResolverTypeWrapper<SuggestionRecord>;
  TimeBucket: TimeBucket;
  UnmergeResult: ResolverTypeWrapper<UnmergeResultRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptDraftResult: AcceptDraftResultRecord;
  ActivityBucket: ActivityBucket;
  Affiliation: AffiliationRecord;
  AffiliationInput: AffiliationInput;
  ApiKey: ApiKeyRecord;
  Attribution: AttributionRecord;
  AttributionConnection: AttributionConnectionRecord;
  AttributionEdge: Omit<AttributionEdge, 'node'> & { node: ResolversParentTypes['Attribution'] };
  AttributionInput: AttributionInput;
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRecord;
  ClaimConnection: ClaimConnectionRecord;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimRelation: ClaimRelationRecord;
  ClaimRelationChange: ClaimRelationChangeRecord;
  ClaimRelationInput: ClaimRelationInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatedApiKey: CreatedApiKeyRecord;
  DateTime: Scalars['DateTime']['output'];
  Document: DocumentRecord;
  DocumentBundleInput: DocumentBundleInput;
  DocumentInput: DocumentInput;
  Draft: DraftRecord;
  DraftAttribution: DraftAttribution;
  DraftAttributionEdit: DraftAttributionEdit;
  DraftBundle: DraftBundleRecord;
  DraftClaim: DraftClaim;
  DraftClaimEdit: DraftClaimEdit;
  DraftConnection: DraftConnectionRecord;
  DraftDocument: DraftDocument;
  DraftDocumentEdit: DraftDocumentEdit;
  DraftDocumentInput: DraftDocumentInput;
  DraftEdge: Omit<DraftEdge, 'node'> & { node: ResolversParentTypes['Draft'] };
  DraftEditsInput: DraftEditsInput;
  DraftEntity: DraftEntity;
  DuplicateCandidate: DuplicateCandidateRecord;
  DuplicateReason: DuplicateReason;
  Entity: EntityRecord;
  EntityConnection: EntityConnectionRecord;
  EntityCount: Omit<EntityCount, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityGraph: EntityGraphRecord;
  EntityGraphEdge: EntityGraphEdgeRecord;
  EntityGraphNode: EntityGraphNode;
  EntityInput: EntityInput;
  EntityMerge: EntityMergeRecord;
  ExtractedAttribution: ExtractedItemRecord;
  Float: Scalars['Float']['output'];
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  IngestCount: IngestCount;
  IngestResult: IngestResultRecord;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ResolvedEntity: ResolvedEntity;
  Review: ReviewRecord;
  ReviewInput: ReviewInput;
  Revision: RevisionRecord;
  RevisionConnection: RevisionConnectionRecord;
  RevisionEdge: Omit<RevisionEdge, 'node'> & { node: ResolversParentTypes['Revision'] };
  SearchFilter: SearchFilter;
  SearchHit: SearchHitRecord;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Span: Span;
  String: Scalars['String']['output'];
  Suggestion: SuggestionRecord;
  UnmergeResult: UnmergeResultRecord;
}>;

export type AcceptDraftResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AcceptDraftResult'] = ResolversParentTypes['AcceptDraftResult']> = ResolversObject<{
  draft?: Resolver<ResolversTypes['Draft'], ParentType, ContextType>;
  ingest?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType>;
}>;

export type ActivityBucketResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityBucket'] = ResolversParentTypes['ActivityBucket']> = ResolversObject<{
  claimsAbout?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AffiliationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Affiliation'] = ResolversParentTypes['Affiliation']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  introspection?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
}>;

export type AttributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attribution'] = ResolversParentTypes['Attribution']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  firstReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AttributionMode'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  statedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['Suggestion']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Attribution']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AttributionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttributionConnection'] = ResolversParentTypes['AttributionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AttributionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AttributionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttributionEdge'] = ResolversParentTypes['AttributionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  firstReportedBy?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  independentOrigins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  sameAsCluster?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['Suggestion']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClaimEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
}>;

export type ClaimRelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimRelation'] = ResolversParentTypes['ClaimRelation']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ClaimRelationType'], ParentType, ContextType>;
}>;

export type ClaimRelationChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClaimRelationChange'] = ResolversParentTypes['ClaimRelationChange']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ClaimRelationType'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = ResolversObject<{
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DraftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = ResolversObject<{
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acceptedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bundle?: Resolver<ResolversTypes['DraftBundle'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rejectReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DraftStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DraftAttributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftAttribution'] = ResolversParentTypes['DraftAttribution']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AttributionMode'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type DraftBundleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftBundle'] = ResolversParentTypes['DraftBundle']> = ResolversObject<{
  attributions?: Resolver<Array<ResolversTypes['DraftAttribution']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['DraftClaim']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['DraftDocument'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['DraftEntity']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ExtractedAttribution']>, ParentType, ContextType>;
}>;

export type DraftClaimResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftClaim'] = ResolversParentTypes['DraftClaim']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DraftConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftConnection'] = ResolversParentTypes['DraftConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DraftEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DraftDocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftDocument'] = ResolversParentTypes['DraftDocument']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DraftEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftEdge'] = ResolversParentTypes['DraftEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Draft'], ParentType, ContextType>;
}>;

export type DraftEntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DraftEntity'] = ResolversParentTypes['DraftEntity']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DuplicateReasonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DuplicateReason'] = ResolversParentTypes['DuplicateReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['DuplicateReasonCode'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  activity?: Resolver<Array<ResolversTypes['ActivityBucket']>, ParentType, ContextType, RequireFields<EntityActivityArgs, 'bucket'>>;
  affiliations?: Resolver<Array<ResolversTypes['Affiliation']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimsAbout?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<EntityClaimsAboutArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['AttributionConnection'], ParentType, ContextType, RequireFields<EntityStatementsArgs, 'first'>>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityCount'] = ResolversParentTypes['EntityCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EntityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EntityGraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityGraph'] = ResolversParentTypes['EntityGraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntityGraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EntityGraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type EntityGraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityGraphEdge'] = ResolversParentTypes['EntityGraphEdge']> = ResolversObject<{
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<EntityGraphEdgeClaimsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityGraphEdgeType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityGraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityGraphNode'] = ResolversParentTypes['EntityGraphNode']> = ResolversObject<{
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityMergeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityMerge'] = ResolversParentTypes['EntityMerge']> = ResolversObject<{
  keep?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationshipsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExtractedAttributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExtractedAttribution'] = ResolversParentTypes['ExtractedAttribution']> = ResolversObject<{
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ExtractedMode'], ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
  speakerCanonical?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakerEntityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type GraphStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = ResolversObject<{
  anonymousShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  attributions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IngestCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IngestCount'] = ResolversParentTypes['IngestCount']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  attributions?: Resolver<ResolversTypes['IngestCount'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['IngestCount'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['IngestCount'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['IngestCount'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['IngestCount'], ParentType, ContextType>;
  resolvedEntities?: Resolver<Array<ResolversTypes['ResolvedEntity']>, ParentType, ContextType>;
  reviews?: Resolver<ResolversTypes['IngestCount'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptDraft?: Resolver<ResolversTypes['AcceptDraftResult'], ParentType, ContextType, RequireFields<MutationAcceptDraftArgs, 'id'>>;
  addReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationAddReviewArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  rejectDraft?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<MutationRejectDraftArgs, 'id'>>;
  relateClaims?: Resolver<ResolversTypes['ClaimRelationChange'], ParentType, ContextType, RequireFields<MutationRelateClaimsArgs, 'from' | 'to' | 'type'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  saveDraft?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<MutationSaveDraftArgs, 'text'>>;
  unmergeEntities?: Resolver<ResolversTypes['UnmergeResult'], ParentType, ContextType, RequireFields<MutationUnmergeEntitiesArgs, 'mergedId'>>;
  unrelateClaims?: Resolver<ResolversTypes['ClaimRelationChange'], ParentType, ContextType, RequireFields<MutationUnrelateClaimsArgs, 'from' | 'to' | 'type'>>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  draft?: Resolver<Maybe<ResolversTypes['Draft']>, ParentType, ContextType, RequireFields<QueryDraftArgs, 'id'>>;
  drafts?: Resolver<ResolversTypes['DraftConnection'], ParentType, ContextType, RequireFields<QueryDraftsArgs, 'first'>>;
  duplicateCandidates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'first'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  entityGraph?: Resolver<ResolversTypes['EntityGraph'], ParentType, ContextType, RequireFields<QueryEntityGraphArgs, 'depth' | 'ids' | 'limit'>>;
  entityMerges?: Resolver<Array<ResolversTypes['EntityMerge']>, ParentType, ContextType, RequireFields<QueryEntityMergesArgs, 'first'>>;
  extractDraft?: Resolver<ResolversTypes['DraftBundle'], ParentType, ContextType, RequireFields<QueryExtractDraftArgs, 'text'>>;
  health?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revisions?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, RequireFields<QueryRevisionsArgs, 'first' | 'nodeId'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  topEntities?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType, RequireFields<QueryTopEntitiesArgs, 'first'>>;
  topSpeakers?: Resolver<Array<ResolversTypes['EntityCount']>, ParentType, ContextType, RequireFields<QueryTopSpeakersArgs, 'first'>>;
}>;

export type ResolvedEntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResolvedEntity'] = ResolversParentTypes['ResolvedEntity']> = ResolversObject<{
  bundleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['EntityResolution'], ParentType, ContextType>;
  resolvedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ReviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = ResolversObject<{
  bestRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratingValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  worstRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type RevisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  keyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  touched?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type RevisionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevisionConnection'] = ResolversParentTypes['RevisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RevisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RevisionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevisionEdge'] = ResolversParentTypes['RevisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  matchedField?: Resolver<ResolversTypes['SearchMatchedField'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Attribution' | 'Claim' | 'Entity', ParentType, ContextType>;
}>;

export type SpanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SuggestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = ResolversObject<{
  acceptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  acceptedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  draftId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  suggestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnmergeResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnmergeResult'] = ResolversParentTypes['UnmergeResult']> = ResolversObject<{
  keep?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationshipsNotRestored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsRestored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  AcceptDraftResult?: AcceptDraftResultResolvers<ContextType>;
  ActivityBucket?: ActivityBucketResolvers<ContextType>;
  Affiliation?: AffiliationResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  Attribution?: AttributionResolvers<ContextType>;
  AttributionConnection?: AttributionConnectionResolvers<ContextType>;
  AttributionEdge?: AttributionEdgeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimRelation?: ClaimRelationResolvers<ContextType>;
  ClaimRelationChange?: ClaimRelationChangeResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
  DraftAttribution?: DraftAttributionResolvers<ContextType>;
  DraftBundle?: DraftBundleResolvers<ContextType>;
  DraftClaim?: DraftClaimResolvers<ContextType>;
  DraftConnection?: DraftConnectionResolvers<ContextType>;
  DraftDocument?: DraftDocumentResolvers<ContextType>;
  DraftEdge?: DraftEdgeResolvers<ContextType>;
  DraftEntity?: DraftEntityResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  DuplicateReason?: DuplicateReasonResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityCount?: EntityCountResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityGraph?: EntityGraphResolvers<ContextType>;
  EntityGraphEdge?: EntityGraphEdgeResolvers<ContextType>;
  EntityGraphNode?: EntityGraphNodeResolvers<ContextType>;
  EntityMerge?: EntityMergeResolvers<ContextType>;
  ExtractedAttribution?: ExtractedAttributionResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  IngestCount?: IngestCountResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResolvedEntity?: ResolvedEntityResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionConnection?: RevisionConnectionResolvers<ContextType>;
  RevisionEdge?: RevisionEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  UnmergeResult?: UnmergeResultResolvers<ContextType>;
}>;

