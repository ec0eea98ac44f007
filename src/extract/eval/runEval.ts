import type { GoldDocument, PredictedAttribution } from './goldTypes';
import { addCounts, metrics, scoreDocument, ZERO_COUNTS, type Counts, type Metrics } from './scorer';

/** The extractor under evaluation, as a plain function so tests can pass a stand-in. */
export type Extractor = (text: string) => PredictedAttribution[];

export interface DocumentResult {
  name: string;
  split: string;
  counts: Counts;
  metrics: Metrics;
  /** The extractor threw on this document: it counts as predicting nothing. */
  error?: string;
}

export interface Goal {
  name: string;
  metric: keyof Metrics;
  target: number;
  value: number | null;
  met: boolean;
}

export interface EvalResult {
  documents: DocumentResult[];
  micro: { counts: Counts; metrics: Metrics };
  goals: Goal[];
}

/** Issue 7's goals, on the micro average. */
export const GOALS: ReadonlyArray<Pick<Goal, 'name' | 'metric' | 'target'>> = [
  { name: 'detection F1', metric: 'f1', target: 0.8 },
  { name: 'speaker accuracy, direct quotes', metric: 'directSpeakerAccuracy', target: 0.9 },
  { name: 'speaker accuracy, overall', metric: 'speakerAccuracy', target: 0.8 },
  { name: 'anonymous-flag F1', metric: 'anonymousF1', target: 0.9 },
  { name: 'nested recall', metric: 'nestedRecall', target: 0.6 },
];

/** Run the extractor on every document and score it; one failing document does not stop the run. */
export function runEval(docs: GoldDocument[], extract: Extractor): EvalResult {
  let total = ZERO_COUNTS;
  const documents = docs.map((doc): DocumentResult => {
    let predicted: PredictedAttribution[] = [];
    let error: string | undefined;
    try {
      predicted = extract(doc.text);
    } catch (e) {
      error = (e as Error).message;
    }
    const { counts } = scoreDocument(doc.gold.attributions, predicted);
    total = addCounts(total, counts);
    return { name: doc.name, split: doc.split, counts, metrics: metrics(counts), ...(error ? { error } : {}) };
  });
  const micro = { counts: total, metrics: metrics(total) };
  const goals = GOALS.map((g): Goal => {
    const value = micro.metrics[g.metric];
    return { ...g, value, met: value !== null && value >= g.target };
  });
  return { documents, micro, goals };
}
