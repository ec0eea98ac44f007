import path from 'node:path';
import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  test('defaults: port 4000 on loopback, a local Neo4j on 7687 under .neo4j/, seed loaded', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.neo4j).toBeUndefined();
    expect(c.local.port).toBe(7687);
    expect(c.local.home).toBe(path.join(c.projectRoot, '.neo4j'));
    expect(c.loadSeed).toBe(true);
    expect(c.production).toBe(false);
  });

  test('NEO4J_URI and credentials select another Neo4j instead of the local one', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'claims' });
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://example.databases.neo4j.io', user: 'neo4j', password: 'secret', database: 'claims' });
  });

  test('empty variables count as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j).toBeUndefined();
    expect(loadConfig({ PORT: '' }).port).toBe(4000);
  });

  test('a bad value names the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_LOCAL_PORT: '70000' })).toThrow(/NEO4J_LOCAL_PORT/);
    expect(() => loadConfig({ NEO4J_LOCAL_HEAP: 'lots' })).toThrow(/NEO4J_LOCAL_HEAP/);
    expect(() => loadConfig({ LOAD_SEED: 'yes' })).toThrow(/LOAD_SEED/);
  });

  test('NODE_ENV=production turns production mode on', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });
});
