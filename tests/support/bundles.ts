import { uniqueId, type TestServer } from './testServer';

/**
 * Builds small document bundles with ids (and entity names) no other test uses, and ingests them
 * through the public `ingestDocument` mutation. A test creates exactly the data it asserts on, so
 * tests never depend on each other or on the order they run in.
 *
 *   const b = new BundleBuilder('claims', { publishedAt: '2031-01-01T00:00:00Z' });
 *   const alice = b.entity('alice');
 *   const x = b.claim('x');
 *   b.attribution({ claim: x, speaker: alice, mode: 'PARAPHRASE' });
 *   await b.ingest(server);
 *
 * Names passed in are local ("alice"); the builder turns them into unique ids (`<prefix>-alice`).
 * Ids that are not local names are used as given: ids of other test bundles (they start with "t-") and
 * ids declared external with `uses(...)` or the constructor (seed ids such as "iran").
 */

export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP' | 'LOCATION' | 'WEAPON_SYSTEM' | 'EVENT' | 'OTHER';
export type DocumentKind =
  | 'NEWS_ARTICLE' | 'LIVE_BLOG' | 'REPORT' | 'INTELLIGENCE_ASSESSMENT' | 'OFFICIAL_STATEMENT'
  | 'PRESS_CONFERENCE' | 'SOCIAL_MEDIA_POST' | 'PHOTO_CAPTION' | 'OTHER';
export type AttributionMode = 'DIRECT_QUOTE' | 'PARAPHRASE' | 'REPORTED';
export type Stance = 'ASSERTS' | 'ACKNOWLEDGES' | 'DENIES' | 'QUESTIONS';
export type RelationType = 'SUPPORTS' | 'CONTRADICTS' | 'NARROWS' | 'SAME_AS';

export interface DocumentInput {
  id: string;
  title: string;
  url?: string | null;
  kind: DocumentKind;
  publishedAt?: string | null;
  language?: string | null;
  publisher?: string | null;
  authors?: string[];
}
export interface AffiliationInput { entity: string; role?: string | null; since?: string | null; until?: string | null }
export interface EntityInput {
  id: string;
  name: string;
  kind: EntityKind;
  aliases?: string[];
  wikidataId?: string | null;
  anonymous?: boolean;
  description?: string | null;
  affiliations?: AffiliationInput[];
}
export interface ClaimInput { id: string; text: string; about?: string[] }
export interface AttributionInput {
  id: string;
  claim: string;
  speaker: string;
  document?: string | null;
  mode: AttributionMode;
  stance: Stance;
  cue?: string | null;
  quote?: string | null;
  statedAt?: string | null;
  firstReport?: boolean;
  via?: string | null;
  basis?: string | null;
}
export interface RelationInput { from: string; type: RelationType; to: string }
export interface DocumentBundleInput {
  document: DocumentInput;
  documents: DocumentInput[];
  entities: EntityInput[];
  claims: ClaimInput[];
  attributions: AttributionInput[];
  relations: RelationInput[];
}

let wordCounter = 0;
/**
 * A word made of letters only that no other test (or earlier run) uses: full-text search tokenises
 * on digits and hyphens, so a uniqueId() would not stay one search term.
 */
export function uniqueWord(label = 'w'): string {
  wordCounter += 1;
  const digits = `${Date.now().toString(36)}${process.pid.toString(36)}${wordCounter.toString(36)}`;
  const letters = [...digits].map((c) => (/[0-9]/.test(c) ? 'abcdefghij'[Number(c)] : c)).join('');
  return `${label.replace(/[^a-z]/gi, '').toLowerCase()}zq${letters}`;
}

let wikidataCounter = 0;
/** A Wikidata-shaped id nobody else uses (entity resolution matches on it). */
export function uniqueWikidataId(): string {
  wikidataCounter += 1;
  return `Q9${Date.now()}${process.pid}${wikidataCounter}`;
}

export class BundleBuilder {
  readonly prefix: string;
  readonly documentId: string;
  readonly input: DocumentBundleInput;
  private readonly external = new Set<string>();

  /** `external`: ids outside this bundle (seed ids such as "cnn") that the main document refers to. */
  constructor(label: string, document: Partial<Omit<DocumentInput, 'id'>> & { id?: string } = {}, external: string[] = []) {
    this.prefix = uniqueId(label);
    external.forEach((id) => this.external.add(id));
    this.documentId = document.id ? this.id(document.id) : `${this.prefix}-doc`;
    this.input = {
      document: {
        title: `Document ${this.prefix}`,
        kind: 'NEWS_ARTICLE',
        publishedAt: '2030-01-01T00:00:00Z',
        language: 'en',
        url: null,
        publisher: null,
        authors: [],
        ...document,
        id: this.documentId,
      },
      documents: [],
      entities: [],
      claims: [],
      attributions: [],
      relations: [],
    };
    const doc = this.input.document;
    if (doc.publisher) doc.publisher = this.ref(doc.publisher);
    if (doc.authors) doc.authors = doc.authors.map((a) => this.ref(a));
  }

  /** The unique id for a local name. */
  id(local: string): string {
    return local.startsWith(`${this.prefix}-`) ? local : `${this.prefix}-${local}`;
  }

  /** Marks ids that exist outside this bundle (seed ids, ids of other bundles) so they pass unchanged. */
  uses(...ids: string[]): this {
    ids.forEach((id) => this.external.add(id));
    return this;
  }

  /** A reference: an external id as is, a local name as its unique id. */
  ref(idOrLocal: string): string {
    if (this.external.has(idOrLocal) || idOrLocal.startsWith('t-')) return idOrLocal;
    return this.id(idOrLocal);
  }

  /** The unique display name of a local entity name ("t-...-3 alice"), unless a name is given. */
  name(local: string): string {
    return `${this.prefix} ${local}`;
  }

  entity(local: string, fields: Partial<Omit<EntityInput, 'id'>> = {}): string {
    const id = this.id(local);
    this.input.entities.push({
      name: this.name(local),
      kind: 'PERSON',
      aliases: [],
      anonymous: false,
      description: null,
      wikidataId: null,
      ...fields,
      affiliations: (fields.affiliations ?? []).map((f) => ({ role: null, since: null, until: null, ...f, entity: this.ref(f.entity) })),
      id,
    });
    return id;
  }

  document(local: string, fields: Partial<Omit<DocumentInput, 'id'>> = {}): string {
    const id = this.id(local);
    this.input.documents.push({
      title: `Document ${id}`,
      kind: 'NEWS_ARTICLE',
      publishedAt: null,
      language: 'en',
      url: null,
      ...fields,
      publisher: fields.publisher ? this.ref(fields.publisher) : null,
      authors: (fields.authors ?? []).map((a) => this.ref(a)),
      id,
    });
    return id;
  }

  claim(local: string, text?: string, about: string[] = []): string {
    const id = this.id(local);
    this.input.claims.push({ id, text: text ?? `Claim ${id} is true.`, about: about.map((a) => this.ref(a)) });
    return id;
  }

  attribution(fields: Partial<Omit<AttributionInput, 'id'>> & { claim: string; speaker: string; local?: string }): string {
    const { local, ...rest } = fields;
    const id = this.id(local ?? `attr-${this.input.attributions.length + 1}`);
    const mode = rest.mode ?? 'PARAPHRASE';
    this.input.attributions.push({
      stance: 'ASSERTS',
      cue: 'said',
      quote: mode === 'DIRECT_QUOTE' ? `Verbatim words of ${id}` : null,
      statedAt: null,
      firstReport: false,
      ...rest,
      mode,
      claim: this.ref(rest.claim),
      speaker: this.ref(rest.speaker),
      document: rest.document ? this.ref(rest.document) : null,
      via: rest.via ? this.ref(rest.via) : null,
      basis: rest.basis ? this.ref(rest.basis) : null,
      id,
    });
    return id;
  }

  relation(from: string, type: RelationType, to: string): this {
    this.input.relations.push({ from: this.ref(from), type, to: this.ref(to) });
    return this;
  }

  /** Ingests the bundle through the public mutation; fails the test on any error. */
  async ingest(server: TestServer): Promise<IngestResult> {
    return ingestBundle(server, this.input);
  }
}

export interface IngestResult {
  document: { id: string };
  resolvedEntities: { bundleId: string; resolvedId: string; resolution: string }[];
}

export async function ingestBundle(server: TestServer, input: DocumentBundleInput): Promise<IngestResult> {
  const data = await server.query<{ ingestDocument: IngestResult }>(
    `mutation Ingest($input: DocumentBundleInput!) {
       ingestDocument(input: $input) { document { id } resolvedEntities { bundleId resolvedId resolution } }
     }`,
    { input },
  );
  return data.ingestDocument;
}

/** The GraphQL error codes of a response, for asserting on BAD_USER_INPUT and the like. */
export function errorCodes(response: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}

export interface PageOf<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Walks a connection page by page: `fetch(after)` returns one page. Checks on the way that every page
 * but the last is full, that each page's endCursor is its last edge's cursor, and that totalCount
 * does not change; returns every node in order and the pages seen.
 */
export async function walkPages<T>(fetch: (after: string | null) => Promise<PageOf<T>>, pageSize: number, maxPages = 100): Promise<{ nodes: T[]; pages: PageOf<T>[] }> {
  const pages: PageOf<T>[] = [];
  let after: string | null = null;
  for (let i = 0; i < maxPages; i += 1) {
    const page: PageOf<T> = await fetch(after);
    pages.push(page);
    if (pages.length > 1) expect(page.totalCount).toBe(pages[0].totalCount);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(pageSize);
    after = page.pageInfo.endCursor;
  }
  expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  return { nodes: pages.flatMap((p) => p.edges.map((e) => e.node)), pages };
}

/** Two claims said by one speaker, ingested: the smallest graph a relateClaims call can work on. */
export async function ingestTwoClaims(server: TestServer, label: string): Promise<{ x: string; y: string }> {
  const b = new BundleBuilder(label);
  const speaker = b.entity('speaker');
  const x = b.claim('x');
  const y = b.claim('y');
  b.attribution({ claim: x, speaker });
  b.attribution({ claim: y, speaker });
  await b.ingest(server);
  return { x, y };
}
