import fs from 'node:fs';
import path from 'node:path';
import type { IngestService } from '../ingest/ingestService';
import type { IngestResultRecord } from '../ingest/ingestRecord';
import { BadUserInputError } from '../shared/errors';

/**
 * Ingests bundle files one by one (each its own transaction), printing a line per file and a summary,
 * as `npm run ingest` and the start-up seed load do. A file that fails is reported with its problems
 * and the rest still load; the caller decides what a failure means.
 */
export interface LoadSummary {
  files: number;
  failed: string[];
  totals: Record<'entities' | 'documents' | 'claims' | 'attributions' | 'relations' | 'reviews', { created: number; matched: number }>;
}

/** The JSON files to load from a list of files and folders (a folder contributes its *.json files). */
export function bundleFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (fs.statSync(p).isDirectory()) {
      return fs.readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(p, f));
    }
    return [p];
  });
}

export async function loadBundles(service: IngestService, files: string[], log: (line: string) => void = console.log): Promise<LoadSummary> {
  const summary: LoadSummary = {
    files: files.length,
    failed: [],
    totals: {
      entities: { created: 0, matched: 0 },
      documents: { created: 0, matched: 0 },
      claims: { created: 0, matched: 0 },
      attributions: { created: 0, matched: 0 },
      relations: { created: 0, matched: 0 },
      reviews: { created: 0, matched: 0 },
    },
  };
  for (const [i, file] of files.entries()) {
    const prefix = `[${i + 1}/${files.length}] ${file}`;
    let result: IngestResultRecord;
    try {
      result = await service.ingest(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (error) {
      summary.failed.push(file);
      if (error instanceof BadUserInputError) {
        log(`${prefix}: rejected, nothing written:`);
        for (const p of error.problems) log(`    ${p.path}: ${p.message}`);
      } else if (error instanceof SyntaxError) {
        log(`${prefix}: not valid JSON: ${error.message}`);
      } else {
        log(`${prefix}: failed: ${(error as Error).message}`);
      }
      continue;
    }
    const parts = (['entities', 'documents', 'claims', 'attributions', 'relations', 'reviews'] as const).map((k) => {
      summary.totals[k].created += result[k].created;
      summary.totals[k].matched += result[k].matched;
      return `${result[k].created + result[k].matched} ${k} (${result[k].created} new)`;
    });
    log(`${prefix}: ${parts.join(', ')}`);
  }
  const t = summary.totals;
  log(
    `Loaded ${files.length - summary.failed.length} of ${files.length} file(s): ` +
      `${t.claims.created} new claims, ${t.attributions.created} new attributions, ${t.entities.created} new entities, ` +
      `${t.documents.created} new documents` + (summary.failed.length ? `; ${summary.failed.length} failed` : ''),
  );
  return summary;
}
