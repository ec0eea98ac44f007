import { pageSize } from '../shared/cursor';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import { hitSnippet } from './hitSnippet';
import { toLuceneQuery } from './luceneQuery';
import { SEARCH_RESULT_KINDS, type SearchHitRecord, type SearchResultKind } from './searchRecord';
import type { SearchRepository } from './searchRepository';
import { searchKeys } from './words';

const MAX_SEARCH_TEXT = 500;
const MAX_FILTER_IDS = 100;

export interface SearchFilterInput {
  kinds?: SearchResultKind[] | null;
  saidBy?: string[] | null;
  about?: string[] | null;
  statedAfter?: string | null;
  statedBefore?: string | null;
}

export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(text: string, first: number | null | undefined, filter?: SearchFilterInput | null): Promise<SearchHitRecord[]> {
    const limit = pageSize(first);
    if (text.length > MAX_SEARCH_TEXT) {
      throw new BadUserInputError([{ path: 'text', message: `must be at most ${MAX_SEARCH_TEXT} characters` }]);
    }
    const luceneQuery = toLuceneQuery(text);
    if (!luceneQuery) throw new BadUserInputError([{ path: 'text', message: 'has no words to search for' }]);
    const f = filter ?? {};
    const problems: InputProblem[] = [];
    for (const field of ['saidBy', 'about'] as const) {
      if ((f[field]?.length ?? 0) > MAX_FILTER_IDS) problems.push({ path: `filter.${field}`, message: `may list at most ${MAX_FILTER_IDS} ids` });
    }
    // DateTime inputs arrive as UTC ISO strings (the scalar normalises them), so they compare as text.
    if (f.statedAfter && f.statedBefore && f.statedBefore <= f.statedAfter) {
      problems.push({ path: 'filter.statedBefore', message: `must be later than statedAfter (${f.statedAfter})` });
    }
    if (problems.length > 0) throw new BadUserInputError(problems);
    if (limit === 0) return [];
    const matches = await this.repository.search({
      luceneQuery,
      limit,
      kinds: f.kinds?.length ? [...new Set(f.kinds)] : [...SEARCH_RESULT_KINDS],
      saidBy: f.saidBy ?? [],
      about: f.about ?? [],
      statedAfter: f.statedAfter ?? null,
      statedBefore: f.statedBefore ?? null,
    });
    const keys = searchKeys(text);
    return matches.map((m) => ({ ...m, ...hitSnippet(m.node, keys) }));
  }
}
