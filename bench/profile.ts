import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { toNeo4jParams } from '../src/db/plain';

/**
 * PROFILE of a Cypher query as compact text: one line per operator with its rows and database hits,
 * indented as the plan tree, and the total. BENCHMARKS.md shows it for every goal missed, so the
 * reader sees where the time goes.
 */
export async function profileText(driver: Driver, cypherText: string, params: Record<string, unknown>): Promise<string> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const started = Date.now();
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypherText}`, toNeo4jParams(params)));
    const ms = Date.now() - started;
    const lines: string[] = [];
    let total = 0;
    const walk = (p: any, depth: number) => {
      total += Number(p.dbHits ?? 0);
      const details = String(p.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 90);
      lines.push(`${'  '.repeat(depth)}${String(p.operatorType).replace(/@neo4j$/, '')}  rows=${p.rows} dbHits=${p.dbHits}${details ? `  ${details}` : ''}`);
      for (const child of p.children ?? []) walk(child, depth + 1);
    };
    walk(result.summary.profile, 0);
    return `${lines.join('\n')}\n-- total dbHits ${total}, ${ms} ms with PROFILE`;
  } finally {
    await session.close();
  }
}

export const readCypher = (dir: string, name: string) => fs.readFileSync(path.join(dir, `${name}.cypher`), 'utf8');
