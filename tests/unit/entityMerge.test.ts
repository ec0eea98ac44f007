import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../../src/db/cypherFiles';
import type { MergeEntityFacts, MergeFacts, RelationshipFacts, UnmergeFacts } from '../../src/entity/merge/mergeRecord';
import { planMerge } from '../../src/entity/merge/mergePlan';
import { MOVABLE_RELATIONSHIPS } from '../../src/entity/merge/movableRelationships';
import { restoreProperties, type TypedProperty } from '../../src/entity/merge/typedProperties';
import { checkUnmerge, planUnmerge } from '../../src/entity/merge/unmergePlan';

const str = (k: string, v: string): TypedProperty => ({ k, t: 'STRING NOT NULL', v });
const list = (k: string, v: string[]): TypedProperty => ({ k, t: 'LIST<STRING NOT NULL> NOT NULL', v });
const time = (k: string, v: string): TypedProperty => ({ k, t: 'ZONED DATETIME NOT NULL', v });

const entity = (id: string, name: string, fields: Partial<MergeEntityFacts> = {}): MergeEntityFacts => ({
  id, name, kind: 'PERSON', aliases: [], nameKeys: null, description: null, wikidataId: null,
  properties: [str('id', id), str('name', name), str('kind', fields.kind ?? 'PERSON')], ...fields,
});
const rel = (fields: Partial<RelationshipFacts> & { elementId: string; type: string }): RelationshipFacts => ({
  direction: 'IN', otherId: 'x', otherLabels: ['Attribution'], otherIsKeep: false, otherIsMerged: false, properties: [], equivalentOnKeep: false, ...fields,
});
const facts = (fields: Partial<MergeFacts> = {}): MergeFacts => ({
  keep: entity('keep', 'Mykola Kovalenko', { aliases: ['M. Kovalenko'], nameKeys: ['mykolakovalenko', 'mkovalenko'] }),
  merged: entity('merged', 'Nikolai Kovalenko', { aliases: ['Nikolay Kovalenko'], nameKeys: ['nikolaikovalenko', 'nikolaykovalenko'], description: 'spokesman' }),
  keepRedirect: null, mergeRedirect: null, relationships: [], nextSeq: 1, ...fields,
});
const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions: { code: string; problems: { path: string; message: string }[] } }).extensions;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('planMerge', () => {
  test("keep takes the merged names as aliases and name keys, and fills what it lacks", () => {
    const plan = planMerge('keep', 'merged', facts(), 'm1');
    expect(plan.keep).toEqual({
      aliases: ['M. Kovalenko', 'Nikolai Kovalenko', 'Nikolay Kovalenko'],
      nameKeys: ['mykolakovalenko', 'mkovalenko', 'nikolaikovalenko', 'nikolaykovalenko'],
      kind: 'PERSON',
      description: 'spokesman',
      wikidataId: null,
    });
    expect(plan.record).toEqual({ id: 'm1', keepId: 'keep', mergedId: 'merged', mergedName: 'Nikolai Kovalenko', seq: 1, relationshipsMoved: 0 });
  });

  test('a keep of kind OTHER takes the merged kind', () => {
    const plan = planMerge('keep', 'merged', facts({ keep: entity('keep', 'Kovalenko', { kind: 'OTHER' }) }), 'm1');
    expect(plan.keep.kind).toBe('PERSON');
  });

  test('moves each relationship once; equivalents keep has, twins, and links between the two are not moved', () => {
    const plan = planMerge('keep', 'merged', facts({
      relationships: [
        rel({ elementId: 'r1', type: 'SAID_BY', otherId: 'attr-1' }),
        rel({ elementId: 'r2', type: 'AFFILIATED_WITH', direction: 'OUT', otherId: 'org', otherLabels: ['Entity'], properties: [str('key', 'spokesperson')], equivalentOnKeep: true }),
        rel({ elementId: 'r3', type: 'ABOUT', otherId: 'claim-1', otherLabels: ['Claim'] }),
        rel({ elementId: 'r4', type: 'ABOUT', otherId: 'claim-1', otherLabels: ['Claim'] }),
        rel({ elementId: 'r5', type: 'AFFILIATED_WITH', direction: 'OUT', otherId: 'keep', otherLabels: ['Entity'], otherIsKeep: true }),
        rel({ elementId: 'r6', type: 'RESOLVES_TO', otherId: 'old-id', otherLabels: ['EntityRedirect'] }),
      ],
    }), 'm1');
    expect(plan.moves.map((m) => m.elementId).sort()).toEqual(['r1', 'r3', 'r6']);
    expect(plan.snapshot.relationships.map((r) => [r.type, r.otherId, r.outcome])).toEqual([
      ['ABOUT', 'claim-1', 'MOVED'],
      ['ABOUT', 'claim-1', 'EXISTED'],
      ['AFFILIATED_WITH', 'keep', 'DROPPED'],
      ['AFFILIATED_WITH', 'org', 'EXISTED'],
      ['RESOLVES_TO', 'old-id', 'MOVED'],
      ['SAID_BY', 'attr-1', 'MOVED'],
    ]);
    expect(plan.snapshot.relationships.find((r) => r.otherId === 'old-id')!.otherLabel).toBe('EntityRedirect');
    expect(plan.record.relationshipsMoved).toBe(5);
  });

  test('unknown ids, ids already merged or resolved, and incompatible kinds are refused', () => {
    expect(problemsOf(() => planMerge('nope', 'merged', facts({ keep: null }), 'm1'))).toMatchObject({
      code: 'BAD_USER_INPUT', problems: [{ path: 'keep', message: 'unknown entity id "nope"' }],
    });
    expect(problemsOf(() => planMerge('keep', 'gone', facts({ merged: null, mergeRedirect: { target: 'other', reason: 'MERGE' } }), 'm1')).problems[0].message)
      .toBe('"gone" was already merged into "other": use "other", or unmergeEntities(mergedId: "gone") first');
    expect(problemsOf(() => planMerge('alias', 'merged', facts({ keep: null, keepRedirect: { target: 'keep', reason: 'NAME' } }), 'm1')).problems[0].message)
      .toBe('"alias" is not an entity of its own: entity resolution at ingest made it another id of "keep"; use "keep"');
    expect(problemsOf(() => planMerge('keep', 'merged', facts({ merged: entity('merged', 'Georgia', { kind: 'COUNTRY' }) }), 'm1')).problems[0].message)
      .toBe('is a COUNTRY and "keep" a PERSON: entities of different kinds are not one thing (only OTHER merges with any kind)');
    expect(problemsOf(() => planMerge('keep', 'keep', facts(), 'm1')).problems[0].path).toBe('merge');
  });

  test('different Wikidata items, and relationships merging cannot move, are refused', () => {
    const wd = facts({ keep: entity('keep', 'A', { wikidataId: 'Q1' }), merged: entity('merged', 'A', { wikidataId: 'Q2' }) });
    expect(problemsOf(() => planMerge('keep', 'merged', wd, 'm1')).problems[0].message).toBe('is Wikidata item Q2 and "keep" is Q1: they are different items');
    const odd = facts({ relationships: [rel({ elementId: 'r1', type: 'LIKES', direction: 'OUT', otherId: 'y' })] });
    expect(problemsOf(() => planMerge('keep', 'merged', odd, 'm1')).problems[0].message).toBe('has a relationship (merged)-[:LIKES]->(y) of a kind merging cannot move; nothing was merged');
  });
});

describe('restoreProperties', () => {
  const before = [str('name', 'A'), list('aliases', ['a1']), time('updatedAt', '2030-01-01T00:00:00Z')];
  const after = [str('name', 'A'), list('aliases', ['a1', 'B']), str('description', 'from B'), time('updatedAt', '2031-01-01T00:00:00Z')];

  test('untouched since the change: exactly as before, added properties removed', () => {
    expect(restoreProperties(before, after, after)).toEqual({ set: [list('aliases', ['a1']), str('name', 'A'), time('updatedAt', '2030-01-01T00:00:00Z')], remove: ['description'] });
  });

  test('changed since: current values stay, lists lose only what the change added', () => {
    const now = [str('name', 'A'), list('aliases', ['a1', 'B', 'C']), str('description', 'edited'), time('updatedAt', '2032-01-01T00:00:00Z')];
    expect(restoreProperties(before, after, now)).toEqual({
      set: [list('aliases', ['a1', 'C']), str('description', 'edited'), str('name', 'A'), time('updatedAt', '2032-01-01T00:00:00Z')],
      remove: [],
    });
  });

  test('types matter: a float is not the integer of the same value', () => {
    const f = { k: 'x', t: 'FLOAT NOT NULL', v: 2 };
    const i = { k: 'x', t: 'INTEGER NOT NULL', v: 2 };
    expect(restoreProperties([i], [f], [f]).set).toEqual([i]);
  });
});

describe('checkUnmerge and planUnmerge', () => {
  const snapshot = {
    version: 1, keepId: 'keep', mergedId: 'merged',
    merged: [str('id', 'merged'), str('name', 'Nikolai')],
    keepBefore: [str('id', 'keep'), list('aliases', [])],
    keepAfter: [str('id', 'keep'), list('aliases', ['Nikolai'])],
    relationships: [{ type: 'SAID_BY', direction: 'IN', otherId: 'attr-1', otherLabel: 'Attribution', properties: [], outcome: 'MOVED' }],
  };
  const unmergeFacts = (fields: Partial<UnmergeFacts> = {}): UnmergeFacts => ({
    merge: { id: 'm1', keepId: 'keep', mergedId: 'merged', seq: 1, snapshot: JSON.stringify(snapshot) },
    keepExists: true, laterMerges: [], keepMergedInto: null, isEntity: false, redirect: null, ...fields,
  });
  const message = (f: UnmergeFacts) => problemsOf(() => checkUnmerge('merged', f)).problems[0].message;

  test('restores the merged entity and what keep had before', () => {
    const { snapshot: s } = checkUnmerge('merged', unmergeFacts());
    const plan = planUnmerge(s, snapshot.keepAfter);
    expect(plan.properties).toEqual([
      { ...str('id', 'merged'), target: 'merged' }, { ...str('name', 'Nikolai'), target: 'merged' },
      { ...list('aliases', []), target: 'keep' },
    ]);
    expect(plan.keepRemove).toEqual([]);
    expect(plan.relationships).toEqual(snapshot.relationships);
  });

  test('says which later merge must be undone first', () => {
    expect(message(unmergeFacts({ laterMerges: ['c', 'b'] }))).toBe('a later merge depends on it: "c", "b" were merged into "keep" after "merged"; unmerge "c", "b" first (newest first)');
    expect(message(unmergeFacts({ keepMergedInto: 'z' }))).toBe('a later merge depends on it: "keep", into which "merged" was merged, has since been merged into "z"; unmerge "keep" first');
  });

  test('nothing to unmerge: an entity, an id resolved at ingest, an unknown id', () => {
    expect(message(unmergeFacts({ merge: null, isEntity: true }))).toBe('"merged" is an entity of its own, not merged into another: there is nothing to unmerge');
    expect(message(unmergeFacts({ merge: null, redirect: { target: 'keep', reason: 'NAME' } })))
      .toBe('"merged" was resolved to "keep" at ingest (same name or Wikidata id), not merged with mergeEntities: there is nothing to unmerge');
    expect(message(unmergeFacts({ merge: null }))).toBe('unknown id "merged": no merge of it is recorded');
  });
});

test('the Cypher that re-creates relationships has one branch per movable (type, direction), and no other', () => {
  for (const file of ['entity-merge-move-relationships.cypher', 'entity-unmerge-restore-relationships.cypher']) {
    const text = fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8');
    const branches = [...text.matchAll(/WHEN (?:m|row)\.type = '(\w+)' AND (?:m|row)\.direction = '(\w+)'/g)].map((x) => `${x[1]} ${x[2]}`);
    expect(branches.sort()).toEqual(MOVABLE_RELATIONSHIPS.map((m) => `${m.type} ${m.direction}`).sort());
  }
});
