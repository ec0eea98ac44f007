import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldDocument, GoldFile } from './goldTypes';

/** The repository root, found from this file so the eval runs from any working directory or clone. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const EVAL_DIR = path.join(REPO_ROOT, 'data/eval/extract');
export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** The documents of one split (NAME.txt + NAME.gold.json), sorted by name for a stable table. */
export function loadSplit(split: Split, dir = EVAL_DIR): GoldDocument[] {
  const folder = path.join(dir, split);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const text = readFileSync(path.join(folder, `${name}.txt`), 'utf8');
      const gold = JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as GoldFile;
      return { name, split, text, gold };
    });
}

/** `all` is dev then test. */
export function loadSplits(which: Split | 'all', dir = EVAL_DIR): GoldDocument[] {
  return which === 'all' ? SPLITS.flatMap((s) => loadSplit(s, dir)) : loadSplit(which, dir);
}
