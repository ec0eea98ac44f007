import type { RequestHandler } from 'express';
import { ClaimReviewExport } from '../review/claimReviewExport';
import { createLoaders } from './loaders';
import type { Repositories } from './repositories';

/**
 * GET /claims/:id/claimreview.jsonld: the claim's fact-check verdicts as schema.org ClaimReview
 * JSON-LD (application/ld+json), a JSON array with one ClaimReview per review, `[]` when the claim has
 * none. An unknown claim id is a 404 with a JSON error body. Fresh loaders per request, as for GraphQL.
 */
export function claimReviewRoute(repositories: Repositories): RequestHandler<{ id: string }> {
  return async (req, res, next) => {
    const id = req.params.id;
    try {
      const reviews = await new ClaimReviewExport(createLoaders(repositories)).forClaim(id);
      if (reviews === null) {
        res.status(404).json({ error: { code: 'NOT_FOUND', message: `No claim with id ${JSON.stringify(id)}` } });
        return;
      }
      res.type('application/ld+json').json(reviews);
    } catch (error) {
      // The app's last error handler answers: 503 when Neo4j is unreachable, else a logged 500.
      next(error);
    }
  };
}
