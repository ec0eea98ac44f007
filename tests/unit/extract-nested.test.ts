import { expectVerbatim, extract } from './extract-helpers';

/** Nested attribution: the outer item's `via` is the inner item's id. */

test('X reported that Y said Z', () => {
  const items = extract('The Daily Ledger reported that officials said the plant would close in June.');
  expect(items).toHaveLength(2);
  const outer = items.find((i) => i.speakerCanonical === 'Daily Ledger')!;
  const inner = items.find((i) => i.anonymous)!;
  expect(inner.content.text).toBe('the plant would close in June');
  expect(inner.via).toBeNull();
  expect(outer.via).toBe(inner.id);
  expect(outer.content.text).toBe('officials said the plant would close in June');
});

test('X, citing Y, said …', () => {
  const items = extract('Radio Nord, citing two diplomats, said the talks had stalled.');
  const outer = items.find((i) => i.speakerCanonical === 'Radio Nord')!;
  const inner = items.find((i) => i.speaker?.text === 'two diplomats')!;
  expect(inner).toMatchObject({ anonymous: true, via: null });
  expect(inner.cue?.text).toBe('citing');
  expect(outer.via).toBe(inner.id);
  expect(outer.content.text).toBe('the talks had stalled');
});

test('according to a report by X, Y said …', () => {
  const items = extract('According to a report by the Harbour Times, officials said the ferry would be sold.');
  const outer = items.find((i) => i.speaker?.text === 'the Harbour Times')!;
  const inner = items.find((i) => i.speaker?.text === 'officials')!;
  expect(outer.cue?.text).toBe('According to a report by');
  expect(outer.via).toBe(inner.id);
  expect(inner.content.text).toBe('the ferry would be sold');
});

test('denied a report in X that …', () => {
  const items = extract('The company denied a report in the Evening Post that it had hidden the losses.');
  const inner = items.find((i) => i.speaker?.text === 'the Evening Post')!;
  const outer = items.find((i) => i.speaker?.text === 'The company')!;
  expect(inner.content.text).toBe('it had hidden the losses');
  expect(outer).toMatchObject({ stance: 'DENIES', via: inner.id });
});

test('coordinated speakers give one item each, not a relay', () => {
  const items = extract('The Herald and other outlets reported that the mayor had resigned.');
  expect(items.map((i) => [i.speaker?.text, i.content.text, i.via])).toEqual([
    ['The Herald', 'the mayor had resigned', null],
    ['other outlets', 'the mayor had resigned', null],
  ]);
  expect(items[1].anonymous).toBe(true);
});

test('an accusation quoted by a speaker is found inside the quote, without making the quote a relay', () => {
  const items = extract('“Some neighbours have accused us of hiding the damage, but we reported it at once,” the owner, Ines Lamar, told reporters.');
  const quote = items.find((i) => i.mode === 'DIRECT')!;
  const inner = items.find((i) => i.speaker?.text === 'Some neighbours')!;
  expect(quote.speakerCanonical).toBe('Ines Lamar');
  expect(quote.via).toBeNull();
  expect(inner).toMatchObject({ anonymous: true, cue: expect.objectContaining({ text: 'have accused' }) });
});

/** [speaker, cue, content, via as the speaker of the relayed item] for compact assertions. */
function relays(text: string): [string | undefined, string | undefined, string, string | null][] {
  const items = extract(text);
  expectVerbatim(text, items);
  return items.map((i) => [i.speaker?.text, i.cue?.text, i.content.text, i.via ? items.find((o) => o.id === i.via)!.speaker?.text ?? null : null]);
}

describe('citations', () => {
  test('X reported, citing Y, that Z: both own Z, the outlet relays the cited source', () => {
    expect(relays('Coastline News had reported, citing three dockworkers, that the cranes were unsafe.')).toEqual([
      ['three dockworkers', 'citing', 'the cranes were unsafe', null],
      ['Coastline News', 'had reported', 'the cranes were unsafe', 'three dockworkers'],
    ]);
  });

  test('X reported that Z, citing Y (the citation closes the sentence)', () => {
    expect(relays('The Meridian Courier reported that the mill would shut in March, citing two managers.')).toEqual([
      ['two managers', 'citing', 'the mill would shut in March', null],
      ['The Meridian Courier', 'reported', 'the mill would shut in March', 'two managers'],
    ]);
  });

  test('Z, X reported, citing Y', () => {
    expect(relays('The mill would shut in March, the Meridian Courier reported, citing a company memo.')).toEqual([
      ['a company memo', 'citing', 'The mill would shut in March', null],
      ['the Meridian Courier', 'reported', 'The mill would shut in March', 'a company memo'],
    ]);
  });

  test('quoting Y works like citing Y, in front of and after the speaker', () => {
    expect(relays('Quoting a hospital administrator, Valley Radio said the ward had reopened.')).toEqual([
      ['a hospital administrator', 'Quoting', 'the ward had reopened', null],
      ['Valley Radio', 'said', 'the ward had reopened', 'a hospital administrator'],
    ]);
    expect(relays('Valley Radio reported, quoting two nurses, that the ward had reopened.')).toEqual([
      ['two nurses', 'quoting', 'the ward had reopened', null],
      ['Valley Radio', 'reported', 'the ward had reopened', 'two nurses'],
    ]);
  });

  test('citing a reason is not a source: no inner item, and the reason stays out of the clause', () => {
    expect(relays('The central bank said on Tuesday, citing weaker exports, that growth would slow.')).toEqual([
      ['The central bank', 'said', 'growth would slow', null],
    ]);
    expect(relays('The Meridian Courier reported that the mill would shut, citing rising energy costs.')).toEqual([
      ['The Meridian Courier', 'reported', 'the mill would shut, citing rising energy costs', null],
    ]);
  });

  test('an outlet whose name ends in -ss is named, not anonymous', () => {
    const items = extract('Citing two members of the crew, Nordpress said the ship had turned back.');
    expect(items.find((i) => i.speaker?.text === 'Nordpress')).toMatchObject({ anonymous: false, speakerCanonical: 'Nordpress' });
  });
});

describe('quoted as saying', () => {
  test('X quoted Y as saying Z', () => {
    expect(relays('The Harbour Times quoted Mayor Ines Lamar as saying that the ferry would be sold.')).toEqual([
      ['Mayor Ines Lamar', 'as saying', 'the ferry would be sold', null],
      ['The Harbour Times', 'quoted', 'the ferry would be sold', 'Mayor Ines Lamar'],
    ]);
  });

  test('Y was quoted by X as saying Z, with an anonymous quoted source', () => {
    const items = extract('A senior aide was quoted by local radio as saying the talks were over.');
    expect(items.map((i) => [i.speaker?.text, i.cue?.text, i.anonymous])).toEqual([
      ['A senior aide', 'as saying', true],
      ['local radio', 'was quoted by', false],
    ]);
    expect(items[1].via).toBe(items[0].id);
  });

  test('a quotation after "as saying" is DIRECT, without its marks', () => {
    const items = extract('The Harbour Times quoted Ines Lamar as saying: “The ferry will be sold.”');
    expect(items.map((i) => [i.speakerCanonical, i.mode, i.content.text])).toEqual([
      ['Ines Lamar', 'DIRECT', 'The ferry will be sold'],
      ['Harbour Times', 'DIRECT', 'The ferry will be sold'],
    ]);
    expect(items[1].via).toBe(items[0].id);
  });

  test('"quoted" without "as saying" is not speech', () => {
    expect(extract('The broker quoted a price of ten euros as the opening bid.')).toEqual([]);
  });
});

describe('according to', () => {
  test('According to Y, X said Z: Y relays X', () => {
    expect(relays('According to the Harbour Times, Ines Lamar said the ferry would be sold.')).toEqual([
      ['the Harbour Times', 'According to', 'Ines Lamar said the ferry would be sold', 'Ines Lamar'],
      ['Ines Lamar', 'said', 'the ferry would be sold', null],
    ]);
  });

  test('X said Z, according to Y', () => {
    expect(relays('Ines Lamar said the ferry would be sold, according to the Harbour Times.')).toEqual([
      ['the Harbour Times', 'according to', 'Ines Lamar said the ferry would be sold', 'Ines Lamar'],
      ['Ines Lamar', 'said', 'the ferry would be sold', null],
    ]);
  });

  test('Z, X said, according to Y: the inner item fills the outer content', () => {
    expect(relays('The ferry would be sold, Ines Lamar said, according to the Harbour Times.')).toEqual([
      ['Ines Lamar', 'said', 'The ferry would be sold', null],
      ['the Harbour Times', 'according to', 'The ferry would be sold, Ines Lamar said', 'Ines Lamar'],
    ]);
  });

  test('X reported that, according to Y, Z', () => {
    expect(relays('The Post reported that, according to officials, the minister would resign.')).toEqual([
      ['The Post', 'reported', 'according to officials, the minister would resign', 'officials'],
      ['officials', 'according to', 'the minister would resign', null],
    ]);
  });

  test('According to X, which cited Y, Z', () => {
    expect(relays('According to Valley Radio, which cited two firefighters, the blaze was contained.')).toEqual([
      ['two firefighters', 'cited', 'the blaze was contained', null],
      ['Valley Radio', 'According to', 'the blaze was contained', 'two firefighters'],
    ]);
  });

  test('according to officials quoted by X', () => {
    expect(relays('According to officials quoted by the Meridian Courier, the mill would shut.')).toEqual([
      ['officials', 'According to', 'the mill would shut', null],
      ['the Meridian Courier', 'quoted by', 'the mill would shut', 'officials'],
    ]);
  });
});

describe('reported speech inside reported speech', () => {
  test('Y said Z, X reported: the trailing outlet relays the whole item', () => {
    expect(relays('Officials said the minister would resign, the Post reported.')).toEqual([
      ['the Post', 'reported', 'Officials said the minister would resign', 'Officials'],
      ['Officials', 'said', 'the minister would resign', null],
    ]);
  });

  test('a chain of three: A reported that B said that C had told them Z', () => {
    expect(relays('The Harbour Times reported that two officials said that the mayor had told them that the ferry would be sold.')).toEqual([
      ['The Harbour Times', 'reported', 'two officials said that the mayor had told them that the ferry would be sold', 'two officials'],
      ['two officials', 'said', 'the mayor had told them that the ferry would be sold', 'the mayor'],
      ['the mayor', 'had told them', 'the ferry would be sold', null],
    ]);
  });

  test('a chain of three without "that": the object pronoun is the listener', () => {
    expect(relays('The Harbour Times reported that two officials said the mayor had told them the ferry would be sold.')).toEqual([
      ['The Harbour Times', 'reported', 'two officials said the mayor had told them the ferry would be sold', 'two officials'],
      ['two officials', 'said', 'the mayor had told them the ferry would be sold', 'the mayor'],
      ['the mayor', 'had told them', 'the ferry would be sold', null],
    ]);
  });
});

describe('not nested (EXTRACTION.md: one item per speech event; a listener or medium says nothing)', () => {
  test('Y told X (an outlet) that Z: one item, the outlet is the listener', () => {
    expect(relays('Ines Lamar told the Harbour Times that the ferry would be sold.')).toEqual([
      ['Ines Lamar', 'told the Harbour Times', 'the ferry would be sold', null],
    ]);
  });

  test('in an interview with X, Y said Z: one item', () => {
    expect(relays('In an interview with the Harbour Times, Ines Lamar said the ferry would be sold.')).toEqual([
      ['Ines Lamar', 'said', 'the ferry would be sold', null],
    ]);
  });

  test('a statement released by X said Z: the document speaks for its author', () => {
    const items = extract('A statement released by the port authority on Monday said the ferry would be sold.');
    expect(items.map((i) => [i.speaker?.text, i.speakerCanonical, i.cue?.text, i.content.text, i.via, i.anonymous])).toEqual([
      ['the port authority', 'Port authority', 'said', 'the ferry would be sold', null, false],
    ]);
  });
});

describe('dates and bare plurals around the relayed source', () => {
  test('a date after the outlet is not part of its name', () => {
    expect(relays('The utility denied a report in the Ledger on Monday that it had overcharged customers.')).toEqual([
      ['The utility', 'denied', 'a report in the Ledger on Monday that it had overcharged customers', 'the Ledger'],
      ['the Ledger', 'a report in', 'it had overcharged customers', null],
    ]);
    const items = extract('According to a report published by KTV on Monday, European officials believe the sanctions have failed.');
    expect(items.map((i) => [i.speaker?.text, i.cue?.text])).toEqual([
      ['KTV', 'According to a report published by'],
      ['European officials', 'believe'],
    ]);
    expect(items[0].via).toBe(items[1].id);
  });

  test('denied reports in X that Z (no article)', () => {
    expect(relays('The water company has denied reports in the Ledger that it had overcharged customers.')).toEqual([
      ['The water company', 'has denied', 'reports in the Ledger that it had overcharged customers', 'the Ledger'],
      ['the Ledger', 'reports in', 'it had overcharged customers', null],
    ]);
  });

  test('X reported that according to Y, Z (no comma after "that")', () => {
    expect(relays('The Ledger reported that according to two council members, the tender had been rigged.')).toEqual([
      ['The Ledger', 'reported', 'according to two council members, the tender had been rigged', 'two council members'],
      ['two council members', 'according to', 'the tender had been rigged', null],
    ]);
  });

  test('X reported Monday that Y had said Z: a bare weekday is an adverbial, not content', () => {
    expect(relays('The Ledger reported Monday that the mayor had said the tender was void.')).toEqual([
      ['The Ledger', 'reported', 'the mayor had said the tender was void', 'the mayor'],
      ['the mayor', 'had said', 'the tender was void', null],
    ]);
  });
});

test('according to a report in / on X, Y said Z: the outlet after "in" or "on" is the author', () => {
  expect(relays('According to a report in the Ledger, two inspectors said the pipes had burst.')).toEqual([
    ['the Ledger', 'According to a report in', 'two inspectors said the pipes had burst', 'two inspectors'],
    ['two inspectors', 'said', 'the pipes had burst', null],
  ]);
  expect(relays('According to a report on KTV, European officials now believe the sanctions have failed.')).toEqual([
    ['KTV', 'According to a report on', 'European officials now believe the sanctions have failed', 'European officials'],
    ['European officials', 'now believe', 'the sanctions have failed', null],
  ]);
});

test('a plural head that compromise reads as a verb still names the relayed speaker', () => {
  expect(relays('The Ledger reported that two engineers said the pipes had burst.')).toEqual([
    ['The Ledger', 'reported', 'two engineers said the pipes had burst', 'two engineers'],
    ['two engineers', 'said', 'the pipes had burst', null],
  ]);
});

test('an unnamed source with a lower-case modifier ("city officials") is still the relayed speaker', () => {
  const text = 'The Harbor Times reported that city officials said the old bridge would close in March.';
  const items = extract(text);
  expectVerbatim(text, items);
  const inner = items.find((i) => i.speaker?.text === 'city officials');
  expect(inner).toMatchObject({ anonymous: true, content: { text: 'the old bridge would close in March' } });
  expect(items.find((i) => i.speaker?.text === 'The Harbor Times')?.via).toBe(inner!.id);
});
