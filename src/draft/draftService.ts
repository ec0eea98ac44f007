import { randomUUID } from 'node:crypto';
import { revisionDraft } from '../audit/revisionDraft';
import { requireRole, type Caller } from '../auth/roles';
import type { ExtractionDocument } from '../extract/extractionTypes';
import { LIMITS } from '../ingest/bundle';
import { prepareIngest } from '../ingest/ingestService';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../shared/cursor';
import { parseDateTime } from '../shared/dateTime';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import { applyEdits, relocateProblems, type DraftEdits } from './draftEdits';
import { extractWithGraph, type Extractor } from './draftExtraction';
import type { AcceptDraftResultRecord, DraftBundleRecord, DraftConnectionRecord, DraftRecord, DraftStatus } from './draftRecord';
import type { DraftRepository } from './draftRepository';

/** Longest text extractDraft / saveDraft read: a long article, well under the request body limit. */
export const MAX_DRAFT_TEXT = 100_000;
const MAX_REASON = 1000;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export interface DraftDocumentArgs {
  id?: string | null;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}

/**
 * The drafts API: extract (writes nothing), save to the review queue, list, accept (ingest with the
 * reviewer's edits, in one transaction with marking the draft) and reject. Every mutation passes
 * requireRole first; bad input is BAD_USER_INPUT and writes nothing.
 */
export class DraftService {
  constructor(
    private readonly repository: DraftRepository,
    private readonly caller: Caller,
    private readonly extractor: Extractor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  extract(text: string, document: DraftDocumentArgs | null | undefined): Promise<DraftBundleRecord> {
    checkText(text);
    return this.run(text, extractionDocument(document, null));
  }

  async save(text: string, document: DraftDocumentArgs | null | undefined): Promise<DraftRecord> {
    const author = requireRole(this.caller, 'EDITOR', 'saveDraft');
    checkText(text);
    const id = `draft-${randomUUID()}`;
    const bundle = await this.run(text, extractionDocument(document, id));
    if (bundle.attributions.length === 0) {
      throw new BadUserInputError([{ path: 'text', message: 'the extractor found no attribution in this text, so there is nothing to review; check the text with extractDraft' }]);
    }
    const now = this.clock();
    return this.repository.create(
      { id, text, bundle: JSON.stringify(bundle), createdAt: now.toISOString(), createdBy: author.keyName, createdByKeyId: author.keyId },
      revisionDraft(author, 'saveDraft', { text, document: document ?? null }, now),
    );
  }

  get(id: string): Promise<DraftRecord | null> {
    return this.repository.byId(id);
  }

  async list(first: number | null | undefined, after: string | null | undefined, status: DraftStatus | null | undefined): Promise<DraftConnectionRecord> {
    const limit = pageSize(first);
    const position = decodeCursor(after, 'after', 'drafts');
    if (position && (typeof position.key !== 'string' || parseDateTime(position.key) === undefined)) {
      throw new BadUserInputError([{ path: 'after', message: 'is not a cursor this API issued; pass a pageInfo.endCursor from a previous page' }]);
    }
    const page = await this.repository.page(status ?? null, position, limit + 1);
    return toConnection(page.rows, limit, page.total, (p) => encodeCursor(p, 'drafts'));
  }

  async accept(id: string, edits: DraftEdits | null | undefined): Promise<AcceptDraftResultRecord> {
    const author = requireRole(this.caller, 'EDITOR', 'acceptDraft');
    const now = this.clock();
    return this.repository.accept(
      id,
      (draft) => {
        const pending = mustBePending(id, draft, 'accepted');
        const edited = applyEdits(id, pending.bundle, edits);
        if (edited.problems.length > 0) throw new BadUserInputError(edited.problems);
        const relocate = (error: unknown): never => {
          if (error instanceof BadUserInputError) throw new BadUserInputError(relocateProblems(error.problems, edited.input, edits));
          throw error;
        };
        try {
          const { lookup, plan } = prepareIngest(edited.input, now);
          return {
            lookup,
            plan: (facts) => {
              try {
                return plan(facts);
              } catch (error) {
                return relocate(error);
              }
            },
            documentId: edited.documentId,
            claims: edited.claims,
            attributions: edited.attributions,
          };
        } catch (error) {
          return relocate(error);
        }
      },
      author,
      revisionDraft(author, 'acceptDraft', { id, edits: edits ?? null }, now),
    );
  }

  async reject(id: string, reason: string | null | undefined): Promise<DraftRecord> {
    const author = requireRole(this.caller, 'EDITOR', 'rejectDraft');
    const why = reason?.trim() || null;
    if (why !== null && why.length > MAX_REASON) throw new BadUserInputError([{ path: 'reason', id, message: `must be at most ${MAX_REASON} characters; got ${why.length}` }]);
    const now = this.clock();
    return this.repository.reject(id, (draft) => void mustBePending(id, draft, 'rejected'), author, why, revisionDraft(author, 'rejectDraft', { id, reason: reason ?? null }, now));
  }

  private run(text: string, document: ExtractionDocument): Promise<DraftBundleRecord> {
    return extractWithGraph(this.extractor, text, document, (keys) => this.repository.knownEntities(keys));
  }
}

function checkText(text: string): void {
  if (text.trim() === '') throw new BadUserInputError([{ path: 'text', message: 'must not be empty' }]);
  if (text.length > MAX_DRAFT_TEXT) throw new BadUserInputError([{ path: 'text', message: `must be at most ${MAX_DRAFT_TEXT} characters; got ${text.length}` }]);
}

/** The document argument checked (the ingest's limits, so a saved draft can be accepted as it is). */
function extractionDocument(args: DraftDocumentArgs | null | undefined, draftId: string | null): ExtractionDocument {
  const problems: InputProblem[] = [];
  const given = args ?? {};
  const limit = (field: keyof DraftDocumentArgs, max: number) => {
    const v = given[field];
    if (typeof v === 'string' && v.length > max) problems.push({ path: `document.${field}`, message: `must be at most ${max} characters; got ${v.length}` });
  };
  if (typeof given.id === 'string' && (!ID_PATTERN.test(given.id) || given.id.length > LIMITS.id)) {
    problems.push({ path: 'document.id', id: given.id, message: `must be at most ${LIMITS.id} characters, start with a letter or digit and use only letters, digits, ".", "_", ":" and "-"` });
  }
  limit('title', LIMITS.title);
  limit('publisher', LIMITS.name);
  limit('url', LIMITS.url);
  if (typeof given.url === 'string' && !/^https?:\/\/\S+$/i.test(given.url)) problems.push({ path: 'document.url', message: 'must be an http(s) URL' });
  if (problems.length > 0) throw new BadUserInputError(problems);
  return {
    // A saved draft without a document id gets its own, so accepting two such drafts never makes them one document.
    id: given.id ?? (draftId === null ? null : `doc-${draftId}`),
    title: given.title ?? null,
    url: given.url ?? null,
    publisher: given.publisher ?? null,
    publishedAt: given.publishedAt ?? null,
  };
}

function mustBePending(id: string, draft: DraftRecord | null, doing: 'accepted' | 'rejected'): DraftRecord {
  if (draft === null) throw new BadUserInputError([{ path: 'id', id, message: `no draft with id "${id}"` }]);
  if (draft.status !== 'PENDING') {
    const state = draft.status === 'ACCEPTED' ? `already accepted (by ${draft.acceptedBy} at ${draft.acceptedAt})` : `already rejected (by ${draft.rejectedBy} at ${draft.rejectedAt})`;
    throw new BadUserInputError([{ path: 'id', id, message: `draft "${id}" is ${state} and cannot be ${doing}; only a PENDING draft can` }]);
  }
  return draft;
}
