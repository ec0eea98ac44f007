// The explorer reads only the public GraphQL API, on the page's own origin: embedded in an iframe it
// still talks to the server that served it.
const ENDPOINT = new URL('/graphql', window.location.origin).toString();

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The claimgraph API cannot be reached. Is the server running?', 'NETWORK');
  }
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (!response.ok || !body?.data) throw new ApiError(`The API answered HTTP ${response.status}`, 'HTTP');
  return body.data;
}
