import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { foldSelections, fragmentsOf } from './limits/fragments';

/**
 * Introspection (`__schema`, `__type`) shows the whole API to whoever asks. In development it is
 * open (the explorer needs it); in production only an API key created with the introspection flag
 * may use it (`ctx.auth.introspection`). `__typename` is always allowed: clients need it.
 * A plugin, not a validation rule, because validation results are cached per query text while the
 * answer here depends on the caller. It runs before execution: a refused request sends no Cypher.
 */
interface MaybeAuthenticated {
  auth?: { introspection?: boolean } | null;
}

export function introspectionGate(production: boolean): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!production || !operation) return;
          const introspects = foldSelections(operation.selectionSet, fragmentsOf(document), {
            empty: false,
            field: (field, inner) => field.name.value === '__schema' || field.name.value === '__type' || inner,
            combine: (a, b) => a || b,
          });
          if (!introspects) return;
          const auth = (contextValue as MaybeAuthenticated).auth;
          if (auth?.introspection) return;
          throw auth
            ? new GraphQLError('Introspection (__schema, __type) is not allowed for this API key in production: it needs a key created with introspection.', {
                extensions: { code: 'FORBIDDEN', http: { status: 403 } },
              })
            : new GraphQLError('Introspection (__schema, __type) needs an API key with introspection in production: send it as `Authorization: Bearer <key>`.', {
                extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
              });
        },
      };
    },
  };
}
