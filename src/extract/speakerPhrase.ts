import nlp from 'compromise';

/**
 * What a speaker mention is: a pronoun, a definite description ("the minister", "the source") that
 * refers back, a named person (titles stripped: "Foreign Minister X" -> "X"), an organisation or
 * other proper name, or an unnamed source ("officials", "a person familiar with the matter").
 * Names come from compromise's people() tagger with a capitalised-words fallback.
 */
export type MentionKind = 'PRONOUN' | 'BACK_REFERENCE' | 'PERSON' | 'NAME' | 'ANONYMOUS';

export interface MentionAnalysis {
  kind: MentionKind;
  /** The resolved name for PERSON/NAME/ANONYMOUS; null for mentions that must be resolved by coreference. */
  canonical: string | null;
  anonymous: boolean;
  /** The head noun ("minister", "source", "officials"), used to match back references. */
  head: string | null;
  /** Plural mention: "they" can refer to it. */
  plural: boolean;
}

const PRONOUNS: Record<string, { plural: boolean; person: boolean }> = {
  he: { plural: false, person: true },
  she: { plural: false, person: true },
  they: { plural: true, person: false },
  it: { plural: false, person: false },
  we: { plural: true, person: false },
  i: { plural: false, person: true },
};

/** Heads that name a role, not a person: with no name attached the speaker is unnamed. */
const ANONYMOUS_HEADS = new Set(
  ('official officials source sources person people aide aides diplomat diplomats spokesperson spokesman spokeswoman ' +
    'spokespeople authorities insider insiders analyst analysts expert experts observer observers adviser advisers advisor advisors ' +
    'staffer staffers employee employees member members lawmaker lawmakers officer officers residents resident witness witnesses ' +
    'country countries governments outlet outlets investigators investigator ' +
    'negotiator negotiators envoy envoys someone somebody colleague colleagues mediator mediators head').split(' '),
);

/** A head noun naming unnamed people ("officials", "a person familiar with …"). */
export function isAnonymousHead(head: string): boolean {
  return ANONYMOUS_HEADS.has(head);
}

/** Title words dropped in front of a person's name. */
const TITLE_WORDS = new Set(
  ('mr mr. mrs mrs. ms ms. dr dr. prof prof. president vice prime minister foreign defence defense interior finance secretary ' +
    'spokesperson spokesman spokeswoman senator sen. sen rep. rep representative governor gov. gen. general chancellor ' +
    'ambassador director chief deputy mayor chairman chairwoman chair commander colonel col. lt. lieutenant admiral adm. ' +
    'king queen prince pope judge justice attorney leader executive officer press national security council house white ' +
    'state senior top former acting union economist analyst professor head').split(' '),
);

/** Heads of definite descriptions that refer back to an earlier speaker ("the minister said"). */
export const BACK_REFERENCE_HEADS = new Set(
  ('minister president official source spokesperson spokesman spokeswoman aide diplomat senator governor chancellor ambassador ' +
    'director chief mayor executive leader economist analyst envoy secretary ministry agency company group officials sources ' +
    'premier general commander union authority prosecutor lawyer').split(' '),
);

const DETERMINERS = /^(?:the|a|an|some|several|many|most|other|two|three|four|five|few|various|numerous|multiple)\s+/i;
const POST_MODIFIER = /\s+(?:familiar|briefed|close|with|who|that|which|knowledgeable|involved|speaking|aware|at|in|for|of|from|on)\b.*$/i;

export function stripDeterminer(mention: string): string {
  return mention.replace(DETERMINERS, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ORGANISATION_WORDS =
  /\b(?:Ledger|Times|Post|Herald|Journal|News|Radio|TV|Council|Ministry|Party|Agency|Bank|Group|Company|Institute|University|Committee|Commission|Service|Authority|Association|Union|Office|Department|Court|Government|Pharma|Securities|Inc|Corp|Ltd|Press|Daily|Tribune|Gazette|Telegraph|Guardian|Reuters|Navy|Army|Police|Federation|Foundation|Fund|Board|Assembly|Parliament|Senate|Congress)\b/;

/** The person's name inside a mention, titles stripped, or null. */
export function personName(mention: string): string | null {
  const people = nlp(mention).people().out('array') as string[];
  const candidates = people.length ? people : [];
  // Fallback: the trailing run of capitalised words after the last lower-case word (titles before names).
  const tail = /((?:[A-Z][\p{L}'’.-]+\s+){0,3}[A-Z][\p{L}'’-]+)$/u.exec(mention.replace(/[,\s]+$/, ''));
  // The fallback only for person-like runs: not "The Daily Ledger", not "Radio Nord Agency".
  if (tail && !/^(?:The|A|An)\s/.test(tail[1]) && !ORGANISATION_WORDS.test(tail[1])) candidates.push(tail[1]);
  for (const c of candidates) {
    const words = c.replace(/[,.;:]+$/, '').replace(/['’]s$/, '').split(/\s+/).filter((w) => !TITLE_WORDS.has(w.toLowerCase()));
    if (words.length >= 1 && words.every((w) => /^[A-Z]/.test(w))) {
      const name = words.join(' ');
      if (words.length >= 2 || people.length) return name;
    }
  }
  return null;
}

export function analyseMention(mention: string): MentionAnalysis {
  const m = mention.trim().replace(/[,]+$/, '');
  const lower = m.toLowerCase();
  const pronoun = PRONOUNS[lower];
  if (pronoun) return { kind: 'PRONOUN', canonical: null, anonymous: false, head: lower, plural: pronoun.plural };

  const core = m.replace(POST_MODIFIER, '');
  const coreWords = stripDeterminer(core).split(/\s+/);
  const head = coreWords[coreWords.length - 1]?.toLowerCase().replace(/[^a-z]/g, '') ?? null;
  // "-ss" is not a plural ending: "Nordpress", "the congress", "a witness".
  const plural = (/s$/.test(head ?? '') && !/ss$/.test(head ?? '')) || /\band\b/.test(m);

  // "the minister", "the chairwoman", "the source": a description that may refer back to a speaker.
  const description = stripDeterminer(core);
  if (/^the\s+/i.test(m) && head && !/[A-Z]/.test(description.replace(/^(?:US|U\.S\.|UN|EU)\s/, '')) && description.split(/\s+/).length <= 4) {
    return { kind: 'BACK_REFERENCE', canonical: null, anonymous: ANONYMOUS_HEADS.has(head), head, plural };
  }

  const appositive = /,\s*((?:[A-Z][\p{L}'’.-]*\s+)*[A-Z][\p{L}'’-]+)$/u.exec(m)?.[1];
  if (appositive) return { kind: 'PERSON', canonical: personName(appositive) ?? appositive, anonymous: false, head, plural: false };
  const person = personName(core);
  if (person && !(head && ANONYMOUS_HEADS.has(head) && !core.endsWith(person))) {
    return { kind: 'PERSON', canonical: person, anonymous: false, head, plural: false };
  }
  // "Economists at Caldera Securities": people of a named organisation speak for it.
  const ofOrganisation = /^(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*s\s+(?:at|of|from)\s+(?:the\s+)?([A-Z][\p{L}&.'’-]*(?:\s+[A-Z][\p{L}&.'’-]*)*)$/u.exec(description);
  if (ofOrganisation && !(head && ANONYMOUS_HEADS.has(head))) return { kind: 'NAME', canonical: ofOrganisation[1], anonymous: false, head, plural: true };
  if (head && ANONYMOUS_HEADS.has(head)) {
    return { kind: 'ANONYMOUS', canonical: capitalise(stripDeterminer(m)), anonymous: true, head, plural };
  }
  // Unnamed people: "Pharmacists", "Trucking companies on both sides", "a mediator".
  const lowerCore = !/[A-Z]/.test(description.slice(1));
  if (lowerCore && (/^(?:a|an|some|several|many|two|three|four|five|few|other|one)\s/i.test(m) || (!/^the\s/i.test(m) && plural))) {
    return { kind: 'ANONYMOUS', canonical: capitalise(stripDeterminer(m)), anonymous: true, head, plural };
  }
  // "the news agency Nordpress", "The Ostrovian daily Vesnik": a descriptor before the name.
  const named = /^(?:the\s+)?(?:[A-Za-z][\p{L}-]*\s+){0,3}?[a-z][\p{L}-]*\s+([A-Z][\p{L}&.'’-]*(?:\s+[A-Z][\p{L}&.'’-]*)*)$/u.exec(m);
  return { kind: 'NAME', canonical: named?.[1] ?? (description.replace(/^(?:The)\s+/, '') || m), anonymous: false, head, plural };
}
