import type { ApolloServerPlugin } from '@apollo/server';
import { limitExceeded } from './limitError';
import { operationCost, DEFAULT_COST_SETTINGS, type CostSettings } from './queryCost';

/**
 * Refuses an operation whose cost (src/server/limits/queryCost.ts) is over `max`. A plugin rather
 * than a validation rule because page sizes often come in variables (`first: $n`), which only the
 * request knows; it runs once the operation is resolved and before execution, so nothing reaches
 * Neo4j.
 */
export function costLimitPlugin(max: number, settings: CostSettings = DEFAULT_COST_SETTINGS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}, settings);
          if (cost > max) throw limitExceeded('cost', cost, max, operation);
        },
      };
    },
  };
}
