import { encodeClaimCursor } from '../src/claim/claimCursor';
import { toLuceneQuery } from '../src/search/luceneQuery';
import type { Manifest } from './generator/dataset';

/**
 * The benchmark's operations (issue 6): each a GraphQL request, the floor (bench/floor/<file>.cypher:
 * the best single hand-written Cypher returning the same data, run through the driver alone), the
 * goals, and the repository Cypher (cypher/<name>.cypher) whose PROFILE explains a missed goal.
 */
export type Targets = Manifest['targets'] & {
  /** A position deep in the busiest speaker's claims (operation 2b). */
  deep: { key: number; id: string; position: number };
};

export interface Operation {
  key: string;
  title: string;
  /** Goal for API p50 / floor p50 at concurrency 1; null for the reference operation 0. */
  maxRatio: number | null;
  /** Goal for p50(largest) / p50(10k) at concurrency 1, when the issue sets one. */
  maxGrowth: number | null;
  query: string;
  variables: (t: Targets) => Record<string, unknown>;
  floor: string;
  floorParams: (t: Targets) => Record<string, unknown>;
  profile?: { query: string; params: (t: Targets) => Record<string, unknown> };
}

const PAGE = 20;
/** entityGraph's default node limit (src/dashboard/dashboardInput.ts), which the floor applies too. */
const GRAPH_LIMIT = 200;
const CLAIMS_PAGE = `query Op2($saidBy: [ID!], $after: String) {
  claims(filter: { saidBy: $saidBy }, first: ${PAGE}, after: $after) {
    totalCount edges { cursor node { id text } } pageInfo { hasNextPage endCursor } } }`;
const SEARCH = `query Op4($text: String!) {
  search(text: $text, first: ${PAGE}) { score snippet matchedField
    node { __typename ... on Claim { id text } ... on Entity { id name } ... on Attribution { id quote } } } }`;

const claimsPageProfile = (after: boolean) => (t: Targets) => ({
  saidBy: [t.busiestSpeaker], about: null, documentId: null, mode: null, stance: null, anonymousSpeaker: null,
  statedAfter: null, statedBefore: null, text: null, attributionFiltered: true,
  afterKey: after ? t.deep.key : null, afterId: after ? t.deep.id : null, asOf: Date.now(), limit: PAGE + 1,
});
const searchProfile = (term: 'commonTerm' | 'rareTerm') => (t: Targets) => ({
  query: toLuceneQuery(t[term]), limit: PAGE, indexOptions: { limit: PAGE },
  filter: { kinds: ['CLAIM', 'ATTRIBUTION', 'ENTITY'], saidBy: [], about: [], attributionFiltered: false, dated: false, from: Number.MIN_SAFE_INTEGER, to: Number.MAX_SAFE_INTEGER },
});

export const OPERATIONS: Operation[] = [
  {
    // Not an operation of the issue: the fixed cost of one request (HTTP, GraphQL parse/validate/
    // execute, limits, logging) against the fixed cost of one driver round trip, to read the others by.
    key: '0', title: '{ health } (reference: fixed cost of a request; floor: RETURN 1)', maxRatio: null, maxGrowth: null,
    query: 'query Op0 { health }', variables: () => ({}),
    floor: 'return-one', floorParams: () => ({}),
  },
  {
    key: '1', title: 'claim(id) with attributions, speakers, documents, chains', maxRatio: 1.5, maxGrowth: 1.5,
    query: `query Op1($id: ID!) { claim(id: $id) { id text
      attributions { id mode stance cue quote statedAt firstReport
        speaker { id name kind anonymous }
        document { id title publishedAt publisher { id name } }
        chain { id speaker { id name } document { id title } } }
      speakers { id name kind anonymous } } }`,
    variables: (t) => ({ id: t.chainClaim }),
    floor: 'claim-detail', floorParams: (t) => ({ id: t.chainClaim }),
    profile: { query: 'claim-attributions-by-ids', params: (t) => ({ ids: [t.chainClaim] }) },
  },
  {
    key: '2a', title: 'claims(filter: {saidBy: busiest}) first page', maxRatio: 1.5, maxGrowth: 1.5,
    query: CLAIMS_PAGE, variables: (t) => ({ saidBy: [t.busiestSpeaker], after: null }),
    floor: 'claims-by-speaker', floorParams: (t) => ({ speakerId: t.busiestSpeaker, afterKey: null, afterId: null, limit: PAGE + 1 }),
    profile: { query: 'claims-page', params: claimsPageProfile(false) },
  },
  {
    key: '2b', title: 'claims(filter: {saidBy: busiest}) deep page (keyset cursor)', maxRatio: 1.5, maxGrowth: 1.5,
    query: CLAIMS_PAGE,
    variables: (t) => ({ saidBy: [t.busiestSpeaker], after: encodeClaimCursor({ key: t.deep.key, id: t.deep.id, asOf: Date.now() }) }),
    floor: 'claims-by-speaker', floorParams: (t) => ({ speakerId: t.busiestSpeaker, afterKey: t.deep.key, afterId: t.deep.id, limit: PAGE + 1 }),
    profile: { query: 'claims-page', params: claimsPageProfile(true) },
  },
  {
    key: '3', title: 'entity(busiest) { claimsAbout(first: 20) }', maxRatio: 1.5, maxGrowth: 1.5,
    query: `query Op3($id: ID!) { entity(id: $id) { id name
      claimsAbout(first: ${PAGE}) { totalCount edges { cursor node { id text } } pageInfo { hasNextPage endCursor } } } }`,
    variables: (t) => ({ id: t.busiestSubject }),
    floor: 'claims-about', floorParams: (t) => ({ entityId: t.busiestSubject, limit: PAGE + 1 }),
    profile: { query: 'claims-about-pages', params: (t) => ({ limit: PAGE + 1, requests: [{ key: '0', entityId: t.busiestSubject, afterKey: null, afterId: null, asOf: Date.now() }] }) },
  },
  {
    key: '4a', title: 'search(text) common term', maxRatio: 1.2, maxGrowth: null,
    query: SEARCH, variables: (t) => ({ text: t.commonTerm }),
    floor: 'search', floorParams: (t) => ({ query: toLuceneQuery(t.commonTerm), limit: PAGE }),
    profile: { query: 'search', params: searchProfile('commonTerm') },
  },
  {
    key: '4b', title: 'search(text) rare term', maxRatio: 1.2, maxGrowth: null,
    query: SEARCH, variables: (t) => ({ text: t.rareTerm }),
    floor: 'search', floorParams: (t) => ({ query: toLuceneQuery(t.rareTerm), limit: PAGE }),
    profile: { query: 'search', params: searchProfile('rareTerm') },
  },
  {
    key: '5', title: 'claim(id) { origins independentOrigins outlets }, most re-reported claim', maxRatio: 1.2, maxGrowth: 1.5,
    query: `query Op5($id: ID!) { claim(id: $id) { id origins { id speaker { id name } } independentOrigins outlets { id name } } }`,
    variables: (t) => ({ id: t.reReportedClaim }),
    floor: 'provenance', floorParams: (t) => ({ id: t.reReportedClaim }),
    profile: { query: 'claim-provenance-by-ids', params: (t) => ({ ids: [t.reReportedClaim] }) },
  },
  {
    key: '6', title: 'entityGraph(ids: [busiest], depth: 2)', maxRatio: 1.2, maxGrowth: null,
    query: `query Op6($ids: [ID!]!) { entityGraph(ids: $ids, depth: 2) { nodes { id label kind anonymous weight } edges { id source target type weight } truncated } }`,
    variables: (t) => ({ ids: [t.busiestSubject] }),
    floor: 'entity-graph', floorParams: (t) => ({ id: t.busiestSubject, limit: GRAPH_LIMIT, statedAfter: null, statedBefore: null }),
    profile: { query: 'entity-graph-hop', params: (t) => ({ frontier: [t.busiestSubject], visited: [t.busiestSubject], perHop: GRAPH_LIMIT - 1, statedAfter: null, statedBefore: null }) },
  },
];
