import type { GoldDocument } from './goldTypes';
import type { Extractor } from './runEval';
import { scoreDocument, speakerCorrect } from './scorer';

/**
 * `--details`: what went wrong, per document, for the people tuning the rules: gold items nobody
 * found, predictions matching nothing, and matches with a wrong speaker, mode, anonymous flag or via.
 */
function short(s: string, n = 70): string {
  const one = s.replace(/\s+/g, ' ');
  return JSON.stringify(one.length > n ? one.slice(0, n - 1) + '…' : one);
}

export function formatDetails(docs: GoldDocument[], extract: Extractor): string {
  const out: string[] = [];
  for (const doc of docs) {
    let predicted;
    try {
      predicted = extract(doc.text);
    } catch (e) {
      out.push(`## ${doc.name}: extractor error ${(e as Error).message}`);
      continue;
    }
    const { matches } = scoreDocument(doc.gold.attributions, predicted);
    const lines: string[] = [];
    const matchedGold = new Set(matches.map((m) => m.gold.id));
    const matchedPred = new Set(matches.map((m) => m.predicted.id));
    const predFor = new Map(matches.map((m) => [m.gold.id, m.predicted]));
    for (const g of doc.gold.attributions) {
      if (!matchedGold.has(g.id)) lines.push(`  missed ${g.id} ${g.mode} [${g.speakerCanonical}] ${short(g.content.text)}`);
    }
    for (const p of predicted) {
      if (!matchedPred.has(p.id)) lines.push(`  spurious ${p.id} ${p.mode} [${p.speakerCanonical}] ${short(p.content.text)}`);
    }
    for (const m of matches) {
      const g = m.gold;
      const p = m.predicted;
      const wrong: string[] = [];
      if (!speakerCorrect(g, p)) wrong.push(`speaker ${JSON.stringify(p.speakerCanonical)} (${p.speaker ? JSON.stringify(p.speaker.text) : 'null'}) != ${JSON.stringify(g.speakerCanonical)}`);
      if (g.mode !== p.mode) wrong.push(`mode ${p.mode} != ${g.mode}`);
      if (g.anonymous !== p.anonymous) wrong.push(`anonymous ${p.anonymous} != ${g.anonymous}`);
      if (g.via !== null) {
        const inner = predFor.get(g.via);
        if (!inner || p.via !== inner.id) wrong.push(`via ${p.via} != ${inner ? inner.id : `(gold ${g.via} unmatched)`}`);
      }
      if (wrong.length > 0) lines.push(`  ${g.id}=${p.id} ${wrong.join('; ')}  ${short(g.content.text, 50)}`);
    }
    out.push(`## ${doc.name}${lines.length === 0 ? ': all correct' : ''}`, ...lines);
  }
  return out.join('\n');
}
