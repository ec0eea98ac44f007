import { reviewScaleProblems } from '../review/reviewRules';
import type { InputProblem } from '../shared/errors';
import type { Bundle } from './bundle';

/**
 * Rules a parsed bundle must satisfy on its own (no database needed), and the list of references it
 * makes to ids it does not define, which the ingest then looks up in the graph.
 */
export type NodeKind = 'Entity' | 'Document' | 'Claim' | 'Attribution';

export interface Reference {
  path: string;
  kind: NodeKind;
  id: string;
}

export interface BundleIds {
  Entity: Set<string>;
  Document: Set<string>;
  Claim: Set<string>;
  Attribution: Set<string>;
}

export function bundleIds(bundle: Bundle): BundleIds {
  return {
    Entity: new Set(bundle.entities.map((e) => e.id)),
    Document: new Set([bundle.document, ...bundle.documents].map((d) => d.id)),
    Claim: new Set(bundle.claims.map((c) => c.id)),
    Attribution: new Set(bundle.attributions.map((a) => a.id)),
  };
}

function duplicateIds(items: { id: string }[], itemPath: (i: number) => string, problems: InputProblem[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push({ path: `${itemPath(i)}.id`, id: item.id, message: `duplicate id "${item.id}" (also at ${itemPath(first)})` });
    } else seen.set(item.id, i);
  });
}

const inList = (listPath: string) => (i: number) => `${listPath}[${i}]`;

/** Every reference the bundle makes, with the JSON path it sits at. */
export function references(bundle: Bundle): Reference[] {
  const refs: Reference[] = [];
  const docs = [{ doc: bundle.document, path: 'document' }, ...bundle.documents.map((doc, i) => ({ doc, path: `documents[${i}]` }))];
  for (const { doc, path } of docs) {
    if (doc.publisher) refs.push({ path: `${path}.publisher`, kind: 'Entity', id: doc.publisher });
    doc.authors.forEach((a, j) => refs.push({ path: `${path}.authors[${j}]`, kind: 'Entity', id: a }));
  }
  bundle.entities.forEach((e, i) =>
    e.affiliations.forEach((f, j) => refs.push({ path: `entities[${i}].affiliations[${j}].entity`, kind: 'Entity', id: f.entity })),
  );
  bundle.claims.forEach((c, i) => c.about.forEach((a, j) => refs.push({ path: `claims[${i}].about[${j}]`, kind: 'Entity', id: a })));
  bundle.attributions.forEach((a, i) => {
    const p = `attributions[${i}]`;
    refs.push({ path: `${p}.claim`, kind: 'Claim', id: a.claim });
    refs.push({ path: `${p}.speaker`, kind: 'Entity', id: a.speaker });
    refs.push({ path: `${p}.document`, kind: 'Document', id: a.document });
    if (a.via) refs.push({ path: `${p}.via`, kind: 'Attribution', id: a.via });
    if (a.basis) refs.push({ path: `${p}.basis`, kind: 'Document', id: a.basis });
  });
  bundle.relations.forEach((r, i) => {
    refs.push({ path: `relations[${i}].from`, kind: 'Claim', id: r.from });
    refs.push({ path: `relations[${i}].to`, kind: 'Claim', id: r.to });
  });
  bundle.reviews.forEach((r, i) => {
    refs.push({ path: `reviews[${i}].claim`, kind: 'Claim', id: r.claim });
    refs.push({ path: `reviews[${i}].reviewer`, kind: 'Entity', id: r.reviewer });
  });
  return refs;
}

/** References to ids the bundle does not define: these must already be in the graph. */
export function externalReferences(bundle: Bundle): Reference[] {
  const ids = bundleIds(bundle);
  return references(bundle).filter((r) => !ids[r.kind].has(r.id));
}

export function checkBundleRules(bundle: Bundle): InputProblem[] {
  const problems: InputProblem[] = [];
  // The main document comes first, at `document`; `documents[i]` is item i + 1 of this list.
  duplicateIds([bundle.document, ...bundle.documents], (i) => (i === 0 ? 'document' : `documents[${i - 1}]`), problems);
  duplicateIds(bundle.entities, inList('entities'), problems);
  duplicateIds(bundle.claims, inList('claims'), problems);
  duplicateIds(bundle.attributions, inList('attributions'), problems);
  duplicateIds(bundle.reviews, inList('reviews'), problems);

  bundle.entities.forEach((e, i) =>
    e.affiliations.forEach((f, j) => {
      if (f.entity === e.id) problems.push({ path: `entities[${i}].affiliations[${j}].entity`, id: f.entity, message: 'an entity cannot be affiliated with itself' });
      if (f.since && f.until && f.until < f.since) problems.push({ path: `entities[${i}].affiliations[${j}].until`, id: e.id, message: 'is before `since`' });
    }),
  );
  bundle.attributions.forEach((a, i) => {
    const p = `attributions[${i}]`;
    if (a.quote !== null && a.mode !== 'DIRECT_QUOTE') {
      problems.push({ path: `${p}.quote`, id: a.id, message: `a quote is only allowed on a DIRECT_QUOTE attribution; this one is ${a.mode}` });
    }
    if (a.quote === null && a.mode === 'DIRECT_QUOTE') {
      problems.push({ path: `${p}.quote`, id: a.id, message: 'a DIRECT_QUOTE attribution needs the verbatim quoted words in `quote`' });
    }
    if (a.via === a.id) problems.push({ path: `${p}.via`, id: a.id, message: `attribution "${a.id}" cannot relay itself` });
  });
  bundle.relations.forEach((r, i) => {
    if (r.from === r.to) problems.push({ path: `relations[${i}].to`, id: r.to, message: 'a claim cannot be related to itself' });
  });
  bundle.reviews.forEach((r, i) => problems.push(...reviewScaleProblems(r, `reviews[${i}]`)));
  return problems;
}

/**
 * Finds `via` cycles. `next` gives each attribution's via as it will be after the ingest (the bundle's
 * own via for its attributions, the graph's for the others); a cycle makes the chain endless.
 */
export function viaCycles(bundle: Bundle, next: (id: string) => string | null): InputProblem[] {
  const problems: InputProblem[] = [];
  bundle.attributions.forEach((a, i) => {
    const seen = new Set([a.id]);
    let cursor = a.via;
    while (cursor) {
      if (cursor === a.id) {
        problems.push({ path: `attributions[${i}].via`, id: a.id, message: `via makes a cycle: attribution "${a.id}" leads back to itself` });
        break;
      }
      if (seen.has(cursor)) break; // a cycle that does not pass through this attribution is reported on its own members
      seen.add(cursor);
      cursor = next(cursor);
    }
  });
  return problems;
}
