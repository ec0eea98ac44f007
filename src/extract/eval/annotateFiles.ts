import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveAnnotations, type AnnotationSpec } from './annotate';
import { EVAL_DIR, SPLITS } from './goldSet';
import { validateGold } from './validateGold';

/**
 * Annotation tool: `npx tsx src/extract/eval/annotateFiles.ts [--show] [NAME...]` reads
 * data/eval/extract/annotations/<split>/NAME.annot.json (spans by their text), resolves offsets
 * against data/eval/extract/<split>/NAME.txt and writes NAME.gold.json next to the text.
 * `--show` prints every item with its surroundings so an annotator can eyeball the chosen spans.
 */
function main(): void {
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  const only = new Set(args.filter((a) => !a.startsWith('--')));
  let failed = false;
  for (const split of SPLITS) {
    const specDir = path.join(EVAL_DIR, 'annotations', split);
    for (const f of readdirSync(specDir).filter((x) => x.endsWith('.annot.json')).sort()) {
      const name = f.slice(0, -'.annot.json'.length);
      if (only.size > 0 && !only.has(name)) continue;
      const text = readFileSync(path.join(EVAL_DIR, split, `${name}.txt`), 'utf8');
      try {
        const spec = JSON.parse(readFileSync(path.join(specDir, f), 'utf8')) as AnnotationSpec;
        const gold = resolveAnnotations(text, spec);
        const problems = validateGold(text, gold, name);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        writeFileSync(path.join(EVAL_DIR, split, `${name}.gold.json`), JSON.stringify(gold, null, 2) + '\n');
        console.log(`${split}/${name}: ${gold.attributions.length} attributions`);
        if (show) {
          for (const a of gold.attributions) {
            const ctx = (s: { start: number; end: number } | null) => (s ? `${s.start}:${JSON.stringify(text.slice(Math.max(0, s.start - 25), s.start) + '[' + text.slice(s.start, s.end) + ']' + text.slice(s.end, s.end + 25))}` : '-');
            console.log(`  ${a.id} ${a.mode} ${a.stance}${a.anonymous ? ' ANON' : ''}${a.via ? ' via=' + a.via : ''} canon=${a.speakerCanonical}`);
            console.log(`     content ${JSON.stringify(a.content.text.slice(0, 70))}`);
            console.log(`     speaker ${ctx(a.speaker)}`);
            console.log(`     cue     ${ctx(a.cue)}`);
          }
        }
      } catch (e) {
        failed = true;
        console.error(`${split}/${name}: ${(e as Error).message}`);
      }
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main();
