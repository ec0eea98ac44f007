import { Lexicon } from './lexicon';
import { Random, Zipf } from './random';

/**
 * The cast and the library of a synthetic dataset: entities (outlets, countries, organisations,
 * anonymous sources, things, people, with affiliations) and documents (mostly outlets' articles,
 * some official statements and intelligence assessments) dated over six years. Sizes grow with the
 * number of claims; who speaks, who is spoken about and who publishes follow power laws.
 */
export interface GenEntity {
  id: string;
  name: string;
  kind: string;
  anonymous: boolean;
  description: string | null;
  aliases: string[];
  affiliations: { entity: string; role: string | null; since: string | null; until: null }[];
}

export interface GenDocument {
  id: string;
  title: string;
  url: string;
  kind: string;
  publishedAt: string;
  language: string;
  publisher: string;
  authors: string[];
}

export interface World {
  entities: GenEntity[];
  documents: GenDocument[];
  /** Lowercase words for texts, most common first. */
  words: string[];
  wordZipf: Zipf;
  /** Entity indexes of those who speak, most talkative first, and their sampler. */
  speakers: number[];
  speakerZipf: Zipf;
  /** Entity indexes of what claims are about, most talked-about first. */
  subjects: number[];
  subjectZipf: Zipf;
  outlets: number[];
  /** Origins of chains: countries and anonymous sources. */
  chainOrigins: number[];
  /** Document indexes per publishing outlet (entity index), and of outlets' and of officials' documents. */
  docsByOutlet: Map<number, number[]>;
  outletDocs: number[];
  officialDocs: number[];
  assessmentDocs: number[];
  /** Epoch millis of each document's publication. */
  docTime: Float64Array;
}

const START = Date.UTC(2019, 0, 1);
const SPAN = Date.UTC(2025, 0, 1) - START;
const OUTLET_WORDS = ['Herald', 'Times', 'Wire', 'Journal', 'Post', 'Ledger', 'Gazette', 'Review', 'Courier', 'Observer'];
const ORG_WORDS = ['Ministry', 'Council', 'Agency', 'Institute', 'Party', 'Authority', 'Command', 'Union'];
const ROLES = ['spokesperson', 'minister', 'adviser', 'commander', 'director', 'senior official', null];

export function buildWorld(claims: number, random: Random, id: (kind: string, n: number) => string): World {
  const lex = new Lexicon(random);
  const n = {
    outlets: Math.max(6, Math.round(claims / 2500)),
    countries: Math.min(80, Math.max(6, Math.round(claims / 5000))),
    orgs: Math.max(6, Math.round(claims / 200)),
    anonymous: Math.max(4, Math.round(claims / 170)),
    things: Math.max(4, Math.round(claims / 250)),
    people: Math.max(20, Math.round(claims / 30)),
  };
  const total = Object.values(n).reduce((a, b) => a + b, 0);
  const names = lex.names(total * 2);
  const words = lex.words(Math.max(500, Math.min(20_000, Math.round(claims / 20))));
  const givenNames = names.slice(total, total + Math.min(total, 300));
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

  const entities: GenEntity[] = [];
  const byKind: Record<string, number[]> = { outlets: [], countries: [], orgs: [], anonymous: [], things: [], people: [] };
  const add = (group: string, e: Omit<GenEntity, 'id' | 'aliases' | 'affiliations'>) => {
    byKind[group].push(entities.length);
    entities.push({ id: id('e', entities.length), aliases: [], affiliations: [], ...e });
  };
  for (let i = 0; i < n.outlets; i++) add('outlets', { name: `The ${names[entities.length]} ${random.pick(OUTLET_WORDS)}`, kind: 'ORGANIZATION', anonymous: false, description: 'news outlet' });
  for (let i = 0; i < n.countries; i++) add('countries', { name: names[entities.length], kind: 'COUNTRY', anonymous: false, description: null });
  for (let i = 0; i < n.orgs; i++) add('orgs', { name: `${names[entities.length]} ${random.pick(ORG_WORDS)}`, kind: 'ORGANIZATION', anonymous: false, description: null });
  for (let i = 0; i < n.anonymous; i++) {
    const text = `${random.pick(['Officials familiar with', 'A source close to', 'Diplomats briefed on', 'People with knowledge of'])} the ${cap(random.pick(words))} ${names[entities.length]} talks`;
    add('anonymous', { name: text, kind: random.chance(0.5) ? 'GROUP' : 'PERSON', anonymous: true, description: text });
  }
  for (let i = 0; i < n.things; i++) {
    const kind = random.pick(['WEAPON_SYSTEM', 'LOCATION', 'EVENT']);
    const name = kind === 'WEAPON_SYSTEM' ? `${names[entities.length]}-${random.int(2, 400)}` : kind === 'EVENT' ? `${names[entities.length]} summit` : names[entities.length];
    add('things', { name, kind, anonymous: false, description: null });
  }
  for (let i = 0; i < n.people; i++) add('people', { name: `${random.pick(givenNames)} ${names[entities.length]}`, kind: 'PERSON', anonymous: false, description: null });

  // Affiliations: most people speak for an organisation or a country; anonymous sources are tied to a country.
  const affiliationTargets = [...byKind.countries, ...byKind.orgs];
  const affiliationZipf = new Zipf(affiliationTargets.length, 1);
  for (const p of byKind.people) {
    if (!random.chance(0.7)) continue;
    const since = random.chance(0.5) ? new Date(START - random.int(0, 3650) * 86_400_000).toISOString().slice(0, 10) : null;
    entities[p].affiliations.push({ entity: entities[affiliationTargets[affiliationZipf.draw(random)]].id, role: random.pick(ROLES), since, until: null });
  }
  for (const a of byKind.anonymous) entities[a].affiliations.push({ entity: entities[random.pick(byKind.countries)].id, role: null, since: null, until: null });

  const speakers = random.shuffle([...byKind.countries, ...byKind.orgs, ...byKind.anonymous, ...byKind.people]);
  const subjects = random.shuffle([...byKind.countries, ...byKind.orgs, ...byKind.things, ...byKind.people]);

  const docCount = Math.max(12, Math.round(claims / 5));
  const outletZipf = new Zipf(byKind.outlets.length, 1.1);
  const officials = [...byKind.countries, ...byKind.orgs];
  const documents: GenDocument[] = [];
  const docTime = new Float64Array(docCount);
  const docsByOutlet = new Map<number, number[]>();
  const outletDocs: number[] = [];
  const officialDocs: number[] = [];
  const assessmentDocs: number[] = [];
  for (let i = 0; i < docCount; i++) {
    const u = random.next();
    const kind = u < 0.85 ? 'NEWS_ARTICLE' : u < 0.9 ? 'LIVE_BLOG' : u < 0.94 ? 'PRESS_CONFERENCE' : u < 0.97 ? 'OFFICIAL_STATEMENT' : 'INTELLIGENCE_ASSESSMENT';
    const fromOutlet = kind === 'NEWS_ARTICLE' || kind === 'LIVE_BLOG';
    const publisher = fromOutlet ? byKind.outlets[outletZipf.draw(random)] : kind === 'INTELLIGENCE_ASSESSMENT' ? random.pick(byKind.countries) : random.pick(officials);
    docTime[i] = START + Math.floor(random.next() * SPAN / 60_000) * 60_000;
    const title = Array.from({ length: random.int(4, 9) }, () => words[Math.min(words.length - 1, random.int(0, 400))]).join(' ');
    const authors = fromOutlet && random.chance(0.3) ? [entities[random.pick(byKind.people)].id] : [];
    documents.push({
      id: id('d', i), title: cap(title), url: `https://news.example.org/${id('d', i)}`, kind,
      publishedAt: new Date(docTime[i]).toISOString(), language: 'en', publisher: entities[publisher].id, authors,
    });
    if (fromOutlet) {
      outletDocs.push(i);
      if (!docsByOutlet.has(publisher)) docsByOutlet.set(publisher, []);
      docsByOutlet.get(publisher)!.push(i);
    } else if (kind === 'INTELLIGENCE_ASSESSMENT') assessmentDocs.push(i);
    else officialDocs.push(i);
  }
  return {
    entities, documents, words, wordZipf: new Zipf(words.length, 1.05),
    speakers, speakerZipf: new Zipf(speakers.length, 1.1), subjects, subjectZipf: new Zipf(subjects.length, 1.1),
    outlets: byKind.outlets.filter((o) => docsByOutlet.has(o)), chainOrigins: [...byKind.countries, ...byKind.anonymous],
    docsByOutlet, outletDocs, officialDocs: officialDocs.length ? officialDocs : outletDocs, assessmentDocs: assessmentDocs.length ? assessmentDocs : outletDocs, docTime,
  };
}
