/**
 * The words of a name as duplicate detection compares them: lower case, accents (diacritics) removed,
 * split on anything that is not a letter or a digit, so "Mykola Kovalenko", "MYKOLA KOVALENKO" and
 * "Mykola  Kovalénko" give the same tokens, and "Amir-Abdollahian" gives two. The blocking query
 * (cypher/duplicate-candidate-pairs.cypher) splits names the same way, so both sides agree on what
 * the surname of a name is.
 */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
