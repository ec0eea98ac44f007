/**
 * A property as a merge record keeps it: its key, its Cypher type as `valueType()` spells it
 * ("ZONED DATETIME NOT NULL", "LIST<STRING NOT NULL> NOT NULL", "FLOAT NOT NULL"), and its value
 * in JSON (temporal values as ISO strings). The type is what lets unmerge write back a datetime as a
 * datetime and 2.0 as a float, not a string and an integer: the graph after merge + unmerge must be
 * identical to the graph before.
 */
export interface TypedProperty {
  k: string;
  t: string;
  v: unknown;
}

/** Sorted by key, so snapshots and comparisons do not depend on the order Neo4j lists keys in. */
export function sortProperties(props: readonly TypedProperty[]): TypedProperty[] {
  return [...props].sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
}

export function sameProperty(a: TypedProperty | undefined, b: TypedProperty | undefined): boolean {
  if (!a || !b) return a === b;
  return a.t === b.t && JSON.stringify(a.v) === JSON.stringify(b.v);
}

/** A canonical text of a property set: equal texts mean equal property sets. */
export function propertiesKey(props: readonly TypedProperty[]): string {
  return JSON.stringify(sortProperties(props).map((p) => [p.k, p.t, p.v]));
}

/**
 * The properties to give an entity back when a change is undone, by a three-way comparison of what
 * it had before the change, right after it, and now. A property nobody touched since the change gets
 * its value from before (or goes, if it had none). A property someone changed since keeps its
 * current value, except lists (aliases, name keys), which lose exactly the items the change added.
 * So undoing a merge right away restores the entity exactly, and undoing it after a later ingest
 * added an alias keeps that alias.
 */
export function restoreProperties(
  before: readonly TypedProperty[],
  after: readonly TypedProperty[],
  current: readonly TypedProperty[],
): { set: TypedProperty[]; remove: string[] } {
  const index = (ps: readonly TypedProperty[]) => new Map(ps.map((p) => [p.k, p]));
  const [b, a, c] = [index(before), index(after), index(current)];
  const set: TypedProperty[] = [];
  const remove: string[] = [];
  for (const k of [...new Set([...b.keys(), ...a.keys(), ...c.keys()])].sort()) {
    const [was, became, now] = [b.get(k), a.get(k), c.get(k)];
    let result: TypedProperty | undefined;
    if (sameProperty(now, became)) {
      result = was;
    } else if (now && Array.isArray(now.v) && became && Array.isArray(became.v)) {
      const had = new Set((Array.isArray(was?.v) ? was!.v : []).map((x) => JSON.stringify(x)));
      const added = new Set(became.v.map((x) => JSON.stringify(x)).filter((x) => !had.has(x)));
      result = { ...now, v: now.v.filter((x) => !added.has(JSON.stringify(x))) };
    } else {
      result = now;
    }
    if (result) set.push(result);
    else if (now) remove.push(k);
  }
  return { set, remove };
}
