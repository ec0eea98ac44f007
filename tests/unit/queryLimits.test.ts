import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule } from '../../src/server/limits/aliasLimit';
import { depthLimitRule } from '../../src/server/limits/depthLimit';
import { directiveLimitRule } from '../../src/server/limits/directiveLimit';

/** The document-only limits as graphql-js validation rules: depth, aliases, directives. */
const schema = buildSchema(`
  type Query { claim(id: ID): Claim }
  type Claim { id: ID! text: String! related: [Claim!]! }
`);

const errors = (query: string, rule: ReturnType<typeof depthLimitRule>) =>
  validate(schema, parse(query), [...specifiedRules, rule]).map((e) => ({ message: e.message, extensions: e.extensions }));

/** `{ claim { related { related { ... id } } } }` with `levels` fields in all. */
const nested = (levels: number) => `{ claim { ${'related { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('depth', () => {
  test('at the limit passes, one more is refused with the depth, the limit and the variable', () => {
    expect(errors(nested(4), depthLimitRule(4))).toEqual([]);
    expect(errors(nested(5), depthLimitRule(4))).toEqual([
      {
        message: 'The query is nested 5 levels deep; the limit is 4 (MAX_QUERY_DEPTH).',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', max: 4, actual: 5, http: { status: 400 } },
      },
    ]);
  });

  test('fragments and inline fragments count where they are spread', () => {
    const q = '{ claim { ...R } } fragment R on Claim { related { ... on Claim { related { id } } } }';
    expect(errors(q, depthLimitRule(4))).toEqual([]);
    expect(errors(q, depthLimitRule(3))[0].extensions).toMatchObject({ limit: 'depth', actual: 4 });
  });

  test('introspection fields are not counted', () => {
    expect(errors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', depthLimitRule(2))).toEqual([]);
  });
});

describe('aliases', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: claim(id: "${i}") { id }`).join(' ')} }`;

  test('at the limit passes, over it is refused with the count', () => {
    expect(errors(aliased(3), aliasLimitRule(3))).toEqual([]);
    expect(errors(aliased(4), aliasLimitRule(3))[0].message).toBe('The query uses 4 aliases; the limit is 3 (MAX_QUERY_ALIASES).');
  });

  test('an alias inside a fragment counts each time the fragment is spread', () => {
    const q = '{ claim { ...F related { ...F } x: related { ...F } } } fragment F on Claim { a: id b: text }';
    // x, then a and b three times
    expect(errors(q, aliasLimitRule(7))).toEqual([]);
    expect(errors(q, aliasLimitRule(6))[0].extensions).toMatchObject({ limit: 'aliases', actual: 7 });
  });
});

describe('directives', () => {
  const withDirectives = (n: number) => `query($t: Boolean!) { claim { ${'id @include(if: $t) '.repeat(n)} } }`;

  test('at the limit passes, over it is refused with the count', () => {
    expect(errors(withDirectives(5), directiveLimitRule(5))).toEqual([]);
    expect(errors(withDirectives(6), directiveLimitRule(5)).map((e) => e.message)).toEqual(['The query uses 6 directives; the limit is 5 (MAX_QUERY_DIRECTIVES).']);
  });
});
