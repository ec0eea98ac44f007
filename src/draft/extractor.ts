import { extractDraftBundle } from '../extract/draftBundle';
import { documentId, shortHash } from '../extract/draftIds';
import { extractAttributions } from '../extract/extractAttributions';
import type { Extractor } from './draftExtraction';

/**
 * The project's rule-based extractor (src/extract/), as the drafts API calls it. The draft bundle
 * does not say which item each attribution came from; its ids are derived from the items
 * (src/extract/draftBundle.ts), so the same derivation links them back, for `edits.drop` by item id.
 */
export const extractor: Extractor = {
  attributions: (text, options) => extractAttributions(text, options),
  bundle: (text, document, options) => extractDraftBundle(text, document, options),
  itemLinks: (text, document, items) => {
    const docId = documentId(text, document);
    const links = new Map<string, string>();
    for (const item of items) {
      const id = `attr-${shortHash(docId, item.content.start, item.content.end, item.speaker?.start ?? -1, item.id)}`;
      links.set(id, item.id);
      // The article's own voice behind a factive cue ("acknowledged that X") comes from the same item.
      links.set(`${id}-publisher`, item.id);
    }
    return links;
  },
};
