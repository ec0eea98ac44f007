import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { fragmentsOf } from './fragments';

/**
 * What one operation may cost, counted before anything runs: the number of objects it can return.
 *
 * - A field returning an object costs 1 each time it is resolved; a leaf (scalar, enum) is free.
 * - A list is counted at its page size: its `first` (or `limit`) argument, else that argument's
 *   default in the schema, else `unpagedListSize` (5) for lists without paging (a claim's
 *   attributions, a document's authors, a chain: a few items each in practice).
 * - A paged field returning a connection object (`claims(first: 50)`) passes its page size to the
 *   lists directly inside it (`edges`, `nodes`), and those are counted at that size.
 * - Everything under a list is multiplied by its size, through every level of nesting:
 *   `claims(first: 100) { edges { node { attributions { speaker { name } } } } }` costs
 *   1 + 100 + 100 + 500 + 500 = 1201.
 * - Introspection (`__schema`, `__type`, `__typename`) is free: it reads the in-memory schema.
 * - Fragments count as if written out; the same field asked twice counts twice.
 *
 * Pure and linear in the document's size (fragments are measured once per context).
 */
export interface CostSettings {
  /** Assumed size of a list field without a paging argument. */
  unpagedListSize: number;
  /** Names of paging arguments, in order of preference. */
  pageArguments: readonly string[];
  /** Page size assumed when a paging argument has no value and no default. */
  maxPageSize: number;
}

export const DEFAULT_COST_SETTINGS: CostSettings = { unpagedListSize: 5, pageArguments: ['first', 'limit'], maxPageSize: 100 };

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  settings: CostSettings = DEFAULT_COST_SETTINGS,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = fragmentsOf(document);
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue] as const),
  );
  // Cost at multiplier 1 of a fragment in one context (type, pending page size); cost is linear in
  // the multiplier, so the memo scales.
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  const intValue = (node: ValueNode | undefined): number | undefined => {
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const given = variables[node.name.value];
      if (typeof given === 'number') return given;
      if (given === undefined) return intValue(variableDefaults.get(node.name.value) ?? undefined);
    }
    return undefined;
  };

  const pageSize = (field: FieldNode, def: GraphQLField<unknown, unknown>): number | undefined => {
    for (const name of settings.pageArguments) {
      const arg = def.args.find((a) => a.name === name);
      if (!arg) continue;
      const given = intValue(field.arguments?.find((a) => a.name.value === name)?.value);
      const fallback = typeof arg.defaultValue === 'number' ? arg.defaultValue : settings.maxPageSize;
      return Math.max(0, Math.floor(given ?? fallback));
    }
    return undefined;
  };

  const cost = (set: SelectionSetNode, type: GraphQLCompositeType, pending: number | undefined): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
        const def = type.getFields()[sel.name.value];
        if (!def) continue;
        const named = getNamedType(def.type);
        if (!isCompositeType(named) || !sel.selectionSet) continue;
        const page = pageSize(sel, def);
        const isList = isListType(getNullableType(def.type));
        const size = isList ? (page ?? pending ?? settings.unpagedListSize) : 1;
        const childPending = isList ? undefined : page;
        total += size + size * cost(sel.selectionSet, named, childPending);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const inner = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (inner && isCompositeType(inner)) total += cost(sel.selectionSet, inner, pending);
      } else {
        const fragment = fragments.get(sel.name.value);
        const inner = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !inner || !isCompositeType(inner)) continue;
        const key = `${fragment.name.value}|${pending ?? ''}`;
        if (inProgress.has(key)) continue;
        if (!memo.has(key)) {
          inProgress.add(key);
          memo.set(key, cost(fragment.selectionSet, inner, pending));
          inProgress.delete(key);
        }
        total += memo.get(key)!;
      }
    }
    return total;
  };
  return cost(operation.selectionSet, root, undefined);
}
