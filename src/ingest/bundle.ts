import { z } from 'zod';
import { ATTRIBUTION_MODES, STANCES } from '../attribution/attributionRecord';
import { CLAIM_RELATION_TYPES } from '../claim/claimRecord';
import { DOCUMENT_KINDS } from '../document/documentRecord';
import { ENTITY_KINDS } from '../entity/entityRecord';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import { parseDateTime } from '../shared/dateTime';

/**
 * The ingest bundle format (shared by `ingestDocument` and `npm run ingest`), parsed and normalised:
 * dates become UTC ISO strings, optional lists become empty lists, attributions get their document.
 * Limits keep one bundle from turning into an accidental denial of service.
 */
export const LIMITS = {
  id: 200,
  name: 500,
  title: 1000,
  text: 5000,
  cue: 200,
  url: 2000,
  listItems: 10_000,
  aliases: 100,
  rating: 100,
} as const;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const id = z
  .string({ error: 'must be a string id' })
  .min(1, { error: 'must not be empty', abort: true })
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(ID_PATTERN, 'must start with a letter or digit and use only letters, digits, ".", "_", ":" and "-"');

const text = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

const optionalText = (max: number) => text(max).nullish().transform((v) => v ?? null);

const dateTime = z
  .string({ error: 'must be an ISO-8601 date-time string' })
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    const iso = parseDateTime(v);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: `must be an ISO-8601 date-time with a time zone (2022-11-21T12:00:00Z) or a date; got "${v}"` });
      return z.NEVER;
    }
    return iso;
  });

const list = <T extends z.ZodTypeAny>(item: T, max: number = LIMITS.listItems) =>
  z.array(item, { error: 'must be a list' }).max(max, `must have at most ${max} items`).nullish().transform((v) => v ?? []);

const enumOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: (iss) => `${JSON.stringify(iss.input)} is not a valid ${what}; expected one of ${values.join(', ')}` });

const url = z
  .string({ error: 'must be a string' })
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .refine((v) => /^https?:\/\/\S+$/i.test(v), 'must be an http(s) URL')
  .nullish()
  .transform((v) => v ?? null);

const DocumentSchema = z.strictObject({
  id,
  title: text(LIMITS.title),
  url,
  kind: enumOf(DOCUMENT_KINDS, 'document kind'),
  publishedAt: dateTime,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as "en"').nullish().transform((v) => v ?? null),
  publisher: id.nullish().transform((v) => v ?? null),
  authors: list(id, 100),
});

const AffiliationSchema = z.strictObject({
  entity: id,
  role: optionalText(LIMITS.name),
  since: dateTime,
  until: dateTime,
});

const EntitySchema = z.strictObject({
  id,
  name: text(LIMITS.name),
  kind: enumOf(ENTITY_KINDS, 'entity kind'),
  aliases: list(text(LIMITS.name), LIMITS.aliases),
  wikidataId: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q794"').nullish().transform((v) => v ?? null),
  anonymous: z.boolean({ error: 'must be true or false' }).nullish().transform((v) => v ?? false),
  description: optionalText(LIMITS.text),
  affiliations: list(AffiliationSchema, 100),
});

const ClaimSchema = z.strictObject({
  id,
  text: text(LIMITS.text),
  about: list(id, 100),
});

const AttributionSchema = z.strictObject({
  id,
  claim: id,
  speaker: id,
  document: id.nullish().transform((v) => v ?? null),
  mode: enumOf(ATTRIBUTION_MODES, 'attribution mode'),
  stance: enumOf(STANCES, 'stance'),
  cue: optionalText(LIMITS.cue),
  quote: optionalText(LIMITS.text),
  statedAt: dateTime,
  firstReport: z.boolean({ error: 'must be true or false' }).nullish().transform((v) => v ?? false),
  via: id.nullish().transform((v) => v ?? null),
  basis: id.nullish().transform((v) => v ?? null),
});

const RelationSchema = z.strictObject({
  from: id,
  type: enumOf(CLAIM_RELATION_TYPES, 'claim relation type'),
  to: id,
});

/** A fact-check verdict; the scale rules (ratingValue within worst..best) are in review/reviewRules.ts. */
const ratingNumber = z.number({ error: 'must be a number' }).nullish().transform((v) => v ?? null);

export const ReviewSchema = z.strictObject({
  id,
  claim: id,
  reviewer: id,
  rating: text(LIMITS.rating),
  ratingValue: ratingNumber,
  bestRating: ratingNumber,
  worstRating: ratingNumber,
  reviewedAt: dateTime,
  url,
  summary: optionalText(LIMITS.text),
});

const BundleSchema = z.strictObject(
  {
    document: DocumentSchema,
    documents: list(DocumentSchema),
    entities: list(EntitySchema),
    claims: list(ClaimSchema),
    attributions: list(AttributionSchema),
    relations: list(RelationSchema),
    reviews: list(ReviewSchema),
  },
  // Only for a bundle that is not an object; unknown top-level keys keep their own message.
  { error: (iss) => (iss.code === 'invalid_type' ? 'a bundle must be a JSON object' : undefined) },
);

type Parsed = z.infer<typeof BundleSchema>;
export type BundleDocument = Parsed['document'];
export type BundleEntity = Parsed['entities'][number];
export type BundleClaim = Parsed['claims'][number];
export type BundleRelation = Parsed['relations'][number];
export type BundleReview = Parsed['reviews'][number];
export type BundleAttribution = Omit<Parsed['attributions'][number], 'document'> & { document: string };
export interface Bundle extends Omit<Parsed, 'attributions'> {
  attributions: BundleAttribution[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

/** The id of the innermost item (document, entity, claim, attribution) that holds `path`, if it has one. */
function enclosingId(input: unknown, path: readonly PropertyKey[]): string | undefined {
  let found: string | undefined;
  let node: unknown = input;
  for (const part of [undefined, ...path]) {
    if (part !== undefined) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined;
    const nodeId = node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as { id?: unknown }).id : undefined;
    if (typeof nodeId === 'string' && nodeId !== '') found = nodeId;
  }
  return found;
}

/** Parses a bundle, or throws BadUserInputError listing every malformed field with its path and item id. */
export function parseBundle(input: unknown): Bundle {
  // reportInput: a missing field ("is required") must be told apart from one of the wrong type.
  const result = BundleSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const problems: InputProblem[] = result.error.issues.map((issue) => {
      const id = enclosingId(input, issue.path);
      return {
        path: formatPath(issue.path) || '(bundle)',
        ...(id === undefined ? {} : { id }),
        message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
      };
    });
    throw new BadUserInputError(problems);
  }
  const bundle = result.data;
  return {
    ...bundle,
    attributions: bundle.attributions.map((a) => ({ ...a, document: a.document ?? bundle.document.id })),
  };
}

/** Parses one review on its own (`addReview`), or throws BadUserInputError; paths start at `at` ("input.rating"). */
export function parseReview(input: unknown, at: string): BundleReview {
  const result = ReviewSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const given = input !== null && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  const id = typeof given === 'string' && given !== '' ? given : undefined;
  throw new BadUserInputError(
    result.error.issues.map((issue) => ({
      path: formatPath([at, ...issue.path]),
      ...(id === undefined ? {} : { id }),
      message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    })),
  );
}
