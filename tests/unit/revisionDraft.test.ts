import { createHash } from 'node:crypto';
import { canonicalJson, inputHash, revisionDraft } from '../../src/audit/revisionDraft';

/** What a Revision records about its mutation's input: a hash of canonical JSON. */

test('canonical JSON sorts object keys at every level and keeps array order', () => {
  expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1,{"y":2,"z":1}]},"b":1}');
  expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
});

test('canonical JSON leaves undefined members out but keeps nulls, as JSON does', () => {
  expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  expect(canonicalJson([undefined, 1])).toBe('[null,1]');
  expect(canonicalJson({ s: 'quote " and \u2028' })).toBe(JSON.stringify({ s: 'quote " and \u2028' }));
});

test('GraphQL input objects (null prototype) hash like plain objects', () => {
  const fromGraphQL = Object.assign(Object.create(null), { to: 'c2', from: 'c1', type: 'SUPPORTS' });
  expect(inputHash(fromGraphQL)).toBe(inputHash({ from: 'c1', type: 'SUPPORTS', to: 'c2' }));
});

test('the hash is the hex SHA-256 of the canonical JSON; a different input gives a different hash', () => {
  expect(inputHash({ mergedId: 'x' })).toBe(createHash('sha256').update('{"mergedId":"x"}').digest('hex'));
  expect(inputHash({ mergedId: 'x' })).not.toBe(inputHash({ mergedId: 'y' }));
  expect(inputHash({ keep: 'a', merge: 'b' })).toBe(inputHash({ merge: 'b', keep: 'a' }));
});

test('a draft carries the author, the operation, the hash and the time', () => {
  const draft = revisionDraft({ keyId: 'key_1', keyName: 'ingest bot' }, 'relateClaims', { from: 'a', to: 'b' }, new Date('2030-01-02T03:04:05.678Z'), 'rev-1');
  expect(draft).toEqual({
    id: 'rev-1',
    at: '2030-01-02T03:04:05.678Z',
    keyId: 'key_1',
    keyName: 'ingest bot',
    operation: 'relateClaims',
    inputHash: inputHash({ from: 'a', to: 'b' }),
  });
  expect(revisionDraft({ keyId: null, keyName: 'cli:ingest' }, 'ingestDocument', {}, new Date()).id).toMatch(/^[0-9a-f-]{36}$/);
});
