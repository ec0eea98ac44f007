import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Walks an operation's selections with its fragments expanded, as execution would see them.
 * Fragments are folded once each (memoised), so a document that spreads a fragment many times over
 * costs linear time to measure: the limits must not be a way to make the server work hard.
 * A fragment cycle (refused by the standard rules, which run alongside) counts as empty.
 */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  }
  return map;
}

/** Reduces a selection set: `field(field, inner)` gets the folded value of the field's own selections. */
export function foldSelections<T>(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  ops: { empty: T; field: (field: FieldNode, inner: T) => T; combine: (a: T, b: T) => T },
): T {
  const memo = new Map<string, T>();
  const inProgress = new Set<string>();
  const fold = (s: SelectionSetNode): T => {
    let acc = ops.empty;
    for (const sel of s.selections) {
      if (sel.kind === Kind.FIELD) {
        acc = ops.combine(acc, ops.field(sel, sel.selectionSet ? fold(sel.selectionSet) : ops.empty));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        acc = ops.combine(acc, fold(sel.selectionSet));
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(name)) continue;
        if (!memo.has(name)) {
          inProgress.add(name);
          memo.set(name, fold(fragment.selectionSet));
          inProgress.delete(name);
        }
        acc = ops.combine(acc, memo.get(name)!);
      }
    }
    return acc;
  };
  return fold(set);
}
