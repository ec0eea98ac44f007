import type { Stance } from '../attribution/attributionRecord';

/**
 * The extractor's contract (issue 7), shared by the rules (src/extract/), the evaluation scorer
 * (src/extract/eval/), the CLI (`npm run extract`) and the GraphQL drafts (src/draft/).
 * Offsets are UTF-16 code-unit offsets into the input text, `end` exclusive, so
 * `text.slice(span.start, span.end) === span.text` always holds.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** DIRECT: the content is a quotation; INDIRECT: reported speech; MIXED: reported speech with quoted words inside. */
export type ExtractedMode = 'DIRECT' | 'INDIRECT' | 'MIXED';

/** One attribution found in the text, in the shape `npm run extract -- --format attributions` prints. */
export interface ExtractedAttribution {
  /** "x1", "x2", ... in order of the content's start offset. */
  id: string;
  /** What was said: the quotation without its quote marks, or the reported clause. */
  content: Span;
  /** The mention naming the speaker as written (may be a pronoun, a title or "officials"); null when none was found. */
  speaker: Span | null;
  /** The speaker resolved: pronouns and titles to the last matching named speaker; a graph entity's name when resolution found one. */
  speakerCanonical: string | null;
  /** Graph entity id the speaker resolved to, when an entity lookup was given and matched. */
  speakerEntityId?: string | null;
  /** The reporting verb or phrase ("said", "according to", "told reporters"). */
  cue: Span | null;
  mode: ExtractedMode;
  /** The speaker is an unnamed source ("officials", "a person familiar with", "a spokesperson"). */
  anonymous: boolean;
  stance: Stance;
  /** The id of the attribution this one relays: in "the Post reported that officials said X", the Post's item has via = the officials' item. */
  via: string | null;
  /** 0..1, the rules' confidence in this item. */
  confidence: number;
}

/** A known entity the extractor may resolve speakers and mentions against (from the graph or bundles). */
export interface KnownEntity {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  anonymous?: boolean;
  /** Optional (added by the extraction rules): the entity this one speaks for when named as a speaker, e.g. a capital city for its country's government ("Kyiv says"). */
  speaksFor?: string | null;
}

/** Where the text came from; becomes the draft bundle's document. */
export interface ExtractionDocument {
  id?: string | null;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}
