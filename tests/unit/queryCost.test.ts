import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { operationCost } from '../../src/server/limits/queryCost';

/** The cost analysis on a small schema shaped like claimgraph's: connections, unpaged lists, a paged list. */
const schema = buildSchema(`
  type Query {
    health: String
    claim(id: ID!): Claim
    claims(first: Int = 20, after: String): ClaimConnection!
    search(text: String!, first: Int = 10): [Hit!]!
    top(limit: Int): [Entity!]!
  }
  type Mutation { ingest(text: String): Claim }
  type ClaimConnection { totalCount: Int! edges: [ClaimEdge!]! pageInfo: PageInfo! }
  type ClaimEdge { cursor: String! node: Claim! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Claim { id: ID! text: String! attributions: [Attribution!]! about: [Entity!]! }
  type Attribution { id: ID! speaker: Entity! }
  type Entity { id: ID! name: String! aliases: [String!]! statements(first: Int = 20): ClaimConnection! }
  union HitNode = Claim | Entity
  type Hit { score: Float! node: HitNode! }
`);

function cost(query: string, variables: Record<string, unknown> = {}, operationName?: string): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  )!;
  return operationCost(schema, document, operation, variables);
}

test('leaves are free; an object costs 1', () => {
  expect(cost('{ health }')).toBe(0);
  expect(cost('{ claim(id: "x") { id text } }')).toBe(1);
});

test('a connection passes its page size to its edges, counted with the objects under them', () => {
  // claims 1 + edges 20 + node 20 (the schema default page of 20)
  expect(cost('{ claims { totalCount edges { node { text } } } }')).toBe(41);
  // pageInfo is one object per connection, not per edge
  expect(cost('{ claims(first: 5) { pageInfo { hasNextPage } edges { cursor } } }')).toBe(1 + 1 + 5);
});

test('page sizes multiply through nesting, unpaged lists count 5', () => {
  // 1 + 100 edges + 100 nodes + 100x5 attributions + 500 speakers
  expect(cost('{ claims(first: 100) { edges { node { attributions { speaker { name } } } } } }')).toBe(1201);
  // a connection inside a list: each of the 5 subjects' statements page of 50
  expect(cost('{ claim(id: "x") { about { statements(first: 50) { edges { node { id } } } } } }')).toBe(1 + 5 + 5 + 5 * 50 * 2);
});

test('page sizes in variables: the value given, else the variable default, else the argument default', () => {
  const q = 'query Q($n: Int) { claims(first: $n) { edges { node { id } } } }';
  expect(cost(q, { n: 3 })).toBe(1 + 3 + 3);
  expect(cost(q, {})).toBe(1 + 20 + 20);
  expect(cost('query Q($n: Int = 7) { claims(first: $n) { edges { node { id } } } }', {})).toBe(1 + 7 + 7);
});

test('a paged list counts its page; `limit` without a default counts the largest page (100)', () => {
  expect(cost('{ search(text: "x", first: 3) { node { ... on Claim { attributions { id } } } } }')).toBe(3 + 3 + 3 * 5);
  expect(cost('{ search(text: "x") { score } }')).toBe(10);
  expect(cost('{ top { name } }')).toBe(100);
  expect(cost('{ top(limit: 4) { name } }')).toBe(4);
});

test('fragments count as written out, each spread again; aliases count each', () => {
  const viaFragment = 'query { claims(first: 2) { ...Page } } fragment Page on ClaimConnection { edges { node { about { id } } } }';
  const inline = 'query { claims(first: 2) { edges { node { about { id } } } } }';
  expect(cost(viaFragment)).toBe(cost(inline));
  expect(cost('{ a: claim(id: "1") { ...C } b: claim(id: "2") { ...C } } fragment C on Claim { about { id } }')).toBe(2 * (1 + 5));
});

test('introspection is free', () => {
  expect(cost('{ __typename __schema { types { name fields { name } } } }')).toBe(0);
  expect(cost('{ claims { __typename } }')).toBe(1);
});

test('mutations are measured on the Mutation type', () => {
  expect(cost('mutation { ingest(text: "x") { about { id } } }')).toBe(1 + 5);
});

test('a document that spreads fragments exponentially is measured in linear time (memoised)', () => {
  // F0 spreads F1 twice, F1 spreads F2 twice, ... : 2^30 fields if expanded naively.
  const n = 30;
  const fragments = Array.from({ length: n }, (_, i) =>
    i < n - 1 ? `fragment F${i} on Claim { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Claim { about { id } }`,
  ).join('\n');
  const c = cost(`{ claim(id: "x") { ...F0 } } ${fragments}`);
  expect(c).toBe(1 + 2 ** (n - 1) * 5);
});

test('a fragment cycle (refused by the standard rules) does not loop', () => {
  expect(cost('{ claim(id: "x") { ...A } } fragment A on Claim { about { id } ...B } fragment B on Claim { ...A }')).toBe(1 + 5);
});
