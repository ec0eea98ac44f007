import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/testServer';
import { startHostPage, type HostPage } from './hostPage';

/**
 * The explorer page in a real browser: Debian's chromium (installed by .ci/run), driven by
 * playwright-core; never a downloaded browser. Loads /explore on the seed dataset, reads what
 * Cytoscape drew, clicks a node, reads the claim list, and embeds the page in iframes of an allowed
 * and of a refused origin. Screenshots go to test-output/ (git-ignored).
 */

// The functions passed to page.evaluate run in the browser; the project compiles without the DOM
// library, so its globals are declared here, for this file only.
declare const window: any;
declare const document: any;

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUTPUT = path.join(__dirname, '..', '..', 'test-output');

let server: TestServer;
let browser: Browser;
let allowedHost: HostPage;
let otherHost: HostPage;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does it)`);
  fs.mkdirSync(OUTPUT, { recursive: true });
  const explorerUrl = () => `${server.url}/explore?entity=iran`;
  allowedHost = await startHostPage(explorerUrl);
  otherHost = await startHostPage(explorerUrl);
  server = await startTestServer({ embedOrigins: [allowedHost.origin] });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await allowedHost?.close();
  await otherHost?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

afterEach(async () => {
  await page.close();
});

/** Opens the explorer and waits until it has drawn the graph or shown its error state. */
async function openExplorer(query: string, { expectError = false } = {}): Promise<void> {
  await page.goto(`${server.url}/explore?${query}`);
  await page.waitForFunction(() => (window as any).__explorer?.ready === true, null, { timeout: 20_000 });
  const error = await page.evaluate(() => (window as any).__explorer.error);
  if (error && !expectError) throw new Error(`The explorer failed: ${error}: ${await page.textContent('#status')}`);
  if (!error && expectError) throw new Error('The explorer drew a graph where an error was expected');
}

interface DrawnNode { id: string; label: string; kind: string; anonymous: boolean; colour: string; border: string; x: number; y: number; visible: boolean }

const drawnNodes = (): Promise<DrawnNode[]> =>
  page.evaluate(() => {
    const cy = (window as any).__explorer.cy;
    const box = document.getElementById('graph')!.getBoundingClientRect();
    return cy.nodes().map((n: any) => ({
      id: n.id(), label: n.data('label'), kind: n.data('kind'), anonymous: n.data('anonymous'),
      colour: n.style('background-color'), border: n.style('border-style'),
      // Page coordinates of the node's centre, for clicking it like a user.
      x: box.left + n.renderedPosition('x'), y: box.top + n.renderedPosition('y'),
      visible: n.visible(),
    }));
  });

test('draws the neighbourhood of Iran, coloured by kind with anonymous speakers dashed, and lists the claims of a clicked entity', async () => {
  await openExplorer('entity=iran');
  expect(await page.textContent('h1')).toBe('Iran');
  const nodes = await drawnNodes();
  const node = (id: string) => nodes.find((n) => n.id === id)!;
  for (const [id, label] of [['russia', 'Russia'], ['ukraine', 'Ukraine'], ['shahed-136', 'Shahed-136'], ['iran', 'Iran']]) {
    expect(node(id)).toMatchObject({ label, visible: true });
    // Inside the drawing area, not off-screen.
    expect(node(id).x).toBeGreaterThan(0);
    expect(node(id).y).toBeGreaterThan(40);
    expect(node(id).x).toBeLessThan(1400);
    expect(node(id).y).toBeLessThan(860);
  }
  // Colours by kind (COUNTRY red, WEAPON_SYSTEM yellow, ORGANIZATION orange); anonymous sources dashed.
  expect(node('russia').colour).toBe('rgb(225,87,89)');
  expect(node('ukraine').colour).toBe(node('russia').colour);
  expect(node('shahed-136').colour).toBe('rgb(237,201,72)');
  expect(node('cnn').colour).toBe('rgb(242,142,43)');
  expect(node('us-officials')).toMatchObject({ anonymous: true, border: 'dashed' });
  expect(node('russia').border).toBe('solid');
  expect(await page.locator('.legend').textContent()).toContain('anonymous source');

  // The centre is selected first and its claims listed.
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Iran' && document.querySelectorAll('#panel li.claim').length > 0);
  await page.screenshot({ path: path.join(OUTPUT, 'explorer-iran.png') });

  // Click the Shahed-136 as a user would (other tests add claims about Russia and Iran, not about it).
  await page.mouse.click(node('shahed-136').x, node('shahed-136').y);
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Shahed-136' && document.querySelectorAll('#panel li.claim').length > 0);
  expect(await page.evaluate(() => (window as any).__explorer.cy.$(':selected').map((n: any) => n.id()))).toEqual(['shahed-136']);
  expect(await page.locator('#panel .tab[aria-selected="true"]').textContent()).toBe('Claims about4');

  const about = page.locator('#panel .tab-body[data-tab="about"] li.claim');
  expect(await about.locator('.claim-text').allTextContents()).toEqual([
    'The Iranian drones are loitering munitions: they can hover over a suspected target area for a while and strike only once an enemy asset has been identified.',
    'The Iranian drones are small, portable and easy to launch, and their chief advantage is that they are difficult to detect and can be launched from far away.',
    'In the weeks before November 21, 2022, Iranian drones were used to strike critical energy infrastructure in Ukraine.',
    'The drone parts found in Kyiv after the Russian drone strike of October 17, 2022 come from an Iranian-made Shahed-136.',
  ]);
  const caption = about.filter({ hasText: 'drone parts found in Kyiv' });
  expect(await caption.locator('.speaker').textContent()).toBe('Ukrainian authorities');
  expect(await caption.locator('.speaker').getAttribute('class')).toBe('speaker anonymous');
  expect(await caption.locator('.cue').textContent()).toBe('consider');
  expect(await caption.locator('.document').textContent()).toBe(
    'photo caption Photo caption: residents look at drone parts in Kyiv after the October 17 Russian drone strike · Reuters · 21 Nov 2022',
  );
  expect(await about.first().locator('.speaker').textContent()).toBe('CNN');

  await page.screenshot({ path: path.join(OUTPUT, 'explorer-iran-shahed.png') });

  // Another click moves the selection: the foreign minister said things and nothing is about him,
  // so his statements open, with his own words quoted.
  await page.mouse.click(node('hossein-amirabdollahian').x, node('hossein-amirabdollahian').y);
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Hossein Amirabdollahian');
  expect(await page.locator('#panel .tab[aria-selected="true"]').textContent()).toBe('Statements2');
  expect(await page.locator('#panel .tab-body[data-tab="said"] blockquote.quote').first().textContent()).toBe(
    '“we did provide a limited number of drones to Russia in the months before the start of the war in Ukraine”',
  );
  expect(consoleErrors).toEqual([]);
});

test('the Statements tab lists what the selected speaker said, with cue and quote', async () => {
  await openExplorer('entity=hossein-amirabdollahian&depth=1');
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Hossein Amirabdollahian');
  // He said things but nothing is about him: the Statements tab opens first.
  expect(await page.locator('#panel .tab[aria-selected="true"]').textContent()).toBe('Statements2');
  const said = page.locator('#panel .tab-body[data-tab="said"] li.claim');
  expect(await said.count()).toBe(2);
  expect(await said.locator('.cue').allTextContents()).toEqual(['told reporters', 'told reporters']);
  expect(await said.locator('.quote').count()).toBe(2);
  expect(await page.locator('#panel .affiliations').textContent()).toBe('Foreign Minister, Iran');
  expect(consoleErrors).toEqual([]);
});

test('depth 2 draws more entities than depth 1 and the depth selector shows it', async () => {
  await openExplorer('entity=shahed-136&depth=1');
  const one = (await drawnNodes()).length;
  await openExplorer('entity=shahed-136&depth=2');
  expect((await drawnNodes()).length).toBeGreaterThan(one);
  expect(await page.inputValue('#depth')).toBe('2');
});

test('an unknown entity shows a clear error instead of a graph', async () => {
  await openExplorer('entity=t-no-such-entity-anywhere', { expectError: true });
  expect(await page.textContent('.error-box h2')).toBe('No entity with id “t-no-such-entity-anywhere”');
  expect(await page.evaluate(() => (window as any).__explorer.cy)).toBeNull();
  await page.screenshot({ path: path.join(OUTPUT, 'explorer-unknown-entity.png') });
});

test('no entity or a bad depth in the address is explained', async () => {
  await openExplorer('', { expectError: true });
  expect(await page.textContent('.error-box h2')).toBe('No entity given');
  await openExplorer('entity=iran&depth=7', { expectError: true });
  expect(await page.textContent('.error-box h2')).toBe('Depth must be 1, 2 or 3');
});

test('embedded: an EMBED_ORIGINS site shows the explorer in its iframe and may call /graphql; another site gets neither', async () => {
  await page.goto(allowedHost.origin);
  const frame = (await (await page.waitForSelector('#embed')).contentFrame())!;
  await frame.waitForFunction(() => (window as any).__explorer?.ready === true, null, { timeout: 20_000 });
  expect(await frame.evaluate(() => (window as any).__explorer.cy.nodes().length)).toBeGreaterThan(10);
  const ask = (api: string) =>
    page.evaluate(async (url) => {
      try {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(id: "iran") { name } }' }) });
        return ((await res.json()) as any).data.entity.name;
      } catch {
        return 'blocked by CORS';
      }
    }, api);
  expect(await ask(server.url)).toBe('Iran');
  await page.screenshot({ path: path.join(OUTPUT, 'explorer-embedded.png') });

  const refusal = page.waitForEvent('console', { predicate: (m) => m.text().includes('frame-ancestors'), timeout: 20_000 });
  await page.goto(otherHost.origin);
  // Chromium's words: "Framing '<explorer>' violates the following Content Security Policy directive: ..."
  expect((await refusal).text()).toContain(`'${server.url}/' violates the following Content Security Policy directive: "frame-ancestors 'self' ${allowedHost.origin}"`);
  await page.waitForFunction(() => document.getElementById('embed').dataset.loaded === '1');
  const blocked = (await (await page.$('#embed'))!.contentFrame())!;
  expect(await blocked.evaluate(() => typeof (window as any).__explorer).catch(() => 'undefined')).toBe('undefined');
  expect(await ask(server.url)).toBe('blocked by CORS');
});
