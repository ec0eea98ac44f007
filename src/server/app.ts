import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { Database } from '../db/database';
import { resolvers } from '../graphql';
import { loadTypeDefs } from '../graphql/schema';
import { claimReviewRoute } from './claimReviewRoute';
import { createContext } from './context';
import { createRepositories } from './repositories';

/**
 * The HTTP application: GraphQL at /graphql, GET /health (the process is alive), GET /ready
 * (Neo4j answers; 503 otherwise) and GET /claims/:id/claimreview.jsonld (ClaimReview JSON-LD export). Returns the server unstarted so main.ts and the tests choose the port.
 */
export interface App {
  httpServer: http.Server;
  apollo: ApolloServer;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export async function createApp(db: Database, options: { production?: boolean } = {}): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const repositories = createRepositories(db);
  const apollo = new ApolloServer({
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: !options.production,
    // main.ts owns signal handling: it stops HTTP, then the driver, then the local Neo4j, in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await db.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', neo4j: ok ? 'reachable' : 'unreachable' });
  });
  app.get('/claims/:id/claimreview.jsonld', claimReviewRoute(repositories));
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(repositories) }));

  return {
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      }),
    stop: () => apollo.stop(),
  };
}
