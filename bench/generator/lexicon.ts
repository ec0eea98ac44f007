import type { Random } from './random';

/**
 * Made-up words for the synthetic dataset: lowercase words for claim texts and quotes, capitalised
 * tokens for names. Invented rather than English so that the generated texts never compete with the
 * seed article's or the tests' words in full-text search, and so that a "rare term" is really rare.
 * Every token is unique across both lists.
 */
const WORD_SYLLABLES = ['ka', 'lo', 'mi', 'ten', 'ra', 'vu', 'sel', 'do', 'pa', 'ni', 'ko', 'ber', 'fa', 'lin', 'to', 'su', 'gre', 'ma', 'ol', 'det'];
const NAME_SYLLABLES = ['vor', 'esk', 'anth', 'bal', 'dru', 'quen', 'zar', 'tov', 'mir', 'ulf', 'hask', 'ryn', 'ost', 'yel', 'gav', 'imb', 'char', 'wex', 'jol', 'pran'];

export class Lexicon {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** `count` distinct lowercase words of 2 to 4 syllables. */
  words(count: number): string[] {
    return this.tokens(count, WORD_SYLLABLES, (w) => w);
  }

  /** `count` distinct capitalised name tokens of 2 to 4 syllables. */
  names(count: number): string[] {
    return this.tokens(count, NAME_SYLLABLES, (w) => w[0].toUpperCase() + w.slice(1));
  }

  private tokens(count: number, syllables: string[], shape: (w: string) => string): string[] {
    const out: string[] = [];
    // 20^4 combinations leave room for a million claims' worth of names; the bound only guards the loop.
    for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
      const n = this.random.int(2, count > 5000 ? 4 : 3);
      let w = '';
      for (let i = 0; i < n; i++) w += this.random.pick(syllables);
      if (this.used.has(w)) continue;
      this.used.add(w);
      out.push(shape(w));
    }
    if (out.length < count) throw new Error(`could not invent ${count} distinct words`);
    return out;
  }
}
