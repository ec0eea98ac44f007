import type { DuplicateSubject } from '../../src/entity/duplicates/duplicateRecord';
import { nameTokens } from '../../src/entity/duplicates/nameTokens';
import { rankDuplicates } from '../../src/entity/duplicates/rankDuplicates';
import { nameEvidence, scoreDuplicate } from '../../src/entity/duplicates/scoreDuplicate';
import { canonicalTable, canonicalToken, transliterationEquivalent } from '../../src/entity/duplicates/transliteration';

const person = (id: string, name: string, fields: Partial<DuplicateSubject> = {}): DuplicateSubject => ({
  id, name, aliases: [], kind: 'PERSON', wikidataId: null, affiliations: [], ...fields,
});
const mod = { entityId: 'ua-mod', entityName: 'Ministry of Defence of Ukraine' };
const codes = (s: ReturnType<typeof scoreDuplicate>) => s?.reasons.map((r) => r.code);

describe('nameTokens', () => {
  test('lower case, accents removed, split on anything but letters and digits', () => {
    expect(nameTokens('Mykola  Kovalénko')).toEqual(['mykola', 'kovalenko']);
    expect(nameTokens('Hossein Amir-Abdollahian')).toEqual(['hossein', 'amir', 'abdollahian']);
    expect(nameTokens('V. Zelensky')).toEqual(['v', 'zelensky']);
    expect(nameTokens('O’Brien')).toEqual(['o', 'brien']);
    expect(nameTokens(' -- ')).toEqual([]);
  });
});

describe('transliteration', () => {
  test.each([
    ['nikolai', 'mykola'], ['nikolay', 'mykola'], ['mikola', 'mykola'],
    ['aleksandr', 'oleksandr'], ['alexander', 'oleksandr'], ['vladimir', 'volodymyr'],
    ['sergei', 'serhiy'], ['sergey', 'serhiy'], ['andrei', 'andriy'], ['dmitry', 'dmytro'],
    ['yuri', 'yuriy'], ['iurii', 'yuriy'], ['alexei', 'oleksiy'], ['mikhail', 'mykhailo'], ['kiev', 'kyiv'],
  ])('%s is spelled %s canonically', (spelling, canonical) => {
    expect(canonicalToken(spelling)).toBe(canonical);
  });

  test('other words stay as they are; a word is not a transliteration of itself', () => {
    expect(canonicalToken('kovalenko')).toBe('kovalenko');
    expect(transliterationEquivalent('mykola', 'nikolai')).toBe(true);
    expect(transliterationEquivalent('mykola', 'mykola')).toBe(false);
    expect(transliterationEquivalent('mykola', 'oleksandr')).toBe(false);
  });

  test('the table for the blocking query maps every spelling, canonical ones to themselves', () => {
    const table = canonicalTable();
    expect(table.nikolai).toBe('mykola');
    expect(table.mykola).toBe('mykola');
    expect(table.kiev).toBe('kyiv');
    expect(table.kovalenko).toBeUndefined();
  });
});

describe('nameEvidence', () => {
  test('transliterated given name with the same surname', () => {
    const e = nameEvidence('Mykola Kovalenko', 'Nikolai Kovalenko');
    expect(e?.reason.code).toBe('TRANSLITERATED_GIVEN_NAME');
    expect(e?.strength).toBe(0.9);
    expect(e?.reason.detail).toBe('"Mykola Kovalenko" and "Nikolai Kovalenko": same surname (kovalenko), and mykola / nikolai are transliterations of one given name');
  });

  test('a whole name in another transliteration', () => {
    expect(nameEvidence('Kyiv', 'Kiev')?.reason).toEqual({ code: 'TRANSLITERATED_NAME', detail: '"Kyiv" and "Kiev" are one name in different transliterations (kyiv / kiev)' });
    expect(nameEvidence('Volodymyr Zelensky', 'Vladimir Zelenskyy')?.reason.code).toBe('TRANSLITERATED_NAME');
    // Without a person, the last word is no surname and the first no given name.
    expect(nameEvidence('Kharkiv Oblast', 'Kharkov Oblast', false)?.reason.code).toBe('TRANSLITERATED_NAME');
    expect(nameEvidence('Kharkiv Oblast', 'Kharkov Oblast', true)?.reason.code).toBe('TRANSLITERATED_GIVEN_NAME');
  });

  test('the same name up to case, accents and punctuation', () => {
    expect(nameEvidence('Mykola Kovalenko', 'MYKOLA KOVALÉNKO')).toMatchObject({ strength: 0.95, reason: { code: 'SAME_NAME' } });
  });

  test('initials', () => {
    expect(nameEvidence('V. Zelensky', 'Volodymyr Zelensky')).toMatchObject({ strength: 0.7, reason: { code: 'GIVEN_NAME_INITIAL' } });
    // "N." fits Mykola through its spelling Nikolai.
    expect(nameEvidence('N. Kovalenko', 'Mykola Kovalenko')?.reason.code).toBe('GIVEN_NAME_INITIAL');
    expect(nameEvidence('P. Kovalenko', 'Mykola Kovalenko')).toBeNull();
    expect(nameEvidence('N. Kovalenko', 'Mykola Kovalenko', false)).toBeNull();
  });

  test('a small edit distance relative to the length', () => {
    const e = nameEvidence('Nikolai Kovalenko', 'Nikolai Kovalenco');
    expect(e?.reason.code).toBe('SIMILAR_NAME');
    // canonical keys "mykolakovalenko" / "mykolakovalenco": 1 edit in 15.
    expect(e?.strength).toBeCloseTo(0.85 * (1 - 1 / 15), 10);
    expect(e?.reason.detail).toBe('"Nikolai Kovalenko" and "Nikolai Kovalenco" differ by 1 letter in 15 (similarity 0.933)');
  });

  test('no evidence: different given names with one surname, short names, unrelated names', () => {
    expect(nameEvidence('Oleksandr Kovalenko', 'Mykola Kovalenko')).toBeNull();
    // A long surname alone does not make different given names alike.
    expect(nameEvidence('Oleksandr Kovalenkovychenkozqabcdef', 'Mykola Kovalenkovychenkozqabcdef')).toBeNull();
    expect(nameEvidence('Iran', 'Iraq')).toBeNull();
    expect(nameEvidence('US', 'UK')).toBeNull();
    expect(nameEvidence('Ukraine', 'Russia')).toBeNull();
  });
});

describe('scoreDuplicate', () => {
  test('transliteration plus the same organisation in the same role', () => {
    const a = person('a', 'Mykola Kovalenko', { affiliations: [{ ...mod, role: 'spokesperson' }] });
    const b = person('b', 'Nikolai Kovalenko', { affiliations: [{ ...mod, role: 'Spokesperson' }] });
    const s = scoreDuplicate(a, b)!;
    expect(s.score).toBe(0.93); // 1 - (1 - 0.9) * (1 - 0.3)
    expect(codes(s)).toEqual(['TRANSLITERATED_GIVEN_NAME', 'SHARED_AFFILIATION', 'SAME_KIND']);
    expect(s.reasons[1].detail).toBe('both are affiliated with Ministry of Defence of Ukraine, both as "spokesperson"');
    expect(s.reasons[2].detail).toBe('both are PERSON');
  });

  test('a shared organisation in different roles, or with a role unknown, weighs less', () => {
    const a = person('a', 'Mykola Kovalenko', { affiliations: [{ ...mod, role: 'spokesperson' }] });
    expect(scoreDuplicate(a, person('b', 'Nikolai Kovalenko', { affiliations: [{ ...mod, role: 'minister' }] }))!.score).toBe(0.91);
    expect(scoreDuplicate(a, person('b', 'Nikolai Kovalenko', { affiliations: [{ ...mod, role: null }] }))!.score).toBe(0.915);
    expect(scoreDuplicate(a, person('b', 'Nikolai Kovalenko'))!.score).toBe(0.9);
  });

  test('the best evidence over names and aliases counts', () => {
    const a = person('a', 'Kovalenko', { aliases: ['Mykola Kovalenko'] });
    expect(codes(scoreDuplicate(a, person('b', 'Nikolai Kovalenko')))).toEqual(['TRANSLITERATED_GIVEN_NAME', 'SAME_KIND']);
  });

  test('kind OTHER pairs with any kind, at 0.9 of the score; other different kinds never pair', () => {
    const other = scoreDuplicate(person('a', 'Kyiv', { kind: 'LOCATION' }), person('b', 'Kiev', { kind: 'OTHER' }))!;
    expect(other.score).toBe(0.81);
    expect(codes(other)).toEqual(['TRANSLITERATED_NAME', 'KIND_OTHER']);
    expect(other.reasons[1].detail).toBe('"Kiev" has kind OTHER, which fits LOCATION');
    expect(scoreDuplicate(person('a', 'Georgia', { kind: 'COUNTRY' }), person('b', 'Georgia', { kind: 'PERSON' }))).toBeNull();
  });

  test('the same Wikidata id is strong evidence; different Wikidata ids rule a pair out', () => {
    const s = scoreDuplicate(person('a', 'Hossein Amirabdollahian', { wikidataId: 'Q5' }), person('b', 'Iran foreign minister', { wikidataId: 'Q5' }))!;
    expect(s).toMatchObject({ score: 0.98, reasons: [{ code: 'SAME_WIKIDATA_ID', detail: 'both are Wikidata item Q5' }, { code: 'SAME_KIND' }] });
    expect(scoreDuplicate(person('a', 'Mykola Kovalenko', { wikidataId: 'Q1' }), person('b', 'Nikolai Kovalenko', { wikidataId: 'Q2' }))).toBeNull();
  });

  test('a shared affiliation alone is not a candidate, nor an entity with itself', () => {
    const a = person('a', 'Oleksandr Kovalenko', { affiliations: [{ ...mod, role: 'spokesperson' }] });
    const b = person('b', 'Mykola Kovalenko', { affiliations: [{ ...mod, role: 'spokesperson' }] });
    expect(scoreDuplicate(a, b)).toBeNull();
    expect(scoreDuplicate(a, a)).toBeNull();
  });
});

describe('rankDuplicates', () => {
  const pair = (a: string, b: string, score: number) => ({ a: { id: a }, b: { id: b }, score, reasons: [] });

  test('best first, ties in id order, minScore and first applied', () => {
    const pairs = [pair('c', 'd', 0.9), pair('a', 'b', 0.7), pair('a', 'c', 0.9), pair('b', 'c', 0.95)];
    expect(rankDuplicates(pairs, 10, null).map((p) => `${p.a.id}${p.b.id}`)).toEqual(['bc', 'ac', 'cd', 'ab']);
    expect(rankDuplicates(pairs, 2, null).map((p) => `${p.a.id}${p.b.id}`)).toEqual(['bc', 'ac']);
    expect(rankDuplicates(pairs, 10, 0.9).map((p) => `${p.a.id}${p.b.id}`)).toEqual(['bc', 'ac', 'cd']);
  });

  test('code-unit order for ids, whatever the locale', () => {
    const pairs = [pair('b', 'x', 0.5), pair('B', 'x', 0.5), pair('a', 'x', 0.5)];
    expect(rankDuplicates(pairs, 10, null).map((p) => p.a.id)).toEqual(['B', 'a', 'b']);
  });
});
