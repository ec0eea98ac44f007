import { revisionDraft } from '../audit/revisionDraft';
import { requireRole, type Caller } from '../auth/roles';
import { nameKey, nameKeys } from '../entity/nameKey';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import { parseBundle, type Bundle } from './bundle';
import { bundleIds, checkBundleRules, externalReferences, viaCycles } from './bundleRules';
import { resolveEntity, type GraphFacts } from './entityResolution';
import type { IngestRepository, LookupParams, LookupResult, WritePlan } from './ingestRepository';
import type { IngestCount, IngestResultRecord } from './ingestRecord';
import { ingestTouched } from './ingestTouched';

/**
 * Ingests one document bundle: validates it (shape, rules, references into the graph), resolves its
 * entities against the graph, and writes it in one transaction. Any problem means BAD_USER_INPUT
 * with every problem listed, and nothing written.
 */
export class IngestService {
  constructor(
    private readonly repository: IngestRepository,
    /** Who ingests: an EDITOR key over GraphQL, or a local process (`npm run ingest`, the seed load). */
    private readonly caller: Caller,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async ingest(input: unknown): Promise<IngestResultRecord> {
    const author = requireRole(this.caller, 'EDITOR', 'ingestDocument');
    const now = this.clock();
    const { lookup, plan } = prepareIngest(input, now);
    return this.repository.ingest(lookup, plan, revisionDraft(author, 'ingestDocument', input, now));
  }
}

/**
 * The ingest's validation and planning for one bundle, without the role check or the transaction:
 * `ingest` above, and `acceptDraft` (src/draft/), which runs it inside its own transaction. Throws
 * BadUserInputError for a malformed bundle; `plan` throws it for problems the graph lookup reveals.
 */
export function prepareIngest(input: unknown, now: Date) {
  const bundle = parseBundle(input);
  // Rule problems are reported together with the reference problems the lookup finds, so one
  // answer lists everything wrong with the bundle.
  const ruleProblems = checkBundleRules(bundle);
  return {
    bundle,
    lookup: lookupParams(bundle),
    plan: (facts: LookupResult) => {
      const planned = planWrites(bundle, facts, now, ruleProblems);
      return { ...planned, touched: ingestTouched(planned.write) };
    },
  };
}

function lookupParams(bundle: Bundle): LookupParams {
  const ids = bundleIds(bundle);
  const external = externalReferences(bundle);
  const ofKind = (kind: keyof typeof ids) => [...new Set([...ids[kind], ...external.filter((r) => r.kind === kind).map((r) => r.id)])];
  return {
    entityIds: ofKind('Entity'),
    documentIds: ofKind('Document'),
    claimIds: ofKind('Claim'),
    attributionIds: ofKind('Attribution'),
    nameKeys: [...new Set(bundle.entities.flatMap((e) => nameKeys(e.name, e.aliases)))],
    wikidataIds: [...new Set(bundle.entities.flatMap((e) => (e.wikidataId ? [e.wikidataId] : [])))],
    viaTargets: [...new Set(external.filter((r) => r.kind === 'Attribution').map((r) => r.id))],
    relations: bundle.relations.map((r) => ({ from: r.from, type: r.type, to: r.to })),
    reviewIds: bundle.reviews.map((r) => r.id),
  };
}

const count = (ids: string[], existing: Set<string>): IngestCount => {
  const matched = ids.filter((id) => existing.has(id)).length;
  return { created: ids.length - matched, matched };
};

/** Pure: from the bundle and what the graph holds, the problems (thrown) or the writes and the result. */
export function planWrites(bundle: Bundle, facts: LookupResult, now: Date, ruleProblems: InputProblem[] = []): { write: WritePlan; result: IngestResultRecord } {
  const graphFacts: GraphFacts = {
    existingEntityIds: new Set(facts.entities),
    redirects: new Map(facts.redirects.filter((r) => r.target).map((r) => [r.id, r.target!])),
    nameMatches: facts.nameMatches,
    wikidataMatches: facts.wikidataMatches,
  };
  const resolved = bundle.entities.map((e) => resolveEntity(e, graphFacts));
  const entityId = new Map(resolved.map((r) => [r.bundleId, r.resolvedId]));
  const known = {
    Entity: new Set([...facts.entities, ...graphFacts.redirects.keys(), ...bundle.entities.map((e) => e.id)]),
    Document: new Set([...facts.documents, ...bundleIds(bundle).Document]),
    Claim: new Set([...facts.claims, ...bundleIds(bundle).Claim]),
    Attribution: new Set([...facts.attributions, ...bundleIds(bundle).Attribution]),
  };
  const what = { Entity: 'entity', Document: 'document', Claim: 'claim', Attribution: 'attribution' } as const;
  const problems: InputProblem[] = [...ruleProblems];
  problems.push(
    ...externalReferences(bundle)
      .filter((ref) => !known[ref.kind].has(ref.id))
      .map((ref) => ({ path: ref.path, id: ref.id, message: `unknown ${what[ref.kind]} id "${ref.id}": it is neither in this bundle nor in the graph` })),
  );

  const bundleVia = new Map(bundle.attributions.map((a) => [a.id, a.via]));
  const graphVia = new Map<string, string | null>();
  for (const { chain } of facts.viaChains) chain.forEach((id, i) => graphVia.set(id, chain[i + 1] ?? null));
  // A via pointing at its own attribution is already a rule problem; the cycle check skips it.
  const reported = new Set(ruleProblems.map((p) => p.path));
  problems.push(...viaCycles(bundle, (id) => (bundleVia.has(id) ? bundleVia.get(id)! : graphVia.get(id) ?? null)).filter((p) => !reported.has(p.path)));

  const rid = (id: string) => graphFacts.redirects.get(id) ?? entityId.get(id) ?? id;
  // Resolution can make two different bundle ids one entity: an affiliation between them would
  // then tie the entity to itself, which the rules refuse for the ids as written.
  bundle.entities.forEach((e, i) =>
    e.affiliations.forEach((f, j) => {
      if (f.entity !== e.id && rid(f.entity) === rid(e.id)) {
        problems.push({
          path: `entities[${i}].affiliations[${j}].entity`,
          id: f.entity,
          message: `"${e.id}" and "${f.entity}" are the same entity ("${rid(e.id)}") after entity resolution, and an entity cannot be affiliated with itself`,
        });
      }
    }),
  );
  if (problems.length > 0) throw new BadUserInputError(problems);

  const byBundleId = new Map(bundle.entities.map((e) => [e.id, e]));
  const documents = [bundle.document, ...bundle.documents];
  const existing = {
    documents: new Set(facts.documents),
    claims: new Set(facts.claims),
    attributions: new Set(facts.attributions),
  };
  const relationKey = (r: { from: string; type: string; to: string }) => `${r.from}|${r.type}|${r.to}`;
  const existingRelations = new Set(facts.relations.map(relationKey));

  const write: WritePlan = {
    now: now.toISOString(),
    upsertEntities: resolved
      .filter((r) => r.resolution === 'CREATED' || r.resolution === 'SAME_ID')
      .map((r) => {
        const e = byBundleId.get(r.bundleId)!;
        return { id: e.id, name: e.name, kind: e.kind, anonymous: e.anonymous, description: e.description, wikidataId: e.wikidataId, aliases: e.aliases, nameKeys: nameKeys(e.name, e.aliases) };
      }),
    resolveEntities: resolved
      .filter((r) => r.resolution === 'NAME' || r.resolution === 'WIKIDATA' || r.resolution === 'KNOWN_ALIAS_ID')
      .map((r) => {
        const e = byBundleId.get(r.bundleId)!;
        return { id: e.id, targetId: r.resolvedId, resolution: r.resolution, name: e.name, aliases: e.aliases, nameKeys: nameKeys(e.name, e.aliases), description: e.description, wikidataId: e.wikidataId };
      }),
    affiliations: bundle.entities.flatMap((e) =>
      e.affiliations.map((f) => ({ from: rid(e.id), to: rid(f.entity), role: f.role, key: f.role ? nameKey(f.role) : '', since: f.since, until: f.until })),
    ),
    documents: documents.map((d) => ({ ...d, publisher: d.publisher ? rid(d.publisher) : null, authors: [...new Set(d.authors.map(rid))] })),
    claims: bundle.claims.map((c) => ({ id: c.id, text: c.text, about: [...new Set(c.about.map(rid))] })),
    attributions: bundle.attributions.map((a) => ({ ...a, speaker: rid(a.speaker) })),
    relations: bundle.relations.map((r) => ({ ...r })),
    reviews: bundle.reviews.map((r) => ({ ...r, reviewer: rid(r.reviewer) })),
  };

  const result: IngestResultRecord = {
    documentId: bundle.document.id,
    entities: {
      created: resolved.filter((r) => r.resolution === 'CREATED').length,
      matched: resolved.filter((r) => r.resolution !== 'CREATED').length,
    },
    documents: count(documents.map((d) => d.id), existing.documents),
    claims: count(bundle.claims.map((c) => c.id), existing.claims),
    attributions: count(bundle.attributions.map((a) => a.id), existing.attributions),
    // A relation listed twice is one relationship (MERGE): count it once.
    relations: count([...new Set(bundle.relations.map(relationKey))], existingRelations),
    reviews: count(bundle.reviews.map((r) => r.id), new Set(facts.reviews)),
    resolvedEntities: resolved,
  };
  return { write, result };
}
