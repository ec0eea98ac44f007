import { pageSize } from '../shared/cursor';
import { BadUserInputError } from '../shared/errors';
import { toLuceneQuery } from './luceneQuery';
import type { SearchHitRecord } from './searchRecord';
import type { SearchRepository } from './searchRepository';

const MAX_SEARCH_TEXT = 500;

export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  search(text: string, first: number | null | undefined): Promise<SearchHitRecord[]> {
    const limit = pageSize(first);
    if (text.length > MAX_SEARCH_TEXT) {
      throw new BadUserInputError([{ path: 'text', message: `must be at most ${MAX_SEARCH_TEXT} characters` }]);
    }
    const query = toLuceneQuery(text);
    if (!query) throw new BadUserInputError([{ path: 'text', message: 'has no words to search for' }]);
    return limit === 0 ? Promise.resolve([]) : this.repository.search(query, limit);
  }
}
