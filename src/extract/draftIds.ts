import { createHash } from 'node:crypto';

/**
 * Deterministic ids for draft bundles: the same text and document always give the same ids, so a
 * re-extracted draft lines up with the previous one and ingesting it twice is idempotent.
 */
export function shortHash(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 10);
}

/** A bundle-safe id from a name: lower-case ASCII letters, digits and hyphens, at most `max` characters. */
export function slug(name: string, max = 60): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s;
}

/** The document id: given, else from the URL, else from the title, else from the text. */
export function documentId(text: string, given: { id?: string | null; url?: string | null; title?: string | null }): string {
  if (given.id) return given.id;
  const base = slug(given.url ?? '', 120) || slug(given.title ?? '', 80);
  return base ? `${base}-${shortHash(given.url ?? given.title ?? '', text).slice(0, 6)}` : `doc-${shortHash(text)}`;
}
