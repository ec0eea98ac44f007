import fs from 'node:fs';
import path from 'node:path';
import { extractDraftBundle, type DraftBundle } from '../../src/extract/draftBundle';
import { knownFromBundles } from '../../src/extract/knownFromBundles';

/**
 * Issue 7: extracting the seed article with no hand edits must produce every attribution of the
 * hand-written seed bundle. Each seed attribution is listed with its speaker (an entity id, or a
 * pattern on the name of the entity the draft declares) and a phrase of the article its content must
 * overlap (at least half of the phrase's words). The publisher's own statements (REPORTED by CNN)
 * come from the draft's publisher-voice rules.
 */
const SEED_ARTICLE = '/work/shared/seed/russia-ukraine-news-2022-11-21.txt';
const seedBundle = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/seed/cnn-2022-11-21-live.json'), 'utf8'));
const draft: DraftBundle = extractDraftBundle(
  fs.readFileSync(SEED_ARTICLE, 'utf8'),
  { title: 'November 21, 2022 Russia-Ukraine news', publisher: 'CNN' },
  { known: knownFromBundles([seedBundle]) },
);

const EXPECTED: [string, string | RegExp, string][] = [
  ['attr-ukrainian-authorities-kyiv-drone-parts', 'ukrainian-authorities', 'Iranian-made drone Shahed-136'],
  ['attr-reuters-drone-strike-kyiv', 'reuters', 'after a Russian drone strike in Kyiv'],
  ['attr-country-drone-production-agreement', /^Country that closely monitors Iran/, 'reached an agreement to begin the production of attack drones'],
  ['attr-source-drone-production-agreement', 'source-familiar-with-assessment', 'reached an agreement to begin the production of attack drones'],
  ['attr-washington-post-drone-production-agreement', 'washington-post', 'reached an agreement to begin the production of attack drones'],
  ['attr-source-initial-agreement-november', 'source-familiar-with-assessment', 'after the initial agreement was struck earlier this month'],
  ['attr-source-blueprints-components', 'source-familiar-with-assessment', 'transfer blueprints and components for the drones'],
  ['attr-source-goal-thousands-of-drones', 'source-familiar-with-assessment', 'thousands of new attack drones'],
  ['attr-source-production-within-months', 'source-familiar-with-assessment', 'production could begin in a few months'],
  ['attr-source-drones-used-in-ukraine-2023', 'source-familiar-with-assessment', 'used by Russia on the battlefield in Ukraine next year'],
  ['attr-cnn-cements-partnership', 'cnn', 'further cement the partnership between Tehran and Moscow'],
  ['attr-cnn-angers-ukraine-and-allies', 'cnn', 'provoke significant anger from Ukraine and its western allies'],
  ['attr-us-officials-hundreds-of-drones', 'us-officials', 'Russia has received hundreds of drones'],
  ['attr-us-officials-deadly-effect', 'us-officials', 'have had a deadly effect in Ukraine'],
  ['attr-iran-acknowledges-limited-drones', 'iran', 'sent a limited number of drones to Russia'],
  ['attr-amirabdollahian-limited-drones', 'hossein-amirabdollahian', 'we did provide a limited number of drones'],
  ['attr-cnn-iran-first-admission', 'cnn', 'sent a limited number of drones to Russia'],
  ['attr-western-countries-accuse-iran', 'some-western-countries', 'helping the war in Ukraine by providing drones'],
  ['attr-amirabdollahian-western-accusation', 'hossein-amirabdollahian', 'Some Western countries have accused Iran'],
  ['attr-cnn-iran-preparing-missiles-drones', 'cnn', 'Iran was preparing to send weapons'],
  ['attr-other-outlets-iran-preparing-missiles-drones', 'other-outlets', 'Iran was preparing to send weapons'],
  ['attr-source-reports-caused-concern', 'source-familiar-with-assessment', 'those reports caused concern in Iran'],
  ['attr-source-concern-prompted-plan', 'source-familiar-with-assessment', 'prompted the regime to rethink its approach'],
  ['attr-source-production-not-complicated', 'source-familiar-with-assessment', 'production process for the attack drones is not complicated'],
  ['attr-cnn-requested-comment', 'cnn', 'CNN has asked the Russian embassy in Washington'],
  ['attr-watson-cannot-hide-facts', 'adrienne-watson', 'can lie to the world'],
  ['attr-watson-helping-kill-civilians', 'adrienne-watson', 'Tehran is helping kill Ukrainian civilians'],
  ['attr-watson-assisting-russian-operations', 'adrienne-watson', 'assisting Russia in its operations'],
  ['attr-watson-isolated', 'adrienne-watson', 'how isolated both Iran and Russia are'],
  ['attr-cnn-drones-significant-role', 'cnn', 'Drones have played a significant role in the conflict'],
  ['attr-cnn-drone-use-increased', 'cnn', 'their use has increased since the summer'],
  ['attr-united-states-acquired-drones', 'united-states', 'Moscow acquired drones from Iran'],
  ['attr-ukraine-acquired-drones', 'ukraine', 'Moscow acquired drones from Iran'],
  ['attr-cnn-energy-infrastructure', 'cnn', 'target critical energy infrastructure in Ukraine'],
  ['attr-cnn-loitering-munitions', 'cnn', 'loitering munition'],
  ['attr-cnn-portable-hard-to-detect', 'cnn', 'hard to detect and can be fired from a distance'],
];

const words = (s: string) => s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

function found(speaker: string | RegExp, phrase: string) {
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  const claims = new Map(draft.claims.map((c) => [c.id, c.text]));
  const want = words(phrase);
  return draft.attributions.filter((a) => {
    const speakerOk = typeof speaker === 'string' ? a.speaker === speaker : speaker.test(names.get(a.speaker) ?? '');
    const have = new Set(words(claims.get(a.claim) ?? ''));
    return speakerOk && want.filter((w) => have.has(w)).length >= want.length / 2;
  });
}

test('the expectations cover every attribution of the seed bundle', () => {
  expect(EXPECTED.map((e) => e[0]).sort()).toEqual(seedBundle.attributions.map((a: { id: string }) => a.id).sort());
});

test.each(EXPECTED)('%s is found', (_id, speaker, phrase) => {
  expect(found(speaker, phrase).length).toBeGreaterThan(0);
});

test('the source familiar with the assessment relays the country’s assessment (via)', () => {
  const country = found(/^Country that closely monitors Iran/, 'reached an agreement to begin the production')[0];
  const relay = found('source-familiar-with-assessment', 'reached an agreement to begin the production')[0];
  expect(relay.via).toBe(country.id);
});
