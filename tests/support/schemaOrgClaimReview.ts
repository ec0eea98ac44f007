/**
 * What a valid ClaimReview looks like, written down so the tests can check the export against it.
 *
 * 1. Google's "Fact check (ClaimReview) structured data" guidelines
 *    (developers.google.com/search/docs/appearance/structured-data/factcheck), property by property:
 *
 *    | type        | property        | Google      | expected type            |
 *    |-------------|-----------------|-------------|--------------------------|
 *    | ClaimReview | claimReviewed   | REQUIRED    | Text                     |
 *    | ClaimReview | reviewRating    | REQUIRED    | Rating                   |
 *    | ClaimReview | url             | REQUIRED    | URL                      |
 *    | ClaimReview | author          | recommended | Organization or Person   |
 *    | ClaimReview | datePublished   | recommended | DateTime                 |
 *    | ClaimReview | itemReviewed    | recommended | Claim                    |
 *    | Claim       | appearance      | recommended | URL or CreativeWork      |
 *    | Claim       | author          | recommended | Organization or Person   |
 *    | Claim       | datePublished   | recommended | DateTime                 |
 *    | Claim       | firstAppearance | recommended | URL or CreativeWork      |
 *    | Rating      | alternateName   | REQUIRED    | Text (the verdict as a reader sees it) |
 *    | Rating      | bestRating      | recommended | Number                   |
 *    | Rating      | name            | recommended | Text                     |
 *    | Rating      | ratingValue     | recommended | Number, within worstRating..bestRating |
 *    | Rating      | worstRating     | recommended | Number                   |
 *
 *    Google reads JSON-LD whose `@context` is schema.org and whose root `@type` is ClaimReview.
 *
 * 2. The schema.org vocabulary (schema.org/ClaimReview, /Claim, /Rating, /CreativeWork, /Thing): each
 *    property a claimgraph export may use, with the types schema.org expects for its values, on the
 *    type that defines it; a type also has the properties of the types it extends.
 */
type Scalar = 'Text' | 'URL' | 'Number' | 'Date' | 'DateTime';
type TypeName = 'Thing' | 'CreativeWork' | 'Review' | 'ClaimReview' | 'Claim' | 'Rating' | 'Person' | 'Organization';
type Expected = Scalar | TypeName;

const PARENT: Record<TypeName, TypeName | null> = {
  Thing: null,
  CreativeWork: 'Thing',
  Review: 'CreativeWork',
  ClaimReview: 'Review',
  Claim: 'CreativeWork',
  Rating: 'Thing',
  Person: 'Thing',
  Organization: 'Thing',
};

const PROPERTIES: Record<TypeName, Record<string, Expected[]>> = {
  Thing: { name: ['Text'], alternateName: ['Text'], description: ['Text'], identifier: ['Text', 'URL'], sameAs: ['URL'], url: ['URL'] },
  CreativeWork: { author: ['Organization', 'Person'], datePublished: ['Date', 'DateTime'], headline: ['Text'], publisher: ['Organization', 'Person'] },
  Review: { itemReviewed: ['Thing'], reviewRating: ['Rating'], reviewBody: ['Text'] },
  ClaimReview: { claimReviewed: ['Text'] },
  Claim: { appearance: ['URL', 'CreativeWork'], firstAppearance: ['URL', 'CreativeWork'] },
  Rating: { ratingValue: ['Number', 'Text'], bestRating: ['Number', 'Text'], worstRating: ['Number', 'Text'] },
  Person: {},
  Organization: {},
};

/** Google's required properties, by type. */
export const GOOGLE_REQUIRED: Partial<Record<TypeName, string[]>> = {
  ClaimReview: ['claimReviewed', 'reviewRating', 'url'],
  Rating: ['alternateName'],
};

/** Google's recommended properties, by type. */
export const GOOGLE_RECOMMENDED: Partial<Record<TypeName, string[]>> = {
  ClaimReview: ['author', 'datePublished', 'itemReviewed'],
  Claim: ['appearance', 'author', 'datePublished', 'firstAppearance'],
  Rating: ['bestRating', 'name', 'ratingValue', 'worstRating'],
};

const isType = (t: unknown): t is TypeName => typeof t === 'string' && t in PARENT;

function isA(type: TypeName, expected: TypeName): boolean {
  for (let t: TypeName | null = type; t; t = PARENT[t]) if (t === expected) return true;
  return false;
}

function propertiesOf(type: TypeName): Record<string, Expected[]> {
  const all: Record<string, Expected[]> = {};
  for (let t: TypeName | null = type; t; t = PARENT[t]) Object.assign(all, PROPERTIES[t]);
  return all;
}

const SCALARS: Record<Scalar, (v: unknown) => boolean> = {
  Text: (v) => typeof v === 'string' && v.trim() !== '',
  URL: (v) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v),
  Number: (v) => typeof v === 'number' && Number.isFinite(v),
  Date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  DateTime: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
};

function matches(value: unknown, expected: Expected, path: string, problems: string[]): boolean {
  if (expected in SCALARS) return SCALARS[expected as Scalar](value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const type = (value as Record<string, unknown>)['@type'];
  if (!isType(type) || !isA(type, expected as TypeName)) return false;
  checkNode(value as Record<string, unknown>, type, path, problems);
  return true;
}

function checkNode(node: Record<string, unknown>, type: TypeName, path: string, problems: string[]): void {
  const properties = propertiesOf(type);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type' || key === '@context') continue;
    const expected = properties[key];
    if (!expected) {
      problems.push(`${path}.${key}: not a schema.org property of ${type}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      const at = Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (!expected.some((e) => matches(v, e, at, problems))) problems.push(`${at}: expected ${expected.join(' or ')}, got ${JSON.stringify(v)}`);
    });
  }
  for (const required of GOOGLE_REQUIRED[type] ?? []) {
    if (node[required] === undefined) problems.push(`${path}: ${type} lacks ${required}, which Google requires`);
  }
  if (type === 'Rating') {
    const { ratingValue: v, bestRating: best, worstRating: worst } = node as Record<string, number | undefined>;
    if (typeof v === 'number' && typeof best === 'number' && v > best) problems.push(`${path}.ratingValue: above bestRating`);
    if (typeof v === 'number' && typeof worst === 'number' && v < worst) problems.push(`${path}.ratingValue: below worstRating`);
  }
}

/** Every way `doc` departs from the vocabulary above, as readable lines; [] for a valid ClaimReview. */
export function claimReviewProblems(doc: unknown): string[] {
  const problems: string[] = [];
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return ['$: not a JSON object'];
  const node = doc as Record<string, unknown>;
  if (node['@context'] !== 'https://schema.org') problems.push(`$.@context: expected "https://schema.org", got ${JSON.stringify(node['@context'])}`);
  if (node['@type'] !== 'ClaimReview') return [...problems, `$.@type: expected "ClaimReview", got ${JSON.stringify(node['@type'])}`];
  checkNode(node, 'ClaimReview', '$', problems);
  return problems;
}

/** The recommended properties a node of `type` lacks (not an error for Google, but worth knowing). */
export function missingRecommended(node: Record<string, unknown>, type: TypeName): string[] {
  return (GOOGLE_RECOMMENDED[type] ?? []).filter((p) => node[p] === undefined);
}
