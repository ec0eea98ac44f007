import { extractAttributions } from '../../src/extract/extractAttributions';
import type { ExtractedAttribution, KnownEntity } from '../../src/extract/extractionTypes';

/** Shared by the extract-*.test.ts files: run the extractor and pick items by speaker and content. */
export function extract(text: string, known?: KnownEntity[]): ExtractedAttribution[] {
  return extractAttributions(text, known ? { known } : {});
}

export function only(items: ExtractedAttribution[]): ExtractedAttribution {
  expect(items).toHaveLength(1);
  return items[0];
}

export function bySpeaker(items: ExtractedAttribution[], canonical: string): ExtractedAttribution[] {
  return items.filter((i) => i.speakerCanonical === canonical);
}

/** Every span is a verbatim slice of the text at its offsets. */
export function expectVerbatim(text: string, items: ExtractedAttribution[]): void {
  for (const item of items) {
    for (const span of [item.content, item.speaker, item.cue]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
}
