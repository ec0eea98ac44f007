import { apiKeyStatus } from '../auth/apiKeyRecord';
import type { ApiKeyResolvers } from '../generated/graphql';

export const ApiKey: ApiKeyResolvers = {
  // Computed when asked, so a key that expired since it was stored reads as EXPIRED.
  status: (key) => apiKeyStatus(key, new Date()),
};
