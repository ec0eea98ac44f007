import type { Candidate } from './candidate';
import { trimRange, type Range } from './textStructure';

/**
 * A photo caption ending in a credit, "(Photographer/Agency)" or "(Agency Photo/Photographer)": the
 * agency vouches for what the caption describes. Low confidence: captions state, they do not quote.
 */
export function photoCredit(text: string, paragraph: Range): Candidate | null {
  const body = text.slice(paragraph.start, paragraph.end);
  const m = /\(([^()\/\n]{2,60})\/([^()\/\n]{2,60})\)[\s\u00a0.]*$/.exec(body);
  if (!m || m.index < 20) return null;
  const first = m[1].trim();
  const agencyFirst = /\bPhoto$/i.test(first);
  const agencyText = agencyFirst ? first.replace(/\s*Photo$/i, '') : m[2].trim();
  const agencyOffset = agencyFirst ? body.indexOf(first, m.index) : body.indexOf(m[2].trim(), m.index + 1 + m[1].length);
  const content = trimRange(text, paragraph.start, paragraph.start + m.index);
  while (content.end > content.start && /[.,;]/.test(text[content.end - 1])) content.end--;
  return {
    content,
    speaker: { start: paragraph.start + agencyOffset, end: paragraph.start + agencyOffset + agencyText.length },
    cue: null,
    mode: 'INDIRECT',
    stance: 'ASSERTS',
    factive: false,
    confidence: 0.4,
    rule: 'photo-credit',
  };
}
