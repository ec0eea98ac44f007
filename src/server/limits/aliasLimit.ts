import type { DocumentNode, OperationDefinitionNode, ValidationRule } from 'graphql';
import { foldSelections, fragmentsOf } from './fragments';
import { limitExceeded } from './limitError';

/**
 * Refuses an operation with more than `max` aliased fields, fragments expanded (an alias inside a
 * fragment spread three times counts three times): aliases are how one request asks for the same
 * expensive field many times over.
 */
export function operationAliases(document: DocumentNode, operation: OperationDefinitionNode): number {
  return foldSelections(operation.selectionSet, fragmentsOf(document), {
    empty: 0,
    field: (field, inner) => (field.alias ? 1 : 0) + inner,
    combine: (a, b) => a + b,
  });
}

export function aliasLimitRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const aliases = operationAliases(context.getDocument(), operation);
      if (aliases > max) context.reportError(limitExceeded('aliases', aliases, max, operation));
    },
  });
}
