import type { DocumentNode, OperationDefinitionNode, ValidationRule } from 'graphql';
import { foldSelections, fragmentsOf } from './fragments';
import { limitExceeded } from './limitError';

/**
 * Refuses an operation nested deeper than `max` fields (fragments expanded): `{ claims { edges {
 * node { text } } } }` is 4 deep. Introspection fields (`__schema`, `__type`) are not counted: their
 * standard query nests type references a dozen levels, they read the in-memory schema (no Cypher),
 * and production mode lets only keys with the introspection flag use them.
 */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  return foldSelections(operation.selectionSet, fragmentsOf(document), {
    empty: 0,
    field: (field, inner) => (field.name.value.startsWith('__') ? 0 : 1 + inner),
    combine: Math.max,
  });
}

export function depthLimitRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = operationDepth(context.getDocument(), operation);
      if (depth > max) context.reportError(limitExceeded('depth', depth, max, operation));
    },
  });
}
