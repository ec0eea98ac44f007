import fs from 'node:fs';
import path from 'node:path';
import { BundleBuilder } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Query.document and every Document field: publisher, authors, attributions (newest statement first). */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const DOCUMENT_FIELDS = `id title url kind publishedAt language
  publisher { id name kind } authors { id name } attributions { id statedAt speaker { id } claim { id } document { id } }`;

async function document(id: string): Promise<any> {
  return (await server.query(`query($id: ID!) { document(id: $id) { ${DOCUMENT_FIELDS} } }`, { id })).document;
}

test('every field: title, url, kind, publishedAt (UTC), language, publisher, authors (name order), attributions (newest first, undated last)', async () => {
  const b = new BundleBuilder('doc-fields', {
    title: 'Ministers meet in Vienna',
    url: 'https://news.example.org/2047/ministers-meet',
    kind: 'NEWS_ARTICLE',
    publishedAt: '2047-04-02T10:15:00+02:00',
    language: 'de',
  });
  const outlet = b.entity('outlet', { kind: 'ORGANIZATION', name: `${b.prefix} Wiener Blatt` });
  const zoe = b.entity('zoe', { name: `${b.prefix} Zoe Writer` });
  const adam = b.entity('adam', { name: `${b.prefix} Adam Writer` });
  b.input.document.publisher = outlet;
  b.input.document.authors = [zoe, adam];
  const other = b.document('other', { publishedAt: '2047-01-01T00:00:00Z' });
  const speaker = b.entity('speaker');
  const c = b.claim('c');
  const onPublication = b.attribution({ local: 'on-publication', claim: c, speaker }); // the document's own time
  const earlier = b.attribution({ local: 'earlier', claim: c, speaker, statedAt: '2047-03-30T00:00:00Z' });
  const later = b.attribution({ local: 'later', claim: c, speaker, statedAt: '2047-04-05T00:00:00Z' });
  b.attribution({ local: 'elsewhere', claim: c, speaker, document: other }); // recorded in another document
  await b.ingest(server);

  const doc = await document(b.documentId);
  expect(doc).toEqual({
    id: b.documentId,
    title: 'Ministers meet in Vienna',
    url: 'https://news.example.org/2047/ministers-meet',
    kind: 'NEWS_ARTICLE',
    publishedAt: '2047-04-02T08:15:00.000Z',
    language: 'de',
    publisher: { id: outlet, name: `${b.prefix} Wiener Blatt`, kind: 'ORGANIZATION' },
    authors: [{ id: adam, name: `${b.prefix} Adam Writer` }, { id: zoe, name: `${b.prefix} Zoe Writer` }],
    attributions: [
      { id: later, statedAt: '2047-04-05T00:00:00.000Z', speaker: { id: speaker }, claim: { id: c }, document: { id: b.documentId } },
      { id: onPublication, statedAt: null, speaker: { id: speaker }, claim: { id: c }, document: { id: b.documentId } },
      { id: earlier, statedAt: '2047-03-30T00:00:00.000Z', speaker: { id: speaker }, claim: { id: c }, document: { id: b.documentId } },
    ],
  });
});

test('optional fields are null or empty: no url, date, language, publisher, authors or attributions', async () => {
  const b = new BundleBuilder('doc-bare', { kind: 'OTHER', publishedAt: null, language: null, url: null });
  await b.ingest(server);
  expect(await document(b.documentId)).toEqual({
    id: b.documentId, title: `Document ${b.prefix}`, url: null, kind: 'OTHER', publishedAt: null, language: null,
    publisher: null, authors: [], attributions: [],
  });
});

test('an undated document lists its dated statements first, newest first, then the undated ones in id order', async () => {
  const b = new BundleBuilder('doc-undated', { publishedAt: null, kind: 'SOCIAL_MEDIA_POST' });
  const speaker = b.entity('speaker');
  const c = b.claim('c');
  const u2 = b.attribution({ local: 'u2', claim: c, speaker });
  const u1 = b.attribution({ local: 'u1', claim: c, speaker });
  const d1 = b.attribution({ local: 'd1', claim: c, speaker, statedAt: '2047-05-01T00:00:00Z' });
  const d2 = b.attribution({ local: 'd2', claim: c, speaker, statedAt: '2047-06-01T00:00:00Z' });
  await b.ingest(server);
  expect((await document(b.documentId)).attributions.map((a: any) => a.id)).toEqual([d2, d1, u1, u2]);
});

test('an unknown id answers null', async () => {
  const r = await server.gql('{ document(id: "t-no-such-document") { id } }');
  expect(r.errors).toBeUndefined();
  expect(r.data).toEqual({ document: null });
});

describe('seed documents', () => {
  const seed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'seed', 'cnn-2022-11-21-live.json'), 'utf8'));
  const recordedIn = (docId: string) =>
    seed.attributions.filter((a: any) => (a.document ?? seed.document.id) === docId).map((a: any) => a.id).sort();

  test('the live blog: CNN, LIVE_BLOG, 2022-11-21 12:00 UTC, and every attribution it records', async () => {
    const doc = await document('cnn-2022-11-21-live');
    expect(doc).toMatchObject({
      id: 'cnn-2022-11-21-live',
      title: 'November 21, 2022 Russia-Ukraine news',
      url: null,
      kind: 'LIVE_BLOG',
      publishedAt: '2022-11-21T12:00:00.000Z',
      language: 'en',
      publisher: { id: 'cnn', name: 'CNN', kind: 'ORGANIZATION' },
      authors: [],
    });
    const ids = doc.attributions.map((a: any) => a.id).filter((id: string) => !id.startsWith('t-')).sort();
    expect(ids).toEqual(recordedIn('cnn-2022-11-21-live'));
    expect(ids).toHaveLength(33);
    expect(ids).toContain('attr-amirabdollahian-limited-drones');
  });

  test('the photo caption: Reuters, by Vladyslav Musiienko; the assessment: undated, published by the unnamed country', async () => {
    const caption = await document('cnn-2022-11-21-photo-kyiv-drone');
    expect(caption).toMatchObject({
      kind: 'PHOTO_CAPTION',
      publishedAt: '2022-11-21T12:00:00.000Z',
      publisher: { id: 'reuters', name: 'Reuters' },
      authors: [{ id: 'vladyslav-musiienko', name: 'Vladyslav Musiienko' }],
    });
    expect(caption.attributions.map((a: any) => a.id).sort()).toEqual(recordedIn('cnn-2022-11-21-photo-kyiv-drone'));

    const assessment = await document('assessment-iran-russia-drone-production');
    expect(assessment).toMatchObject({
      kind: 'INTELLIGENCE_ASSESSMENT',
      publishedAt: null,
      url: null,
      publisher: { id: 'country-monitoring-iran-weapons', kind: 'COUNTRY' },
      authors: [],
      attributions: [{ id: 'attr-country-drone-production-agreement', statedAt: null, speaker: { id: 'country-monitoring-iran-weapons' }, claim: { id: 'claim-iran-russia-drone-production-agreement' } }],
    });
  });
});
