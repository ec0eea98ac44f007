/**
 * The normalised form under which names are compared for entity resolution and the name filter:
 * case, accents (diacritics), punctuation, hyphens and spaces are ignored, so "Amir-Abdollahian",
 * "Amirabdollahian" and "AMIR ABDOLLAHIAN" share one key, as do "U.S." and "US".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Distinct non-empty keys of a name and its aliases. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(nameKey).filter((k) => k.length > 0))];
}
