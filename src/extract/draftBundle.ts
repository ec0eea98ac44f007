import type { AttributionMode, Stance } from '../attribution/attributionRecord';
import type { DocumentKind } from '../document/documentRecord';
import type { EntityKind } from '../entity/entityRecord';
import { documentId, shortHash, slug } from './draftIds';
import { extractWithCandidates } from './extractAttributions';
import type { ExtractedAttribution, ExtractionDocument, KnownEntity } from './extractionTypes';
import { KnownEntities } from './knownEntities';
import { publisherStatements } from './publisherVoice';
import { personName } from './speakerPhrase';

/**
 * A draft in the ingest bundle format (README "Bundle format"): what the extractor proposes for a
 * reviewer. Claims and attributions carry the rules' `confidence`; `stripDraft` removes it, and the
 * result passes `parseBundle` and the bundle rules unchanged. Known speakers (resolved against
 * `known`) are referenced by id and not re-declared; every other speaker becomes a new entity.
 */
export interface DraftDocument {
  id: string;
  title: string;
  url: string | null;
  kind: DocumentKind;
  publishedAt: string | null;
  language: string;
  publisher: string | null;
  authors: string[];
}
export interface DraftEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  anonymous: boolean;
  description: string | null;
}
export interface DraftClaim {
  id: string;
  text: string;
  about: string[];
  confidence: number;
}
export interface DraftAttribution {
  id: string;
  claim: string;
  speaker: string;
  mode: AttributionMode;
  stance: Stance;
  cue: string | null;
  quote: string | null;
  via: string | null;
  confidence: number;
}
export interface DraftBundle {
  document: DraftDocument;
  entities: DraftEntity[];
  claims: DraftClaim[];
  attributions: DraftAttribution[];
}
export type StrippedBundle = Omit<DraftBundle, 'claims' | 'attributions'> & {
  claims: Omit<DraftClaim, 'confidence'>[];
  attributions: Omit<DraftAttribution, 'confidence'>[];
};

const MAX_TEXT = 5000;
const MAX_CUE = 200;

function clip(s: string, max: number): string {
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** The words inside quote marks in a MIXED item's content, joined with an ellipsis. */
function quotedWords(content: string): string {
  const parts = [...content.matchAll(/["“]([^"“”]+)["”]?/g)].map((m) => m[1].trim()).filter(Boolean);
  return parts.length ? parts.join(' … ') : content;
}

function entityKind(item: ExtractedAttribution, name: string): EntityKind {
  if (item.anonymous) return /s$/i.test(name.split(/\s+/)[0] ?? '') || /s$/i.test(name) ? 'GROUP' : 'PERSON';
  return personName(name) === name ? 'PERSON' : 'ORGANIZATION';
}

export function extractDraftBundle(text: string, document: ExtractionDocument, options: { known?: KnownEntity[] } = {}): DraftBundle {
  const known = new KnownEntities(options.known ?? []);
  const extracted = extractWithCandidates(text, options);
  const docId = documentId(text, document);
  const title = clip(document.title ?? text.split('\n').find((l) => l.trim()) ?? docId, 1000);

  const entities = new Map<string, DraftEntity>();
  const usedIds = new Set((options.known ?? []).map((e) => e.id));
  const declare = (name: string, kind: EntityKind, anonymous: boolean): string => {
    const existing = [...entities.values()].find((e) => e.name === name);
    if (existing) return existing.id;
    let id = slug(name) || `speaker-${shortHash(docId, name)}`;
    if (usedIds.has(id)) id = `${id}-${shortHash(docId, name).slice(0, 6)}`;
    usedIds.add(id);
    entities.set(id, { id, name: clip(name, 500), kind, aliases: [], anonymous, description: anonymous ? clip(name, 500) : null });
    return id;
  };

  const publisherEntity = document.publisher ? known.resolve(document.publisher) : undefined;
  const publisherId = document.publisher ? publisherEntity?.id ?? declare(document.publisher, 'ORGANIZATION', false) : null;

  const claims = new Map<string, DraftClaim>();
  const claimFor = (start: number, end: number, content: string, confidence: number): string => {
    const id = `claim-${shortHash(docId, start, end)}`;
    const claim = claims.get(id);
    if (claim) claim.confidence = Math.max(claim.confidence, confidence);
    else claims.set(id, { id, text: clip(content, MAX_TEXT), about: [], confidence });
    return id;
  };

  const attrId = (item: ExtractedAttribution) => `attr-${shortHash(docId, item.content.start, item.content.end, item.speaker?.start ?? -1, item.id)}`;
  const ids = new Map(extracted.map(({ item }) => [item.id, attrId(item)]));
  const attributions: DraftAttribution[] = [];
  for (const { item, candidate } of extracted) {
    const speaker = item.speakerEntityId
      ? item.speakerEntityId
      : item.speakerCanonical
        ? declare(item.speakerCanonical, entityKind(item, item.speakerCanonical), item.anonymous)
        : declare('Unidentified speaker', 'PERSON', true);
    const claim = claimFor(item.content.start, item.content.end, item.content.text, item.confidence);
    const mode: AttributionMode = item.mode === 'INDIRECT' ? 'PARAPHRASE' : 'DIRECT_QUOTE';
    attributions.push({
      id: ids.get(item.id)!,
      claim,
      speaker,
      mode,
      stance: item.stance,
      cue: item.cue ? clip(item.cue.text, MAX_CUE) : null,
      // The bundle rules allow a quote only on DIRECT_QUOTE, so MIXED items are DIRECT_QUOTE with their quoted words.
      quote: mode === 'DIRECT_QUOTE' ? clip(item.mode === 'MIXED' ? quotedWords(item.content.text) : item.content.text, MAX_TEXT) : null,
      via: item.via ? ids.get(item.via) ?? null : null,
      confidence: item.confidence,
    });
    // A factive cue ("acknowledged that X") commits the article itself to X.
    if (candidate.factive && publisherId) {
      attributions.push({ id: `${ids.get(item.id)!}-publisher`, claim, speaker: publisherId, mode: 'REPORTED', stance: 'ASSERTS', cue: null, quote: null, via: null, confidence: 0.5 });
    }
  }
  if (publisherId) {
    for (const part of publisherStatements(text, extracted.map((x) => x.item))) {
      const claim = claimFor(part.start, part.end, text.slice(part.start, part.end), 0.3);
      attributions.push({ id: `attr-${shortHash(docId, part.start, part.end, 'publisher')}`, claim, speaker: publisherId, mode: 'REPORTED', stance: 'ASSERTS', cue: null, quote: null, via: null, confidence: 0.3 });
    }
  }

  return {
    document: {
      id: docId,
      title,
      url: document.url ?? null,
      kind: 'NEWS_ARTICLE',
      publishedAt: document.publishedAt ?? null,
      language: 'en',
      publisher: publisherId,
      authors: [],
    },
    entities: [...entities.values()],
    claims: [...claims.values()],
    attributions,
  };
}

/** The draft without its confidence fields: a plain ingest bundle. */
export function stripDraft(draft: DraftBundle): StrippedBundle {
  return {
    document: { ...draft.document, authors: [...draft.document.authors] },
    entities: draft.entities.map((e) => ({ ...e, aliases: [...e.aliases] })),
    claims: draft.claims.map(({ confidence: _confidence, ...claim }) => ({ ...claim, about: [...claim.about] })),
    attributions: draft.attributions.map(({ confidence: _confidence, ...attribution }) => ({ ...attribution })),
  };
}
