import type { EvalResult } from './runEval';
import type { Metrics } from './scorer';

/** Plain-text tables for the terminal and for pasting into EXTRACTION.md (markdown pipes). */
function fmt(v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(2);
}

const COLUMNS: Array<[string, keyof Metrics]> = [
  ['P', 'precision'],
  ['R', 'recall'],
  ['F1', 'f1'],
  ['spk', 'speakerAccuracy'],
  ['spk DIRECT', 'directSpeakerAccuracy'],
  ['mode', 'modeAccuracy'],
  ['anon F1', 'anonymousF1'],
  ['nested R', 'nestedRecall'],
];

export function formatReport(result: EvalResult): string {
  const header = ['document', 'gold', 'pred', 'match', ...COLUMNS.map(([h]) => h)];
  const rows = result.documents.map((d) => [
    d.name + (d.error ? ' (extractor error)' : ''),
    String(d.counts.gold),
    String(d.counts.predicted),
    String(d.counts.matched),
    ...COLUMNS.map(([, k]) => fmt(d.metrics[k])),
  ]);
  const m = result.micro;
  rows.push([
    '**micro average**',
    String(m.counts.gold),
    String(m.counts.predicted),
    String(m.counts.matched),
    ...COLUMNS.map(([, k]) => fmt(m.metrics[k])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  const out = [line(header), '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...rows.map(line)];
  out.push('');
  out.push('| goal | target | measured | |');
  out.push('|---|---:|---:|---|');
  for (const g of result.goals) out.push(`| ${g.name} | >= ${g.target.toFixed(2)} | ${fmt(g.value)} | ${g.met ? 'met' : 'MISSED'} |`);
  const errors = result.documents.filter((d) => d.error);
  for (const d of errors) out.push(`\nextractor error on ${d.name}: ${d.error}`);
  return out.join('\n');
}
