/**
 * A short invented news text for the drafts tests: three attributions (an indirect statement by a
 * named mayor, her direct quote, and an anonymous group's indirect statement). The mayor's surname
 * is made up per call, so speaker resolution only ever finds the entity a test created.
 */
const SYLLABLES = ['ka', 'lo', 'ven', 'dri', 'sa', 'mor', 'tel', 'bri', 'no', 'vash', 'qui', 'ren'];

export function inventedSurname(): string {
  const pick = () => SYLLABLES[Math.floor(Math.random() * SYLLABLES.length)];
  const word = `${pick()}${pick()}${pick()}${pick()}`;
  return word[0].toUpperCase() + word.slice(1);
}

export const QUOTE = 'The bridge has served us for ninety years, but it is no longer safe';

export function article(surname: string): string {
  return [
    `Harbor City will close its oldest bridge for repairs next month, Mayor Elena ${surname} said on Tuesday.`,
    `"${QUOTE}," ${surname} told reporters at City Hall.`,
    'Officials familiar with the inspection said the repairs could cost more than $40 million.',
  ].join('\n\n');
}

export const DRAFT_BUNDLE_FIELDS = `
  document { id title url kind publishedAt publisher }
  entities { id name kind aliases anonymous description }
  claims { id text about confidence }
  attributions { id claim speaker mode stance cue quote via confidence }
  items {
    id content { text start end } speaker { text start end } speakerCanonical speakerEntityId
    cue { text start end } mode anonymous stance via confidence
  }`;

export const DRAFT_FIELDS = `id status text createdAt createdBy acceptedAt acceptedBy rejectedAt rejectedBy rejectReason
  document { id title }
  bundle { ${DRAFT_BUNDLE_FIELDS} }`;
