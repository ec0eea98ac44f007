import { distance } from 'fastest-levenshtein';
import type { DuplicateReasonRecord, DuplicateSubject, ScoredPair } from './duplicateRecord';
import { nameTokens } from './nameTokens';
import { canonicalToken, spellings } from './transliteration';

/**
 * How likely two entities are one, from 0 to 1, and why. Pure: the blocking query found the pair,
 * this decides. A pair needs evidence from the names (or the same Wikidata id); a shared affiliation
 * or kind alone never makes two people one, it only strengthens name evidence:
 *
 *   score = (1 - (1 - name) * (1 - affiliation)) * (0.9 when one kind is OTHER, else 1)
 *
 * Name evidence is the strongest over every (name or alias) x (name or alias) of the two:
 * the same name once case, accents and punctuation are ignored 0.95; the same name in another
 * transliteration 0.9 (TRANSLITERATED_GIVEN_NAME when only the given names differ, else
 * TRANSLITERATED_NAME); same surname with an initial for a given name 0.7; a small edit distance
 * (SIMILAR_NAME) 0.85 x similarity, where similarity = 1 - distance / longer length >= 0.8 over
 * the whole name (transliterations mapped to one spelling first), and, when both have given names,
 * at least 0.5 over the given names alone.
 * Affiliation evidence: the same organisation with the same role 0.3, with a different role 0.1,
 * with a role missing on either side 0.15.
 */
export const SIMILARITY_THRESHOLD = 0.8;
export const GIVEN_NAME_THRESHOLD = 0.5;

/** 1 - edit distance / length of the longer: 1 for equal texts, 0 for nothing in common. */
function similar(x: string, y: string): number {
  return 1 - distance(x, y) / Math.max(x.length, y.length, 1);
}

interface NameEvidence {
  strength: number;
  reason: DuplicateReasonRecord;
}

const quote = (s: string) => JSON.stringify(s);
const round = (x: number) => Math.round(x * 1000) / 1000;

function initialFits(initial: string, token: string): boolean {
  return initial.length === 1 && spellings(token).some((s) => s.startsWith(initial));
}

/**
 * Evidence that two single names (one of each entity's name and aliases) name one thing. `persons`:
 * at least one of the two is a PERSON, so a name's last word is a surname and the others given names
 * ("Kharkiv Oblast" has no given name, so it is TRANSLITERATED_NAME, not TRANSLITERATED_GIVEN_NAME).
 */
export function nameEvidence(x: string, y: string, persons = true): NameEvidence | null {
  const tx = nameTokens(x);
  const ty = nameTokens(y);
  if (tx.length === 0 || ty.length === 0) return null;
  const cx = tx.map(canonicalToken);
  const cy = ty.map(canonicalToken);
  const names = `${quote(x)} and ${quote(y)}`;
  if (tx.join(' ') === ty.join(' ')) {
    return { strength: 0.95, reason: { code: 'SAME_NAME', detail: `${names} are the same name once case, accents and punctuation are ignored` } };
  }
  if (cx.join(' ') === cy.join(' ')) {
    const differing = tx.map((t, i) => [t, ty[i]] as const).filter(([a, b]) => a !== b);
    const pairs = differing.map(([a, b]) => `${a} / ${b}`).join(', ');
    if (persons && tx.length > 1 && tx[tx.length - 1] === ty[ty.length - 1]) {
      return {
        strength: 0.9,
        reason: { code: 'TRANSLITERATED_GIVEN_NAME', detail: `${names}: same surname (${tx[tx.length - 1]}), and ${pairs} are transliterations of one given name` },
      };
    }
    return { strength: 0.9, reason: { code: 'TRANSLITERATED_NAME', detail: `${names} are one name in different transliterations (${pairs})` } };
  }
  if (persons && tx.length > 1 && tx.length === ty.length && cx[cx.length - 1] === cy[cy.length - 1]) {
    const given = tx.slice(0, -1).map((t, i) => [t, ty[i]] as const);
    const fits = given.every(([a, b]) => canonicalToken(a) === canonicalToken(b) || initialFits(a, b) || initialFits(b, a));
    if (fits && given.some(([a, b]) => a.length === 1 || b.length === 1)) {
      return { strength: 0.7, reason: { code: 'GIVEN_NAME_INITIAL', detail: `${names}: same surname (${tx[tx.length - 1]}), and the given names agree up to initials` } };
    }
  }
  const kx = cx.join('');
  const ky = cy.join('');
  if (Math.min(kx.length, ky.length) < 4) return null;
  const d = distance(kx, ky);
  const similarity = similar(kx, ky);
  if (similarity < SIMILARITY_THRESHOLD) return null;
  // A long shared surname must not make different given names look alike ("Oleksandr" vs "Mykola
  // Kovalenkovych"): with a given name on both sides, the given names must be alike too.
  if (cx.length > 1 && cy.length > 1 && similar(cx.slice(0, -1).join(''), cy.slice(0, -1).join('')) < GIVEN_NAME_THRESHOLD) return null;
  return {
    strength: 0.85 * similarity,
    reason: { code: 'SIMILAR_NAME', detail: `${names} differ by ${d} letter${d === 1 ? '' : 's'} in ${Math.max(kx.length, ky.length)} (similarity ${round(similarity)})` },
  };
}

function bestNameEvidence(a: DuplicateSubject, b: DuplicateSubject): NameEvidence | null {
  let best: NameEvidence | null = null;
  const persons = a.kind === 'PERSON' || b.kind === 'PERSON';
  for (const x of [a.name, ...a.aliases]) {
    for (const y of [b.name, ...b.aliases]) {
      const e = nameEvidence(x, y, persons);
      // Strictly stronger only: the first of equal strength wins, so the reason is stable.
      if (e && (!best || e.strength > best.strength)) best = e;
    }
  }
  if (a.wikidataId && a.wikidataId === b.wikidataId && (!best || best.strength < 0.98)) {
    best = { strength: 0.98, reason: { code: 'SAME_WIKIDATA_ID', detail: `both are Wikidata item ${a.wikidataId}` } };
  }
  return best;
}

const roleKey = (role: string | null) => (role ? nameTokens(role).join(' ') : '');

function affiliationEvidence(a: DuplicateSubject, b: DuplicateSubject): { strength: number; reasons: DuplicateReasonRecord[] } {
  const shared = [...new Set(a.affiliations.map((f) => f.entityId))].filter((id) => b.affiliations.some((f) => f.entityId === id)).sort();
  const found = shared.map((orgId) => {
    const rolesA = a.affiliations.filter((f) => f.entityId === orgId);
    const rolesB = b.affiliations.filter((f) => f.entityId === orgId);
    const orgName = rolesA[0].entityName;
    const same = rolesA.find((f) => roleKey(f.role) !== '' && rolesB.some((g) => roleKey(g.role) === roleKey(f.role)));
    const missing = rolesA.some((f) => !f.role) || rolesB.some((f) => !f.role);
    const list = (fs: typeof rolesA) => fs.map((f) => (f.role ? quote(f.role) : 'no role given')).join(', ');
    if (same) return { strength: 0.3, reason: { code: 'SHARED_AFFILIATION' as const, detail: `both are affiliated with ${orgName}, both as ${quote(same.role!)}` } };
    const strength = missing ? 0.15 : 0.1;
    return { strength, reason: { code: 'SHARED_AFFILIATION' as const, detail: `both are affiliated with ${orgName} (as ${list(rolesA)} and ${list(rolesB)})` } };
  });
  found.sort((p, q) => q.strength - p.strength);
  return { strength: found[0]?.strength ?? 0, reasons: found.map((f) => f.reason) };
}

/** Scores one pair; null when they are not candidates (incompatible kinds, different Wikidata items, no name evidence). */
export function scoreDuplicate(a: DuplicateSubject, b: DuplicateSubject): ScoredPair | null {
  if (a.id === b.id) return null;
  const kindOther = a.kind !== b.kind;
  if (kindOther && a.kind !== 'OTHER' && b.kind !== 'OTHER') return null;
  if (a.wikidataId && b.wikidataId && a.wikidataId !== b.wikidataId) return null;
  const name = bestNameEvidence(a, b);
  if (!name) return null;
  const affiliation = affiliationEvidence(a, b);
  const score = (1 - (1 - name.strength) * (1 - affiliation.strength)) * (kindOther ? 0.9 : 1);
  const kindReason: DuplicateReasonRecord = kindOther
    ? { code: 'KIND_OTHER', detail: `${a.kind === 'OTHER' ? quote(a.name) : quote(b.name)} has kind OTHER, which fits ${a.kind === 'OTHER' ? b.kind : a.kind}` }
    : { code: 'SAME_KIND', detail: `both are ${a.kind}` };
  return { score: round(score), reasons: [name.reason, ...affiliation.reasons, kindReason] };
}
