import fs from 'node:fs';
import path from 'node:path';
import type { LoadResult } from './load';

/**
 * Writes a run's figures: bench/results/<date-time>.json (everything) and the generated section of
 * BENCHMARKS.md (between the markers; the hand-written analysis around it stays).
 */
export interface OpResult {
  key: string;
  title: string;
  /** Goal for API p50 / floor p50; null for the reference operation 0 (no goal: it measures the fixed cost). */
  maxRatio: number | null;
  maxGrowth: number | null;
  /** c16 is null when no request succeeded 16 at a time (the note says why). */
  api: { c1: LoadResult; c16: LoadResult | null } | null;
  floor: { c1: LoadResult; c16: LoadResult | null } | null;
  /** API p50 / floor p50 at concurrency 1. */
  ratio: number | null;
  note?: string;
  profile?: string;
}

export interface LevelResult {
  claims: number;
  counts: Record<string, number>;
  import: { rows: number; seconds: number; rowsPerSecond: number; batchSize: number; steps: { step: string; rows: number; seconds: number }[]; when: string };
  targets: Record<string, unknown>;
  ops: OpResult[];
}

export interface RunResult {
  date: string;
  command: string;
  machine: { cpus: number; memoryGb: number; loadAverageStart: number[]; loadAverageEnd: number[]; neo4j: { heap: string; pageCache: string } };
  seconds: number;
  levels: LevelResult[];
  growth: { key: string; p50First: number; p50Last: number; growth: number; maxGrowth: number | null }[];
}

export const START_MARK = '<!-- bench:results:start (written by npm run bench) -->';
export const END_MARK = '<!-- bench:results:end -->';

const f = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '–' : n.toFixed(digits));
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

export function markdown(run: RunResult): string {
  const out: string[] = [];
  out.push(`Run of ${run.date}: \`${run.command}\`, ${run.seconds.toFixed(0)} s. Machine: ${run.machine.cpus} cores, ${run.machine.memoryGb} GB; load average ${run.machine.loadAverageStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${run.machine.loadAverageEnd.map((x) => x.toFixed(1)).join(' ')} at the end. Neo4j heap ${run.machine.neo4j.heap}, page cache ${run.machine.neo4j.pageCache}. Latencies in ms; throughput in requests/s at concurrency 16.`);
  out.push('', '### Import', '', '| claims | rows | seconds | rows/s | batch | imported |', '|---:|---:|---:|---:|---:|---|');
  for (const l of run.levels) out.push(`| ${k(l.claims)} | ${l.import.rows.toLocaleString('en')} | ${f(l.import.seconds, 1)} | ${Math.round(l.import.rowsPerSecond).toLocaleString('en')} | ${l.import.batchSize} | ${l.import.when} |`);
  out.push('', '### Latency, throughput and API / floor', '');
  out.push('| claims | op | API p50 c1 | API p99 c1 | API p50 c16 | API p99 c16 | API req/s | floor p50 c1 | floor p99 c1 | floor p50 c16 | floor p99 c16 | floor req/s | API/floor p50 | goal |');
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const l of run.levels) {
    for (const o of l.ops) {
      const a = o.api;
      const fl = o.floor;
      const met = o.ratio === null ? '–' : o.maxRatio === null ? 'reference' : o.ratio <= o.maxRatio ? `≤ ${o.maxRatio} met` : `≤ ${o.maxRatio} **missed**`;
      out.push(`| ${k(l.claims)} | ${o.key} ${o.title}${o.note ? ` (${o.note})` : ''} | ${f(a?.c1.p50Ms)} | ${f(a?.c1.p99Ms)} | ${f(a?.c16?.p50Ms)} | ${f(a?.c16?.p99Ms)} | ${f(a?.c16?.throughput, 0)} | ${f(fl?.c1.p50Ms)} | ${f(fl?.c1.p99Ms)} | ${f(fl?.c16?.p50Ms)} | ${f(fl?.c16?.p99Ms)} | ${f(fl?.c16?.throughput, 0)} | ${f(o.ratio)} | ${met} |`);
    }
  }
  if (run.growth.length) {
    const first = run.levels[0].claims;
    const last = run.levels[run.levels.length - 1].claims;
    out.push('', `### Growth: API p50 (c1) at ${k(last)} / at ${k(first)}`, '', `| op | p50 ${k(first)} | p50 ${k(last)} | growth | goal |`, '|---|---:|---:|---:|---|');
    for (const g of run.growth) {
      const met = g.maxGrowth === null ? '(none)' : g.growth <= g.maxGrowth ? `≤ ${g.maxGrowth} met` : `≤ ${g.maxGrowth} **missed**`;
      out.push(`| ${g.key} | ${f(g.p50First)} | ${f(g.p50Last)} | ${f(g.growth)} | ${met} |`);
    }
  }
  const missed = run.levels.flatMap((l) => l.ops.filter((o) => o.ratio !== null && o.maxRatio !== null && o.ratio > o.maxRatio).map((o) => ({ l, o })));
  const grew = new Set(run.growth.filter((g) => g.maxGrowth !== null && g.growth > g.maxGrowth).map((g) => g.key));
  const last = run.levels[run.levels.length - 1];
  const profiled = last.ops.filter((o) => o.profile && (grew.has(o.key) || o.floor === null || missed.some((m) => m.o.key === o.key)));
  if (profiled.length) {
    out.push('', `### PROFILE of the API's Cypher for each missed goal (at ${k(last.claims)})`);
    for (const o of profiled) out.push('', `<details><summary>${o.key} ${o.title}</summary>`, '', '```', o.profile!, '```', '', '</details>');
  }
  return out.join('\n');
}

export function writeResults(run: RunResult, root: string): { json: string; md: string } {
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${run.date.replace(/:/g, '').replace('T', '-').slice(0, 15)}.json`);
  fs.writeFileSync(json, `${JSON.stringify(run, null, 2)}\n`);
  const md = path.join(root, 'BENCHMARKS.md');
  const current = fs.existsSync(md) ? fs.readFileSync(md, 'utf8') : `# Benchmarks\n\n${START_MARK}\n${END_MARK}\n`;
  const section = `${START_MARK}\n${markdown(run)}\n\nAll figures: \`${path.relative(root, json)}\`.\n${END_MARK}`;
  const start = current.indexOf(START_MARK);
  const end = current.indexOf(END_MARK);
  const next = start >= 0 && end > start ? current.slice(0, start) + section + current.slice(end + END_MARK.length) : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(md, next);
  return { json, md };
}
