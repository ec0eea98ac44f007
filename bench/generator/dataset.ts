import { Random } from './random';
import { buildWorld, type World } from './world';

/**
 * Generates a synthetic dataset in the bulk format (one bundle item per line, see README "Bulk
 * import"): entities, documents, claims, attributions, relations. Deterministic for a seed: every
 * choice comes from one seeded PRNG in a fixed order. What it models:
 * - a few speakers say most things and a few entities are most talked about (power laws);
 * - anonymous sources, tied to countries; direct quotes with their verbatim words;
 * - attribution chains of 1 to 4 hops (VIA), the origin a country or an anonymous source, sometimes
 *   based on an intelligence assessment;
 * - outlets re-reporting another outlet's story ("X reported"), re-reports of re-reports, and a few
 *   stories re-reported very many times (the outlet relay rule has work to do);
 * - SAME_AS clusters, and SUPPORTS / CONTRADICTS / NARROWS relations;
 * - documents and statements dated over 2019-2024.
 */
export type RowKind = 'entities' | 'documents' | 'claims' | 'attributions' | 'relations';

export interface Sink {
  write(kind: RowKind, row: object): void;
}

export interface GenerateOptions {
  claims: number;
  seed: number;
  /** Prefix of every id ("g" gives g-c12, g-a40, ...). */
  prefix: string;
}

/** What the benchmark needs to know about a dataset: its size and the ids and words to query. */
export interface Manifest {
  format: 'claimgraph-bulk/1';
  claims: number;
  seed: number;
  prefix: string;
  counts: Record<RowKind, number>;
  targets: {
    /** A claim with a 4-hop chain and other attributions (operation 1). */
    chainClaim: string;
    busiestSpeaker: string;
    busiestSpeakerStatements: number;
    busiestSubject: string;
    busiestSubjectClaims: number;
    /** The claim with the most re-reports (operation 5). */
    reReportedClaim: string;
    reReports: number;
    /** The most frequent word of claim texts, and the surname of the person named in the fewest texts. */
    commonTerm: string;
    rareTerm: string;
  };
}

const CUES: Record<string, string[]> = {
  DIRECT_QUOTE: ['said', 'told reporters', 'wrote', 'declared'],
  PARAPHRASE: ['said', 'according to', 'claimed', 'stated'],
  REPORTED: ['reported', 'has said', 'was cited as saying'],
};

export function generateDataset(opts: GenerateOptions, sink: Sink, onProgress: (claimsDone: number) => void = () => undefined): Manifest {
  const random = new Random(opts.seed);
  const id = (kind: string, n: number) => `${opts.prefix}-${kind}${n}`;
  const w: World = buildWorld(opts.claims, random, id);
  const counts: Record<RowKind, number> = { entities: 0, documents: 0, claims: 0, attributions: 0, relations: 0 };
  const out = (kind: RowKind, row: object) => {
    counts[kind] += 1;
    sink.write(kind, row);
  };
  for (const e of w.entities) out('entities', e);
  for (const d of w.documents) out('documents', d);

  const spoke = new Uint32Array(w.entities.length);
  const about = new Uint32Array(w.entities.length);
  const mentioned = new Uint32Array(w.entities.length);
  const wordUse = new Uint32Array(w.words.length);
  let attributionNo = 0;
  let chainClaim: string | null = null;
  let reReported = { claim: id('c', 0), count: -1 };

  const sentence = (min: number, max: number) => {
    const n = random.int(min, max);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = w.wordZipf.draw(random);
      wordUse[r] += 1;
      parts.push(w.words[r]);
    }
    return parts.join(' ');
  };
  const attribution = (claimId: string, speaker: number, doc: number, extra: { via?: string; basis?: number; mode?: string; cue?: string; firstReport?: boolean } = {}) => {
    const u = random.next();
    const mode = extra.mode ?? (u < 0.25 ? 'DIRECT_QUOTE' : u < 0.8 ? 'PARAPHRASE' : 'REPORTED');
    const s = random.next();
    const stated = random.chance(0.2) ? new Date(w.docTime[doc] - random.int(0, 3) * 86_400_000).toISOString() : null;
    const a = {
      id: id('a', attributionNo++), claim: claimId, speaker: w.entities[speaker].id, document: w.documents[doc].id, mode,
      stance: s < 0.8 ? 'ASSERTS' : s < 0.88 ? 'ACKNOWLEDGES' : s < 0.96 ? 'DENIES' : 'QUESTIONS',
      cue: extra.cue ?? random.pick(CUES[mode]), quote: mode === 'DIRECT_QUOTE' ? sentence(5, 12) : null, statedAt: stated,
      firstReport: extra.firstReport ?? false, via: extra.via ?? null, basis: extra.basis === undefined ? null : w.documents[extra.basis].id,
    };
    spoke[speaker] += 1;
    out('attributions', a);
    return a.id;
  };
  const speaker = () => w.speakers[w.speakerZipf.draw(random)];

  for (let i = 0; i < opts.claims; i++) {
    const claimId = id('c', i);
    const subjects = new Set<number>();
    const k = random.chance(0.6) ? 1 : random.chance(0.75) ? 2 : 3;
    while (subjects.size < k) subjects.add(w.subjects[w.subjectZipf.draw(random)]);
    const aboutIds = [...subjects];
    for (const e of aboutIds) about[e] += 1;
    mentioned[aboutIds[0]] += 1;
    out('claims', { id: claimId, text: `${w.entities[aboutIds[0]].name} ${sentence(6, 14)}.`, about: aboutIds.map((e) => w.entities[e].id) });

    const pattern = random.next();
    if (pattern < 0.08 && w.outlets.length > 1) {
      // A story first reported by outlet X, whose own article cites an official; other outlets re-report it.
      const x = w.outlets[Math.floor(Math.pow(random.next(), 2) * w.outlets.length)];
      attribution(claimId, speaker(), random.pick(w.docsByOutlet.get(x)!));
      const reports = Math.min(100, Math.floor(1.5 * Math.pow(1 - random.next(), -0.8)));
      const reporters = [x];
      for (let r = 0; r < reports; r++) {
        const y = random.pick(w.outlets);
        if (y === x) continue;
        // Mostly "X reported"; sometimes a re-report of a re-report ("Y reported", Y itself relaying X).
        const cited = random.chance(0.7) ? x : random.pick(reporters);
        if (cited === y) continue;
        attribution(claimId, cited, random.pick(w.docsByOutlet.get(y)!), { mode: 'REPORTED', cue: r === 0 ? 'first reported' : 'reported', firstReport: r === 0 && cited === x });
        reporters.push(y);
      }
      if (reporters.length - 1 > reReported.count) reReported = { claim: claimId, count: reporters.length - 1 };
    } else if (pattern < 0.28) {
      // A chain of 2 to 4 hops recorded in one article: the last speaker relays ... relays the origin.
      const h = random.chance(0.5) ? 2 : random.chance(0.6) ? 3 : 4;
      const doc = random.pick(w.outletDocs);
      let via = attribution(claimId, random.pick(w.chainOrigins), doc, random.chance(0.3) ? { basis: random.pick(w.assessmentDocs) } : {});
      for (let hop = 1; hop < h; hop++) via = attribution(claimId, speaker(), doc, { via, mode: random.chance(0.5) ? 'PARAPHRASE' : 'REPORTED' });
      if (h === 4 && chainClaim === null && i >= opts.claims / 2) chainClaim = claimId;
    } else {
      attribution(claimId, speaker(), random.chance(0.8) ? random.pick(w.outletDocs) : random.pick(w.officialDocs));
    }
    if (random.chance(0.35)) attribution(claimId, speaker(), random.pick(w.outletDocs));

    if (i > 0 && random.chance(0.03)) out('relations', { from: claimId, type: 'SAME_AS', to: id('c', i - random.int(1, Math.min(i, 500))) });
    if (i > 0 && random.chance(0.02)) out('relations', { from: claimId, type: random.pick(['SUPPORTS', 'CONTRADICTS', 'NARROWS']), to: id('c', random.int(0, i - 1)) });
    if ((i + 1) % 50_000 === 0) onProgress(i + 1);
  }
  onProgress(opts.claims);

  const argmax = (a: Uint32Array) => a.reduce((best, v, i) => (v > a[best] ? i : best), 0);
  const people = w.entities.map((e, i) => ({ e, i })).filter(({ e, i }) => e.kind === 'PERSON' && !e.anonymous && mentioned[i] > 0);
  const rare = people.reduce((best, p) => (mentioned[p.i] < mentioned[best.i] ? p : best), people[0]);
  return {
    format: 'claimgraph-bulk/1', claims: opts.claims, seed: opts.seed, prefix: opts.prefix, counts,
    targets: {
      chainClaim: chainClaim ?? reReported.claim,
      busiestSpeaker: w.entities[argmax(spoke)].id,
      busiestSpeakerStatements: spoke[argmax(spoke)],
      busiestSubject: w.entities[argmax(about)].id,
      busiestSubjectClaims: about[argmax(about)],
      reReportedClaim: reReported.claim,
      reReports: reReported.count,
      commonTerm: w.words[argmax(wordUse)],
      rareTerm: rare ? rare.e.name.split(' ').at(-1)! : w.words[w.words.length - 1],
    },
  };
}
