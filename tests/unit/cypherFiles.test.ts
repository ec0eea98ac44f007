import fs from 'node:fs';
import path from 'node:path';
import { cypher, CYPHER_DIR, schemaStatements, splitStatements } from '../../src/db/cypherFiles';

describe('splitStatements', () => {
  test('splits on semicolons, trims, drops empty statements', () => {
    expect(splitStatements('CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n  CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y) ;\n;')).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  test('drops comment lines, indented ones too, even when they contain semicolons', () => {
    expect(splitStatements('// first; a comment\nRETURN 1;\n   // another; one\nRETURN 2')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  test('a statement may span several lines', () => {
    expect(splitStatements('CREATE CONSTRAINT c IF NOT EXISTS\nFOR (n:X)\nREQUIRE n.id IS UNIQUE;')).toEqual([
      'CREATE CONSTRAINT c IF NOT EXISTS\nFOR (n:X)\nREQUIRE n.id IS UNIQUE',
    ]);
  });

  test('nothing but comments and blanks gives no statements', () => {
    expect(splitStatements('// only\n\n   \n// comments')).toEqual([]);
    expect(splitStatements('')).toEqual([]);
  });
});

test('the schema files give one statement per constraint and index, with no comments left', () => {
  const statements = schemaStatements();
  expect(statements.length).toBeGreaterThanOrEqual(6);
  for (const s of statements) {
    expect(s).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
    expect(s).not.toContain('//');
    expect(s).not.toContain(';');
  }
  expect(statements).toEqual(expect.arrayContaining([expect.stringContaining('CONSTRAINT entity_id'), expect.stringContaining('FULLTEXT INDEX claim_text')]));
});

test('named queries are the files in cypher/, and an unknown name fails loudly', () => {
  const file = fs.readdirSync(CYPHER_DIR).find((f) => f === 'ingest-lookup.cypher')!;
  expect(cypher('ingest-lookup')).toBe(fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8'));
  expect(() => cypher('no-such-query')).toThrow(/No Cypher query named "no-such-query"/);
});
