import type { Stance } from '../attribution/attributionRecord';

/**
 * The reporting-verb lexicon: each speech or cognition verb a news article uses to attribute content,
 * with the stance it gives the speaker towards that content and whether it is factive (the writer
 * presupposes the content is true: "acknowledged that X" commits the article to X as well).
 */
export interface ReportingVerb {
  forms: string[];
  stance: Stance;
  factive?: boolean;
  /** The verb takes a person object before its clause ("told reporters that", "warned allies that"). */
  takesObject?: boolean;
  /** Only a reporting verb when it has a "that"-clause or quote: "noted", "believe", "consider". */
  weak?: boolean;
  /** The content may be a bare noun phrase ("denied any irregularities", "first reported the agreement"). */
  nounObject?: boolean;
}

const V = (forms: string, stance: Stance, extra: Omit<ReportingVerb, 'forms' | 'stance'> = {}): ReportingVerb => ({
  forms: forms.split(' '),
  stance,
  ...extra,
});

export const REPORTING_VERBS: ReportingVerb[] = [
  V('say says said', 'ASSERTS'),
  V('tell tells told', 'ASSERTS', { takesObject: true }),
  V('add adds added', 'ASSERTS'),
  V('explain explains explained', 'ASSERTS'),
  V('state states stated', 'ASSERTS'),
  V('announce announces announced', 'ASSERTS', { nounObject: true }),
  V('report reports reported', 'ASSERTS', { nounObject: true }),
  V('write writes wrote', 'ASSERTS'),
  V('warn warns warned', 'ASSERTS', { takesObject: true }),
  V('claim claims claimed', 'ASSERTS'),
  V('allege alleges alleged', 'ASSERTS'),
  V('insist insists insisted', 'ASSERTS'),
  V('argue argues argued', 'ASSERTS'),
  V('assert asserts asserted', 'ASSERTS'),
  V('declare declares declared', 'ASSERTS'),
  V('maintain maintains maintained', 'ASSERTS', { weak: true }),
  V('stress stresses stressed', 'ASSERTS'),
  V('emphasise emphasises emphasised emphasize emphasizes emphasized', 'ASSERTS'),
  V('predict predicts predicted', 'ASSERTS'),
  V('estimate estimates estimated', 'ASSERTS', { weak: true }),
  V('suggest suggests suggested', 'ASSERTS', { weak: true }),
  V('note notes noted', 'ASSERTS', { weak: true }),
  V('believe believes believed', 'ASSERTS', { weak: true }),
  V('consider considers considered', 'ASSERTS', { weak: true }),
  V('accuse accuses accused', 'ASSERTS', { nounObject: true }),
  V('promise promises promised', 'ASSERTS'),
  V('recall recalls recalled', 'ASSERTS', { weak: true }),
  V('testify testifies testified', 'ASSERTS'),
  V('confirm confirms confirmed', 'ASSERTS', { factive: true, nounObject: true }),
  V('reveal reveals revealed', 'ASSERTS', { factive: true, nounObject: true }),
  V('acknowledge acknowledges acknowledged', 'ACKNOWLEDGES', { factive: true, nounObject: true }),
  V('admit admits admitted', 'ACKNOWLEDGES', { factive: true, nounObject: true }),
  V('concede concedes conceded', 'ACKNOWLEDGES', { factive: true }),
  V('deny denies denied', 'DENIES', { nounObject: true }),
  V('reject rejects rejected', 'DENIES'),
  V('dismiss dismisses dismissed', 'DENIES'),
  V('refute refutes refuted', 'DENIES'),
  V('dispute disputes disputed', 'DENIES'),
  V('question questions questioned', 'QUESTIONS'),
  V('doubt doubts doubted', 'QUESTIONS'),
  V('wonder wonders wondered', 'QUESTIONS'),
];

const BY_FORM = new Map<string, ReportingVerb>(REPORTING_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));

export function reportingVerb(word: string): ReportingVerb | undefined {
  return BY_FORM.get(word.toLowerCase());
}

/** All verb forms as one regex alternation, longest first so "says" is not read as "say". */
export const VERB_ALTERNATION = [...BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|');

/** Auxiliaries and adverbs that belong to the cue ("have said", "first reported", "also told"). */
export const CUE_PREFIX =
  '(?:(?:has|have|had|will|would|also|first|later|previously|repeatedly|publicly|recently|earlier|again|then|reportedly|further|privately|separately|initially|originally|already|once|flatly|strongly|quickly|firmly|openly|explicitly|now|still|long)\\s+){0,3}';

/** Words that never start a speaker phrase that precedes a cue: "It would be said", "which added". */
export const NOT_A_SUBJECT = new Set(['which', 'this', 'there', 'what', 'who', 'that', 'and', 'but', 'or', 'as']);
