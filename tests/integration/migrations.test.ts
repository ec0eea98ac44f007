import { applySchema } from '../../src/db/migrations';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

test('the schema is idempotent: applying it again changes no constraint or index', async () => {
  const snapshot = async () =>
    (await server.cypher('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name'));
  const before = await snapshot();
  await applySchema(server.db);
  expect(await snapshot()).toEqual(before);
});

test('every label has a uniqueness constraint on id, and the full-text indexes exist', async () => {
  const constraints = await server.cypher('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type');
  for (const label of ['Entity', 'Document', 'Claim', 'Attribution', 'Review', 'EntityRedirect']) {
    expect(constraints).toContainEqual({ label, properties: ['id'], type: 'UNIQUENESS' });
  }
  const fulltext = await server.cypher("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state WHERE type = 'FULLTEXT' RETURN name, labelsOrTypes, properties, state ORDER BY name");
  expect(fulltext).toEqual([
    { name: 'attribution_quote', labelsOrTypes: ['Attribution'], properties: ['quote'], state: 'ONLINE' },
    { name: 'claim_text', labelsOrTypes: ['Claim'], properties: ['text'], state: 'ONLINE' },
    { name: 'entity_names', labelsOrTypes: ['Entity'], properties: ['name', 'aliases'], state: 'ONLINE' },
  ]);
});

test('a duplicate id is refused by the database itself, not only by the ingest', async () => {
  const id = `t-constraint-${Date.now()}`;
  await server.cypher('CREATE (:Claim {id: $id, text: "x"})', { id });
  await expect(server.cypher('CREATE (:Claim {id: $id, text: "y"})', { id })).rejects.toThrow(/already exists/);
  await server.cypher('MATCH (c:Claim {id: $id}) DELETE c', { id });
});
