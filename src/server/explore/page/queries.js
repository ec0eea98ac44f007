// The GraphQL documents the explorer sends, in one place.

export const ENTITY = `query ExplorerEntity($id: ID!) {
  entity(id: $id) { id name kind anonymous description }
}`;

export const GRAPH = `query ExplorerGraph($id: ID!, $depth: Int!, $limit: Int!) {
  entityGraph(ids: [$id], depth: $depth, limit: $limit) {
    truncated
    nodes { id label kind anonymous weight }
    edges { id source target type weight }
  }
}`;

const ATTRIBUTION = `id mode stance cue quote statedAt
  speaker { id name kind anonymous }
  document { id title kind publishedAt url publisher { name } }`;

export const DETAILS = `query ExplorerDetails($id: ID!, $first: Int!) {
  entity(id: $id) {
    id name kind anonymous description
    affiliations { role entity { id name } }
    claimsAbout(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id text attributions { ${ATTRIBUTION} } } }
    }
    statements(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${ATTRIBUTION} claim { id text } } }
    }
  }
}`;

export const MORE_ABOUT = `query ExplorerMoreAbout($id: ID!, $first: Int!, $after: String) {
  entity(id: $id) {
    claimsAbout(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id text attributions { ${ATTRIBUTION} } } }
    }
  }
}`;

export const MORE_SAID = `query ExplorerMoreSaid($id: ID!, $first: Int!, $after: String) {
  entity(id: $id) {
    statements(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ${ATTRIBUTION} claim { id text } } }
    }
  }
}`;
