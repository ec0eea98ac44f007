import { BundleBuilder, errorCodes } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Entity.activity: statements and claims about an entity per UTC day, ISO week and month. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const ACTIVITY = `query($id: ID!, $bucket: TimeBucket, $after: DateTime, $before: DateTime) {
  entity(id: $id) { activity(bucket: $bucket, statedAfter: $after, statedBefore: $before) { start statements claimsAbout } }
}`;

async function activity(id: string, vars: Record<string, unknown> = {}) {
  return (await server.query(ACTIVITY, { id, ...vars })).entity.activity;
}

/**
 * E speaks on Saturday 1 March 2031 at 10:00Z, at 23:30 -02:00 the same evening (Sunday 2 March in
 * UTC), on Monday 3 March, and once undated-but-for-its-article (15 April), plus once in an undated
 * document. Others speak about E: c5 twice on 1 March (one claim), c6 on 3 March.
 */
async function world() {
  const b = new BundleBuilder('activity', { publishedAt: '2031-04-15T12:00:00Z' });
  const e = b.entity('e');
  const f = b.entity('f');
  const g = b.entity('g');
  const w = b.entity('w', { kind: 'COUNTRY' });
  const undated = b.document('undated', { publishedAt: null });
  const said = (local: string, statedAt: string | null, document?: string) =>
    b.attribution({ claim: b.claim(local, undefined, [w]), speaker: e, statedAt, document });
  said('c1', '2031-03-01T10:00:00Z');
  said('c2', '2031-03-01T23:30:00-02:00');
  said('c3', '2031-03-03T08:00:00Z');
  said('c4', null);
  said('c7', null, undated);
  const c5 = b.claim('c5', undefined, [e]);
  b.attribution({ claim: c5, speaker: f, statedAt: '2031-03-01T12:00:00Z' });
  b.attribution({ claim: c5, speaker: g, statedAt: '2031-03-01T13:00:00Z' });
  b.attribution({ claim: b.claim('c6', undefined, [e, w]), speaker: f, statedAt: '2031-03-03T09:00:00Z' });
  await b.ingest(server);
  return { e, f, w };
}

test('DAY (the default): UTC days, oldest first, only days with something in them; undated statements are in none', async () => {
  const { e } = await world();
  expect(await activity(e)).toEqual([
    { start: '2031-03-01T00:00:00.000Z', statements: 1, claimsAbout: 1 },
    { start: '2031-03-02T00:00:00.000Z', statements: 1, claimsAbout: 0 },
    { start: '2031-03-03T00:00:00.000Z', statements: 1, claimsAbout: 1 },
    { start: '2031-04-15T00:00:00.000Z', statements: 1, claimsAbout: 0 },
  ]);
  expect(await activity(e, { bucket: 'DAY' })).toHaveLength(4);
});

test('WEEK: ISO weeks starting on Monday 00:00 UTC', async () => {
  const { e } = await world();
  expect(await activity(e, { bucket: 'WEEK' })).toEqual([
    { start: '2031-02-24T00:00:00.000Z', statements: 2, claimsAbout: 1 },
    { start: '2031-03-03T00:00:00.000Z', statements: 1, claimsAbout: 1 },
    { start: '2031-04-14T00:00:00.000Z', statements: 1, claimsAbout: 0 },
  ]);
});

test('MONTH: calendar months; a claim stated twice in a bucket counts once', async () => {
  const { e, f } = await world();
  expect(await activity(e, { bucket: 'MONTH' })).toEqual([
    { start: '2031-03-01T00:00:00.000Z', statements: 3, claimsAbout: 2 },
    { start: '2031-04-01T00:00:00.000Z', statements: 1, claimsAbout: 0 },
  ]);
  expect(await activity(f, { bucket: 'MONTH' })).toEqual([{ start: '2031-03-01T00:00:00.000Z', statements: 2, claimsAbout: 0 }]);
});

test('statedAfter (inclusive) and statedBefore (exclusive) bound the statement times', async () => {
  const { e } = await world();
  expect(await activity(e, { after: '2031-03-02T01:30:00Z', before: '2031-03-03T08:00:00Z' })).toEqual([
    { start: '2031-03-02T00:00:00.000Z', statements: 1, claimsAbout: 0 },
  ]);
  expect(await activity(e, { after: '2031-03-02', before: '2031-04-01', bucket: 'MONTH' })).toEqual([
    { start: '2031-03-01T00:00:00.000Z', statements: 2, claimsAbout: 1 },
  ]);
});

test('an entity with no dated activity has an empty list', async () => {
  const { w } = await world();
  // W is the subject of E's claims: claimsAbout counts them; it says nothing itself.
  expect(await activity(w, { bucket: 'MONTH' })).toEqual([
    { start: '2031-03-01T00:00:00.000Z', statements: 0, claimsAbout: 4 },
    { start: '2031-04-01T00:00:00.000Z', statements: 0, claimsAbout: 1 },
  ]);
  const quiet = new BundleBuilder('activity-quiet');
  const nobody = quiet.entity('nobody');
  await quiet.ingest(server);
  expect(await activity(nobody)).toEqual([]);
});

test('the seed: Iran made one statement and was the subject of 27 claims on 21 November 2022 (a Monday)', async () => {
  const before = '2023-01-01';
  expect(await activity('iran', { before })).toEqual([{ start: '2022-11-21T00:00:00.000Z', statements: 1, claimsAbout: 27 }]);
  expect(await activity('iran', { before, bucket: 'WEEK' })).toEqual([{ start: '2022-11-21T00:00:00.000Z', statements: 1, claimsAbout: 27 }]);
  expect(await activity('iran', { before, bucket: 'MONTH' })).toEqual([{ start: '2022-11-01T00:00:00.000Z', statements: 1, claimsAbout: 27 }]);
  expect(await activity('cnn', { before })).toEqual([{ start: '2022-11-21T00:00:00.000Z', statements: 10, claimsAbout: 1 }]);
});

test('the activity of many entities costs one query', async () => {
  const { e, f, w } = await world();
  const query = `query($e: ID!, $f: ID!, $w: ID!) {
    a: entity(id: $e) { activity { start } } b: entity(id: $f) { activity { start } } c: entity(id: $w) { activity(bucket: WEEK) { start } }
  }`;
  const plain = `query($e: ID!, $f: ID!, $w: ID!) { a: entity(id: $e) { id } b: entity(id: $f) { id } c: entity(id: $w) { id } }`;
  let before = server.db.queryCount;
  await server.query(plain, { e, f, w });
  const withoutActivity = server.db.queryCount - before;
  before = server.db.queryCount;
  const data = await server.query(query, { e, f, w });
  // The three entities' activity (two buckets among them) is one more query, not three.
  expect(server.db.queryCount - before).toBe(withoutActivity + 1);
  expect(data.a.activity).toHaveLength(4);
  expect(data.b.activity).toHaveLength(2);
  expect(data.c.activity).toHaveLength(3);
});

test('statedBefore not later than statedAfter is BAD_USER_INPUT', async () => {
  const r = await server.gql(ACTIVITY, { id: 'iran', after: '2022-11-22', before: '2022-11-22' });
  expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  expect(r.errors![0].extensions.problems).toEqual([
    { path: 'activity.statedBefore', message: 'must be later than statedAfter (2022-11-22T00:00:00.000Z); got 2022-11-22T00:00:00.000Z' },
  ]);
});
