import neo4j, { isDate, isDateTime, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';

/**
 * Converts what the driver returns into plain TypeScript values at the repository boundary:
 * Neo4j integers become numbers, temporals become ISO-8601 strings, nodes become their properties.
 * Nothing above the repositories ever sees a driver type.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return neo4j.integer.toNumber(value);
  if (isDateTime(value) || isLocalDateTime(value)) {
    return new Date(value.toString()).toISOString();
  }
  if (isDate(value)) return value.toString();
  if (isNode(value)) return toPlain(value.properties);
  if (isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/**
 * JavaScript numbers reach Neo4j as floats, which LIMIT and integer comparisons reject or treat
 * differently; whole numbers in parameters are sent as Neo4j integers instead.
 */
export function toNeo4jParams(value: unknown): any {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}
