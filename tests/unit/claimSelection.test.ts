import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import type { ClaimPrefetch } from '../../src/claim/claimPrefetch';
import { claimPrefetch } from '../../src/graphql/claimSelection';

const schema = buildSchema(`
  type Query { claim(id: ID!): Claim }
  type Claim { id: ID! text: String! attributions: [Attribution!]! speakers: [Entity!]! origins: [Attribution!]!
    independentOrigins: Int! outlets: [Entity!]! about: [Entity!]! }
  type Attribution { id: ID! speaker: Entity! chain: [Attribution!]! }
  type Entity { id: ID! name: String! }
`);

async function plan(query: string, variables: Record<string, unknown> = {}): Promise<ClaimPrefetch> {
  let seen: ClaimPrefetch | undefined;
  const rootValue = { claim: (_: unknown, __: unknown, info: GraphQLResolveInfo) => { seen = claimPrefetch(info); return null; } };
  const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return seen!;
}

test('a selection that stops at the claim prefetches nothing', async () => {
  expect(await plan('{ claim(id: "1") { id text about { id } } }')).toEqual({ attributions: false, chains: false, provenance: false });
});

test('attributions, speakers, chains and provenance are seen, through aliases', async () => {
  expect(await plan('{ claim(id: "1") { s: speakers { id } } }')).toEqual({ attributions: true, chains: false, provenance: false });
  expect(await plan('{ claim(id: "1") { a: attributions { c: chain { id } } } }')).toEqual({ attributions: true, chains: true, provenance: false });
  expect(await plan('{ claim(id: "1") { independentOrigins } }')).toEqual({ attributions: false, chains: false, provenance: true });
  expect(await plan('{ claim(id: "1") { outlets { id } attributions { id } } }')).toEqual({ attributions: true, chains: false, provenance: true });
});

test('fragments and inline fragments are followed; @include and @skip are honoured', async () => {
  expect(await plan('{ claim(id: "1") { ...F } } fragment F on Claim { ... on Claim { attributions { ...G } } } fragment G on Attribution { chain { id } }'))
    .toEqual({ attributions: true, chains: true, provenance: false });
  const q = 'query($w: Boolean!) { claim(id: "1") { id origins @include(if: $w) { id } attributions @skip(if: $w) { id } } }';
  expect(await plan(q, { w: true })).toEqual({ attributions: false, chains: false, provenance: true });
  expect(await plan(q, { w: false })).toEqual({ attributions: true, chains: false, provenance: false });
});
