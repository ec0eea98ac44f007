import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveAnnotations, type AnnotationSpec } from './annotate';
import { EVAL_DIR, type Split } from './goldSet';
import type { GoldFile } from './goldTypes';
import { validateGold } from './validateGold';

/**
 * `npm run eval:extract -- --check`: every gold file of the split(s) is valid (validateGold), every
 * text has its gold file and back, and a gold file still equals what its annotation spec resolves
 * to (so a text edited after annotating is caught). Returns the problems; empty = the set is sound.
 */
export function checkSplit(split: Split, dir = EVAL_DIR): { documents: number; attributions: number; problems: string[] } {
  const folder = path.join(dir, split);
  const problems: string[] = [];
  if (!existsSync(folder)) return { documents: 0, attributions: 0, problems: [`${split}: folder ${folder} is missing`] };
  const files = readdirSync(folder);
  const texts = files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
  const golds = new Set(files.filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)));
  let attributions = 0;
  for (const name of texts) {
    const where = `${split}/${name}`;
    if (!golds.has(name)) {
      problems.push(`${where}: no ${name}.gold.json`);
      continue;
    }
    golds.delete(name);
    const text = readFileSync(path.join(folder, `${name}.txt`), 'utf8');
    let gold: GoldFile;
    try {
      gold = JSON.parse(readFileSync(path.join(folder, `${name}.gold.json`), 'utf8')) as GoldFile;
    } catch (e) {
      problems.push(`${where}: gold file is not JSON: ${(e as Error).message}`);
      continue;
    }
    const own = validateGold(text, gold, where);
    problems.push(...own);
    attributions += Array.isArray(gold.attributions) ? gold.attributions.length : 0;
    const specPath = path.join(dir, 'annotations', split, `${name}.annot.json`);
    if (own.length === 0 && existsSync(specPath)) {
      try {
        const resolved = resolveAnnotations(text, JSON.parse(readFileSync(specPath, 'utf8')) as AnnotationSpec);
        if (JSON.stringify(resolved) !== JSON.stringify(gold)) problems.push(`${where}: gold file differs from its annotation spec; re-run src/extract/eval/annotateFiles.ts`);
      } catch (e) {
        problems.push(`${where}: annotation spec does not resolve: ${(e as Error).message}`);
      }
    }
  }
  for (const orphan of golds) problems.push(`${split}/${orphan}: gold file without ${orphan}.txt`);
  return { documents: texts.length, attributions, problems };
}
