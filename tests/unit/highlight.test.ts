import { ELLIPSIS, highlight, MARK_CLOSE, MARK_OPEN, SNIPPET_LENGTH } from '../../src/search/highlight';
import { hitSnippet } from '../../src/search/hitSnippet';
import { searchKeys, words } from '../../src/search/words';

/** Search snippets: Lucene-like words, case/accent-insensitive marks, escaping, windows on long texts. */

const hl = (text: string, query: string, max?: number) => highlight(text, searchKeys(query), max);

/** Text of a snippet with the marks removed and HTML entities decoded: what a reader sees. */
const visible = (snippet: string) =>
  snippet.replaceAll(MARK_OPEN, '').replaceAll(MARK_CLOSE, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Every <mark> is closed before the next opens, and none is left open. */
function marksWellFormed(snippet: string): boolean {
  const tags = snippet.match(/<\/?mark>/g) ?? [];
  return tags.every((t, i) => t === (i % 2 === 0 ? MARK_OPEN : MARK_CLOSE)) && tags.length % 2 === 0;
}

describe('words: tokenised roughly as the Lucene standard analyzer does', () => {
  const keys = (text: string) => words(text).map((w) => w.key);

  test('splits on spaces, hyphens and punctuation, lower-cases', () => {
    expect(keys('Shahed-136 drones, (Kyiv)/Tehran!')).toEqual(['shahed', '136', 'drones', 'kyiv', 'tehran']);
  });

  test("keeps apostrophes and periods between letters, and number separators between digits", () => {
    expect(keys("Iran's U.S. officials: 1,000 drones at 3.5 km")).toEqual(["iran's", 'u.s', 'officials', '1,000', 'drones', 'at', '3.5', 'km']);
  });

  test('folds accents and typographic apostrophes; keeps offsets in the original text', () => {
    const text = 'Zelénskyy’s ÉTAT';
    expect(words(text)).toEqual([
      { start: 0, end: 11, key: "zelenskyy's" },
      { start: 12, end: 16, key: 'etat' },
    ]);
  });

  test('each Han character is a word of its own', () => {
    expect(keys('伊朗 drones')).toEqual(['伊', '朗', 'drones']);
  });

  test('searchKeys of what an analyst typed: distinct keys, syntax characters are just separators', () => {
    expect([...searchKeys('Drones AND "drones" +Iran*')]).toEqual(['drones', 'and', 'iran']);
  });
});

describe('highlight', () => {
  test('marks whole words, whatever their case, and nothing else', () => {
    expect(hl('Russia has obtained hundreds of drones from Iran.', 'DRONES iran').snippet).toBe(
      'Russia has obtained hundreds of <mark>drones</mark> from <mark>Iran</mark>.',
    );
    // "drone" is not a word of the text: Lucene would not match it inside "drones" either.
    expect(hl('Russia has obtained hundreds of drones.', 'drone')).toEqual({ snippet: 'Russia has obtained hundreds of drones.', marks: 0 });
  });

  test('marks every occurrence and reports how many', () => {
    expect(hl('Drones, drones and more drones.', 'drones')).toEqual({
      snippet: '<mark>Drones</mark>, <mark>drones</mark> and more <mark>drones</mark>.',
      marks: 3,
    });
  });

  test('matches regardless of accents, and marks the original spelling', () => {
    expect(hl('Hossein Amir-Abdollahian met Zelénskyy in Kyiv.', 'zelenskyy').snippet).toBe(
      'Hossein Amir-Abdollahian met <mark>Zelénskyy</mark> in Kyiv.',
    );
    expect(hl('Zelenskyy spoke.', 'Zelénskyy').snippet).toBe('<mark>Zelenskyy</mark> spoke.');
  });

  test('a possessive is its own word, as in the index', () => {
    expect(hl("Iran's drones and Iran", "iran's").snippet).toBe("<mark>Iran's</mark> drones and Iran");
    expect(hl("Iran’s drones", "iran's").snippet).toBe('<mark>Iran’s</mark> drones');
  });

  test('HTML in the text is escaped, so the marks are the only tags', () => {
    const { snippet } = hl('Drones <b>&</b> «mark» <mark>drones</mark>', 'drones mark');
    expect(snippet).toBe(
      '<mark>Drones</mark> &lt;b&gt;&amp;&lt;/b&gt; «<mark>mark</mark>» &lt;<mark>mark</mark>&gt;<mark>drones</mark>&lt;/<mark>mark</mark>&gt;',
    );
    expect(marksWellFormed(snippet)).toBe(true);
  });

  test('collapses line breaks and runs of spaces', () => {
    expect(hl('  We did provide\n\n  a limited   number of drones  ', 'drones').snippet).toBe(
      'We did provide a limited number of <mark>drones</mark>',
    );
  });

  test('a text without a match yields its beginning, unmarked', () => {
    expect(hl('Nothing to see here.', 'drones')).toEqual({ snippet: 'Nothing to see here.', marks: 0 });
    expect(hl('', 'drones')).toEqual({ snippet: '', marks: 0 });
  });

  describe('long texts', () => {
    const filler = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

    test('a window around the first match, cut at word boundaries, with ellipses', () => {
      const text = `${filler(60)} the Shahed drones were found ${filler(60, 'ipsum')}`;
      const { snippet, marks } = hl(text, 'shahed');
      expect(marks).toBe(1);
      expect(snippet.startsWith(ELLIPSIS)).toBe(true);
      expect(snippet.endsWith(ELLIPSIS)).toBe(true);
      const shown = visible(snippet).slice(1, -1);
      expect(shown.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
      expect(text).toContain(shown);
      // Whole words only: the shown text begins and ends on word boundaries of the original.
      const at = text.indexOf(shown);
      expect(text[at - 1]).toBe(' ');
      expect(text[at + shown.length]).toBe(' ');
      // Context before the match is kept.
      expect(shown.indexOf('Shahed')).toBeGreaterThanOrEqual(40);
      expect(shown.indexOf('Shahed')).toBeLessThanOrEqual(70);
      expect(snippet).toContain(`the ${MARK_OPEN}Shahed${MARK_CLOSE} drones were found`);
    });

    test('a match near the start: no leading ellipsis', () => {
      const text = `Drones ${filler(100)}`;
      const { snippet } = hl(text, 'drones');
      expect(snippet.startsWith(`${MARK_OPEN}Drones${MARK_CLOSE} lorem0`)).toBe(true);
      expect(snippet.endsWith(ELLIPSIS)).toBe(true);
    });

    test('a match near the end: the window ends with the text, no trailing ellipsis', () => {
      const text = `${filler(100)} drones`;
      const { snippet } = hl(text, 'drones');
      expect(snippet.startsWith(ELLIPSIS)).toBe(true);
      expect(snippet.endsWith(`lorem99 ${MARK_OPEN}drones${MARK_CLOSE}`)).toBe(true);
      expect(visible(snippet).length).toBeLessThanOrEqual(SNIPPET_LENGTH + 1);
    });

    test('marks beyond the window are left out, never cut in half', () => {
      const text = `drones ${filler(30)} drones ${filler(30)} drones`;
      const { snippet, marks } = hl(text, 'drones', 120);
      expect(marksWellFormed(snippet)).toBe(true);
      expect(marks).toBe(1);
      expect(snippet.startsWith(`${MARK_OPEN}drones${MARK_CLOSE}`)).toBe(true);
    });

    test('a single word longer than the window is shown whole when it is the match', () => {
      const long = `x${'a'.repeat(300)}`;
      const { snippet } = hl(`intro ${long} outro`, long, 50);
      expect(snippet).toBe(`intro ${MARK_OPEN}${long}${MARK_CLOSE}${ELLIPSIS}`);
    });

    test('never splits an emoji when there is no word boundary to cut at', () => {
      const text = '😀'.repeat(100);
      const { snippet } = hl(text, 'drones', 51);
      expect(snippet.endsWith(ELLIPSIS)).toBe(true);
      expect(snippet.slice(0, -1)).toBe('😀'.repeat(25));
    });
  });
});

describe('hitSnippet: which field matched', () => {
  const keys = searchKeys('Amirabdollahian');

  test('a claim by its text, an attribution by its quote', () => {
    expect(hitSnippet({ __typename: 'Claim', id: 'c', text: 'Amirabdollahian spoke.' }, keys)).toEqual({
      snippet: '<mark>Amirabdollahian</mark> spoke.',
      matchedField: 'CLAIM_TEXT',
    });
    const attribution = {
      __typename: 'Attribution' as const, id: 'a', claimId: 'c', speakerId: 's', documentId: 'd', viaId: null, basisId: null,
      mode: 'DIRECT_QUOTE' as const, stance: 'ASSERTS' as const, cue: 'said', quote: 'I am Amirabdollahian', statedAt: null, firstReport: false,
    };
    expect(hitSnippet(attribution, keys)).toEqual({ snippet: 'I am <mark>Amirabdollahian</mark>', matchedField: 'QUOTE' });
  });

  const entity = (name: string, aliases: string[]) => ({
    __typename: 'Entity' as const, id: 'e', name, kind: 'PERSON' as const, anonymous: false, description: null, aliases, wikidataId: null,
  });

  test('an entity by its name first, else by the first alias that matches', () => {
    expect(hitSnippet(entity('Hossein Amirabdollahian', ['Amirabdollahian']), keys)).toEqual({
      snippet: 'Hossein <mark>Amirabdollahian</mark>',
      matchedField: 'ENTITY_NAME',
    });
    expect(hitSnippet(entity('Iranian Foreign Minister', ['FM', 'Hossein Amirabdollahian', 'Amirabdollahian']), keys)).toEqual({
      snippet: 'Hossein <mark>Amirabdollahian</mark>',
      matchedField: 'ENTITY_ALIAS',
    });
  });

  test('no field matches: the name, unmarked', () => {
    expect(hitSnippet(entity('Hossein Amir-Abdollahian', ['H. A.']), keys)).toEqual({
      snippet: 'Hossein Amir-Abdollahian',
      matchedField: 'ENTITY_NAME',
    });
  });
});
