import fs from 'node:fs';
import path from 'node:path';
import { uniqueId, type TestServer } from './testServer';

/**
 * Loads the multi-document fixture bundles of tests/fixtures/bundles/<set>/ (files in name order, one
 * `ingestDocument` mutation each) under a prefix no other test uses, so a test owns all the data it
 * asserts on and tests never depend on each other:
 *
 *   const f = await loadFixtureSet(server, 'mykolaiv-port');
 *   f.id('claim-mykolaiv-reopens-april')   // -> "t-mykolaiv-port-...-claim-mykolaiv-reopens-april"
 *
 * Every id (and every reference to one) is prefixed. Entity names and aliases get the prefix too,
 * because entity resolution matches names across the whole graph: two loads of "The Meridian
 * Herald" would otherwise become one entity.
 */
export const FIXTURE_DIR = path.resolve(__dirname, '..', 'fixtures', 'bundles');

type Json = Record<string, any>;

export interface FixtureSet {
  prefix: string;
  /** The prefixed id of a fixture id. */
  id(local: string): string;
  /** The fixture id of a prefixed id (for readable assertions). */
  local(id: string): string;
  /** The prefixed display name of a fixture entity name. */
  name(local: string): string;
  /** The bundles as they were sent. */
  bundles: Json[];
}

export function fixtureFiles(set: string): string[] {
  const dir = path.join(FIXTURE_DIR, set);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

/** A copy of a bundle with every id, reference, entity name and alias carrying `prefix`. */
export function prefixBundle(bundle: Json, prefix: string): Json {
  const id = (v: string | null | undefined) => (v ? `${prefix}-${v}` : v);
  const ids = (v: string[] | undefined) => v?.map((x) => `${prefix}-${x}`);
  const name = (v: string) => `${v} ${prefix}`;
  const doc = (d: Json) => ({ ...d, id: id(d.id), publisher: id(d.publisher), authors: ids(d.authors) });
  return {
    ...bundle,
    document: doc(bundle.document),
    documents: bundle.documents?.map(doc),
    entities: bundle.entities?.map((e: Json) => ({
      ...e,
      id: id(e.id),
      name: name(e.name),
      aliases: e.aliases?.map(name),
      affiliations: e.affiliations?.map((f: Json) => ({ ...f, entity: id(f.entity) })),
    })),
    claims: bundle.claims?.map((c: Json) => ({ ...c, id: id(c.id), about: ids(c.about) })),
    attributions: bundle.attributions?.map((a: Json) => ({
      ...a,
      id: id(a.id),
      claim: id(a.claim),
      speaker: id(a.speaker),
      document: id(a.document),
      via: id(a.via),
      basis: id(a.basis),
    })),
    relations: bundle.relations?.map((r: Json) => ({ ...r, from: id(r.from), to: id(r.to) })),
  };
}

const INGEST = `mutation Ingest($input: DocumentBundleInput!) {
  ingestDocument(input: $input) { document { id } claims { created matched } attributions { created matched } relations { created matched } }
}`;

export interface IngestCounts {
  document: { id: string };
  claims: { created: number; matched: number };
  attributions: { created: number; matched: number };
  relations: { created: number; matched: number };
}

/** Ingests one (already prefixed) bundle through the public mutation; fails the test on any error. */
export async function ingest(server: TestServer, bundle: Json): Promise<IngestCounts> {
  const data = await server.query<{ ingestDocument: IngestCounts }>(INGEST, { input: bundle });
  return data.ingestDocument;
}

/** Loads a fixture set (or the files of it named in `only`, in that order) under a fresh prefix. */
export async function loadFixtureSet(server: TestServer, set: string, only?: string[]): Promise<FixtureSet> {
  const prefix = uniqueId(set);
  const files = only ? only.map((f) => path.join(FIXTURE_DIR, set, f)) : fixtureFiles(set);
  const bundles = files.map((f) => prefixBundle(JSON.parse(fs.readFileSync(f, 'utf8')), prefix));
  for (const bundle of bundles) await ingest(server, bundle);
  return {
    prefix,
    id: (local) => `${prefix}-${local}`,
    local: (id) => (id.startsWith(`${prefix}-`) ? id.slice(prefix.length + 1) : id),
    name: (local) => `${local} ${prefix}`,
    bundles,
  };
}
