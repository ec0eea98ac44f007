import type { AttributionMode, Stance } from '../attribution/attributionRecord';
import type { DocumentKind } from '../document/documentRecord';
import type { InputProblem } from '../shared/errors';
import type { DraftBundleRecord } from './draftRecord';

/**
 * A reviewer's corrections to a draft (acceptDraft's `edits`), applied to the draft's bundle to give
 * the ingest input. Pure. Problems with the edits themselves (an id the draft does not have, an item
 * edited twice) are found here; problems with the values (an empty text, an unknown speaker) are
 * found by the ingest's own validation, and `relocateProblems` points those back at the edit that
 * caused them, so the reviewer is told which of their changes to fix.
 */
export interface DraftEdits {
  drop?: readonly string[] | null;
  claims?: readonly { id: string; text: string }[] | null;
  attributions?: readonly { id: string; speaker?: string | null; mode?: AttributionMode | null; stance?: Stance | null }[] | null;
  document?: { id?: string | null; title?: string | null; url?: string | null; kind?: DocumentKind | null; publishedAt?: string | null } | null;
}

export interface EditedDraft {
  /** The bundle to ingest, in the ingest format (no confidences, no extracted items). */
  input: Record<string, unknown>;
  /** Confidences of the claims and attributions left, for their `suggestion`. */
  claims: { id: string; confidence: number }[];
  attributions: { id: string; confidence: number }[];
  documentId: string;
  problems: InputProblem[];
}

type Row = Record<string, unknown>;
const DOCUMENT_FIELDS = ['id', 'title', 'url', 'kind', 'publishedAt'] as const;

export function applyEdits(draftId: string, bundle: DraftBundleRecord, edits: DraftEdits | null | undefined): EditedDraft {
  const problems: InputProblem[] = [];
  const claimIds = new Set(bundle.claims.map((c) => c.id));
  const attributionIds = new Set(bundle.attributions.map((a) => a.id));
  const itemIds = new Set(bundle.items.map((i) => i.id));

  // drop: claim, attribution or item ids; an item stands for the attributions made from it.
  const dropped = new Set<string>();
  (edits?.drop ?? []).forEach((id, i) => {
    if (claimIds.has(id) || attributionIds.has(id)) dropped.add(id);
    const fromItem = itemIds.has(id) ? bundle.attributions.filter((a) => a.item === id) : [];
    fromItem.forEach((a) => dropped.add(a.id));
    if (itemIds.has(id) && fromItem.length === 0 && !attributionIds.has(id)) {
      problems.push({ path: `edits.drop[${i}]`, id, message: `no attribution of draft "${draftId}" was made from item "${id}"; drop its attribution or claim by id` });
    } else if (!claimIds.has(id) && !attributionIds.has(id) && !itemIds.has(id)) {
      problems.push({ path: `edits.drop[${i}]`, id, message: `draft "${draftId}" has no claim, attribution or extracted item "${id}"` });
    }
  });

  const claimEdits = checkEdits(edits?.claims ?? [], 'claims', claimIds, 'claim', draftId, problems);
  const attributionEdits = checkEdits(edits?.attributions ?? [], 'attributions', attributionIds, 'attribution', draftId, problems);

  const attributions = bundle.attributions.filter((a) => !dropped.has(a.id) && !dropped.has(a.claim));
  const kept = new Set(attributions.map((a) => a.id));
  const stated = new Set(attributions.map((a) => a.claim));
  const everStated = new Set(bundle.attributions.map((a) => a.claim));
  const claims = bundle.claims.filter((c) => !dropped.has(c.id) && (stated.has(c.id) || !everStated.has(c.id)));
  if (bundle.attributions.length > 0 && attributions.length === 0) {
    problems.push({ path: 'edits.drop', message: `drops every attribution of draft "${draftId}"; reject the draft instead (rejectDraft)` });
  }
  for (const [i, e] of (edits?.claims ?? []).entries()) {
    if (claimEdits.get(e.id) === e && !claims.some((c) => c.id === e.id)) problems.push({ path: `edits.claims[${i}].id`, id: e.id, message: `claim "${e.id}" is left out by edits.drop; edit it or drop it, not both` });
  }
  for (const [i, e] of (edits?.attributions ?? []).entries()) {
    if (attributionEdits.get(e.id) === e && !kept.has(e.id)) problems.push({ path: `edits.attributions[${i}].id`, id: e.id, message: `attribution "${e.id}" is left out by edits.drop; edit it or drop it, not both` });
  }

  const strip = ({ confidence: _c, item: _i, ...rest }: Row) => rest;
  const outClaims = claims.map((c) => {
    const edit = claimEdits.get(c.id);
    return strip({ ...c, ...(edit ? { text: edit.text } : {}) });
  });
  const documentEdit = edits?.document ?? {};
  const document: Row = { ...bundle.document };
  for (const field of DOCUMENT_FIELDS) if (documentEdit[field] !== null && documentEdit[field] !== undefined) document[field] = documentEdit[field];
  const recordedIn = (a: Row) => (a.document === undefined || a.document === null || a.document === bundle.document.id ? {} : { document: a.document });

  const outAttributions = attributions.map((a) => {
    const edit = attributionEdits.get(a.id);
    return strip({
      ...a,
      // Recorded in the bundle's document (whatever its id now is) unless the extractor named another.
      document: undefined,
      ...recordedIn(a as unknown as Row),
      speaker: edit?.speaker ?? a.speaker,
      mode: edit?.mode ?? a.mode,
      stance: edit?.stance ?? a.stance,
      // A relayed attribution that was left out: this one stands on its own.
      via: a.via && kept.has(a.via) ? a.via : null,
      // The ingest refuses a quote on a non-quote: a reviewer turning a quote into a paraphrase means the words are not verbatim.
      quote: (edit?.mode ?? a.mode) === 'DIRECT_QUOTE' ? a.quote : null,
    });
  });

  // Entities nothing refers to any more (the speaker of a dropped item) are not created.
  const used = new Set<string>([
    ...outAttributions.map((a) => a.speaker as string),
    ...claims.flatMap((c) => c.about),
    ...(typeof document.publisher === 'string' ? [document.publisher] : []),
  ]);
  const entities = bundle.entities.filter((e) => used.has(e.id));
  const affiliated = new Set(entities.flatMap((e) => ((e as unknown as Row).affiliations as { entity: string }[] | undefined ?? []).map((f) => f.entity)));
  const outEntities = bundle.entities.filter((e) => used.has(e.id) || affiliated.has(e.id));

  const { items: _items, document: _d, entities: _e, claims: _c, attributions: _a, ...rest } = bundle as unknown as Row;
  return {
    input: { ...rest, document, entities: outEntities, claims: outClaims, attributions: outAttributions },
    claims: claims.map((c) => ({ id: c.id, confidence: c.confidence })),
    attributions: attributions.map((a) => ({ id: a.id, confidence: a.confidence })),
    documentId: String(document.id),
    problems,
  };
}

/** Edits by id, after checking each names an item of the draft, once. */
function checkEdits<E extends { id: string }>(edits: readonly E[], list: string, ids: Set<string>, what: string, draftId: string, problems: InputProblem[]): Map<string, E> {
  const byId = new Map<string, E>();
  edits.forEach((e, i) => {
    if (!ids.has(e.id)) problems.push({ path: `edits.${list}[${i}].id`, id: e.id, message: `draft "${draftId}" has no ${what} "${e.id}"` });
    else if (byId.has(e.id)) problems.push({ path: `edits.${list}[${i}].id`, id: e.id, message: `${what} "${e.id}" is edited twice; give one edit per ${what}` });
    else byId.set(e.id, e);
  });
  return byId;
}

/**
 * The ingest names problems by the path in the bundle it was given (`attributions[1].speaker`);
 * when an edit set that value, name the edit instead (`edits.attributions[0].speaker`). Problems the
 * edits did not cause keep the bundle's path, under `bundle.`.
 */
export function relocateProblems(problems: readonly InputProblem[], input: Record<string, unknown>, edits: DraftEdits | null | undefined): InputProblem[] {
  const listItem = (list: string, index: number) => ((input[list] as Row[] | undefined) ?? [])[index]?.id as string | undefined;
  return problems.map((p) => {
    const item = /^(claims|attributions)\[(\d+)\]\.(\w+)/.exec(p.path);
    if (item) {
      const [, list, index, written] = item;
      const id = listItem(list, Number(index));
      // A quote problem on an attribution whose mode the reviewer changed is the mode edit's doing.
      const field = list === 'attributions' && written === 'quote' ? 'mode' : written;
      const editList = (list === 'claims' ? edits?.claims : edits?.attributions) ?? [];
      const j = editList.findIndex((e) => e.id === id && (e as Row)[field] !== null && (e as Row)[field] !== undefined);
      if (j >= 0 && id !== undefined) return { ...p, path: `edits.${list}[${j}].${field}`, id };
    }
    const doc = /^document\.(\w+)/.exec(p.path);
    if (doc && edits?.document && (edits.document as Row)[doc[1]] !== null && (edits.document as Row)[doc[1]] !== undefined) {
      return { ...p, path: `edits.document.${doc[1]}` };
    }
    return { ...p, path: `bundle.${p.path}` };
  });
}
