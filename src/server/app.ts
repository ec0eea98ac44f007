import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import { loadConfig, type RequestLimits } from '../config';
import type { Database } from '../db/database';
import { Authenticator } from '../auth/authenticator';
import { resolvers } from '../graphql';
import { loadTypeDefs } from '../graphql/schema';
import { claimReviewRoute } from './claimReviewRoute';
import { createContext } from './context';
import { createRepositories } from './repositories';
import { graphqlCors } from './embedPolicy';
import { exploreRoutes } from './explore/exploreRoute';
import { errorLogPlugin } from './errors/errorLogPlugin';
import { httpErrors } from './errors/httpErrors';
import { formatErrors } from './errors/maskErrors';
import { introspectionGate } from './introspectionGate';
import { bodyErrors, jsonBody, limitPlugins, limitValidationRules, tokenParseOptions } from './limits';
import { createLogger, type Logger } from './logger';
import { bindRequestId, requestId } from './requestId';

/**
 * The HTTP application: GraphQL at /graphql, GET /health (the process is alive), GET /ready
 * (Neo4j answers; 503 otherwise), GET /claims/:id/claimreview.jsonld (ClaimReview JSON-LD export) and
 * GET /explore (the entity explorer page; EMBED_ORIGINS may frame it and call /graphql from a browser). Returns the server unstarted so main.ts and the tests choose the port.
 */
export interface App {
  httpServer: http.Server;
  apollo: ApolloServer;
  listen(port: number, host: string): Promise<number>;
  stop(): Promise<void>;
}

export interface AppOptions {
  production?: boolean;
  /** Defaults to the configuration's (MAX_QUERY_* and MAX_BODY_BYTES). */
  limits?: RequestLimits;
  /** Defaults to pino on stdout at LOG_LEVEL. */
  logger?: Logger;
  /** READ_REQUIRES_KEY: every GraphQL request, reads included, needs an API key. Default false. */
  readRequiresKey?: boolean;
  /** EMBED_ORIGINS: sites that may frame /explore and read /graphql from a browser. Defaults to the configuration's. */
  embedOrigins?: readonly string[];
}

export async function createApp(db: Database, options: AppOptions = {}): Promise<App> {
  const config = options.limits && options.logger ? undefined : loadConfig();
  const limits = options.limits ?? config!.limits;
  const logger = options.logger ?? createLogger(config!.logLevel);
  const embedOrigins = options.embedOrigins ?? (config ?? loadConfig()).embedOrigins;
  const app = express();
  const httpServer = http.createServer(app);
  const repositories = createRepositories(db);
  // Verifies the Authorization header once per request, before any resolver runs (ctx.auth).
  const authenticator = new Authenticator(repositories.apiKeys, { readRequiresKey: options.readRequiresKey ?? false });
  const apollo = new ApolloServer({
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: !options.production,
    // Limits (README "Limits"): refused before execution, so an over-limit request sends no Cypher.
    parseOptions: tokenParseOptions(limits.tokens),
    validationRules: limitValidationRules(limits),
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Production: no "Did you mean" hints, unexpected errors masked; introspectionGate decides who introspects.
    hideSchemaDetailsFromClientErrors: !!options.production,
    introspection: true,
    formatError: formatErrors(!!options.production),
    // main.ts owns signal handling: it stops HTTP, then the driver, then the local Neo4j, in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...limitPlugins(limits),
      introspectionGate(!!options.production),
      errorLogPlugin(logger),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
  await apollo.start();

  app.use(requestId());
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await db.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', neo4j: ok ? 'reachable' : 'unreachable' });
  });
  app.get('/claims/:id/claimreview.jsonld', claimReviewRoute(repositories));
  // The explorer page (GET /explore?entity=ID&depth=N) and its assets; framable by EMBED_ORIGINS only.
  app.use('/explore', exploreRoutes(embedOrigins));
  app.use('/graphql', graphqlCors(embedOrigins), jsonBody(limits.bodyBytes), bodyErrors(limits.bodyBytes), bindRequestId(), expressMiddleware(apollo, { context: async ({ req }) => createContext(repositories, await authenticator.authenticate(req.headers.authorization)) }));
  app.use(httpErrors(logger, !!options.production));

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
