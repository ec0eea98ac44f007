import type { Span } from '../extractionTypes';
import { GOLD_STANCES, MODES, type GoldFile } from './goldTypes';

/**
 * The `--check` rules for one gold file: every span verbatim, ids unique, `via` pointing at an
 * existing other item, enums valid. Returns human-readable problems (empty = valid) instead of
 * throwing, so the CLI can list every problem of every file at once.
 */
export function validateGold(text: string, gold: GoldFile, name = 'document'): string[] {
  const problems: string[] = [];
  if (!gold || typeof gold !== 'object' || !Array.isArray(gold.attributions)) return [`${name}: no attributions array`];
  if (!gold.document || typeof gold.document.title !== 'string') problems.push(`${name}: document.title missing`);
  const ids = new Set<string>();
  const checkSpan = (where: string, span: Span | null, nullable: boolean) => {
    if (span === null || span === undefined) {
      if (!nullable) problems.push(`${where}: missing`);
      return;
    }
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) {
      problems.push(`${where}: bad offsets ${span.start}..${span.end}`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      problems.push(`${where}: not verbatim: text.slice(${span.start},${span.end}) = ${JSON.stringify(text.slice(span.start, span.end))} but span.text = ${JSON.stringify(span.text)}`);
    }
  };
  for (const a of gold.attributions) {
    const where = `${name} ${a.id}`;
    if (typeof a.id !== 'string' || a.id === '') problems.push(`${name}: an attribution has no id`);
    else if (ids.has(a.id)) problems.push(`${where}: duplicate id`);
    ids.add(a.id);
    checkSpan(`${where} content`, a.content, false);
    checkSpan(`${where} speaker`, a.speaker, true);
    checkSpan(`${where} cue`, a.cue, true);
    if (!MODES.includes(a.mode)) problems.push(`${where}: invalid mode ${JSON.stringify(a.mode)}`);
    if (!GOLD_STANCES.includes(a.stance)) problems.push(`${where}: invalid stance ${JSON.stringify(a.stance)}`);
    if (typeof a.anonymous !== 'boolean') problems.push(`${where}: anonymous must be a boolean`);
    if (a.speakerCanonical !== null && typeof a.speakerCanonical !== 'string') problems.push(`${where}: speakerCanonical must be a string or null`);
  }
  for (const a of gold.attributions) {
    if (a.via === null) continue;
    if (a.via === a.id) problems.push(`${name} ${a.id}: via points at itself`);
    else if (!ids.has(a.via)) problems.push(`${name} ${a.id}: via ${JSON.stringify(a.via)} is dangling`);
  }
  return problems;
}
