import { highlight } from './highlight';
import type { SearchMatchedField, SearchNode } from './searchRecord';

/**
 * Which text of a hit the analyst's words matched, and that text highlighted. A claim is found by its
 * text, an attribution by its quote; an entity by its name or one of its aliases, so the first of
 * those (name first) that contains a searched word is the one shown. When none does (the index's
 * tokenisation can differ from ours in rare cases), the primary text is shown unmarked.
 */
export interface HitSnippet {
  snippet: string;
  matchedField: SearchMatchedField;
}

function candidates(node: SearchNode): [SearchMatchedField, string][] {
  switch (node.__typename) {
    case 'Claim':
      return [['CLAIM_TEXT', node.text]];
    case 'Attribution':
      return [['QUOTE', node.quote ?? '']];
    default:
      return [['ENTITY_NAME', node.name], ...node.aliases.map((a): [SearchMatchedField, string] => ['ENTITY_ALIAS', a])];
  }
}

export function hitSnippet(node: SearchNode, keys: ReadonlySet<string>): HitSnippet {
  const fields = candidates(node);
  for (const [matchedField, text] of fields) {
    const { snippet, marks } = highlight(text, keys);
    if (marks > 0) return { snippet, matchedField };
  }
  const [matchedField, text] = fields[0];
  return { snippet: highlight(text, keys).snippet, matchedField };
}
