// The side panel: the selected entity, then its claims in two lists, "About" (claims about it, each
// with every speaker, cue, quote and document) and "Said" (its own statements). Both page through the
// API's cursors with "Show more".
import { graphql } from './api.js';
import { clear, formatDate, h, words } from './dom.js';
import { KIND_COLOURS } from './palette.js';
import { DETAILS, MORE_ABOUT, MORE_SAID } from './queries.js';

const PAGE = 20;

function speakerName(speaker) {
  return h('span', { class: `speaker${speaker.anonymous ? ' anonymous' : ''}`, title: speaker.anonymous ? 'anonymous source' : words(speaker.kind) },
    h('span', { class: 'dot', style: { background: KIND_COLOURS[speaker.kind] } }), speaker.name);
}

function documentLine(doc, statedAt) {
  const date = formatDate(statedAt ?? doc.publishedAt);
  const title = doc.url ? h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, doc.title) : doc.title;
  return h('div', { class: 'document' },
    h('span', { class: 'doc-kind' }, words(doc.kind)), ' ', title,
    doc.publisher ? ` · ${doc.publisher.name}` : null,
    date ? ` · ${date}` : ' · undated');
}

/** One act of saying: speaker, cue, verbatim quote (direct quotes only), document. */
function attributionItem(a, { showSpeaker }) {
  const stance = a.stance === 'ASSERTS' ? null : h('span', { class: `stance ${a.stance.toLowerCase()}` }, words(a.stance));
  return h('li', { class: 'attribution' },
    h('div', { class: 'who' },
      showSpeaker ? speakerName(a.speaker) : null,
      a.cue ? h('span', { class: 'cue' }, a.cue) : h('span', { class: 'cue none' }, words(a.mode)),
      stance),
    a.quote ? h('blockquote', { class: 'quote' }, `“${a.quote}”`) : null,
    documentLine(a.document, a.statedAt));
}

function claimAboutCard(claim) {
  return h('li', { class: 'claim', 'data-claim-id': claim.id },
    h('p', { class: 'claim-text' }, claim.text),
    h('ul', { class: 'attributions' }, claim.attributions.map((a) => attributionItem(a, { showSpeaker: true }))));
}

function statementCard(statement) {
  return h('li', { class: 'claim', 'data-claim-id': statement.claim.id },
    h('p', { class: 'claim-text' }, statement.claim.text),
    h('ul', { class: 'attributions' }, attributionItem(statement, { showSpeaker: false })));
}

/** A list that appends pages fetched with `more(after)` until the connection has no next page. */
function pagedList(connection, card, more) {
  const list = h('ol', { class: 'claims' }, connection.edges.map((e) => card(e.node)));
  const wrapper = h('div', {}, list);
  let pageInfo = connection.pageInfo;
  const button = h('button', { type: 'button', class: 'more' }, 'Show more');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const next = await more(pageInfo.endCursor);
    list.append(...next.edges.map((e) => card(e.node)));
    pageInfo = next.pageInfo;
    button.disabled = false;
    if (!pageInfo.hasNextPage) button.remove();
  });
  if (pageInfo.hasNextPage) wrapper.append(button);
  if (connection.edges.length === 0) wrapper.append(h('p', { class: 'hint' }, 'None in the graph.'));
  return wrapper;
}

function tabs(sections, initial) {
  const bodies = sections.map((s) => h('div', { class: 'tab-body', 'data-tab': s.key, hidden: s.key !== initial }, s.body));
  const buttons = sections.map((s) => h('button', {
    type: 'button', role: 'tab', class: 'tab', 'data-tab': s.key, 'aria-selected': String(s.key === initial),
    onclick: () => {
      buttons.forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === s.key)));
      bodies.forEach((b) => { b.hidden = b.dataset.tab !== s.key; });
    },
  }, s.title, h('span', { class: 'count' }, String(s.count))));
  return h('div', { class: 'tabs' }, h('div', { class: 'tab-bar', role: 'tablist' }, buttons), bodies);
}

export async function showEntity(panel, id, { onRecentre }) {
  clear(panel).append(h('p', { class: 'hint' }, 'Loading claims…'));
  const { entity } = await graphql(DETAILS, { id, first: PAGE });
  if (!entity) {
    clear(panel).append(h('p', { class: 'error' }, `No entity with id “${id}”.`));
    return;
  }
  const about = entity.claimsAbout;
  const said = entity.statements;
  const header = h('header', { class: 'entity-header' },
    h('h2', {}, h('span', { class: 'dot big', style: { background: KIND_COLOURS[entity.kind] } }), entity.name),
    h('div', { class: 'meta' },
      h('span', { class: 'badge' }, words(entity.kind)),
      entity.anonymous ? h('span', { class: 'badge anonymous' }, 'anonymous source') : null,
      h('button', { type: 'button', class: 'link', onclick: () => onRecentre(entity.id) }, 'Centre the graph here')),
    entity.description ? h('p', { class: 'description' }, entity.description) : null,
    entity.affiliations.length
      ? h('p', { class: 'affiliations' }, entity.affiliations.map((a, i) => [i ? '; ' : '', a.role ? `${a.role}, ` : '', a.entity.name]))
      : null);
  const more = (query, field) => async (after) => (await graphql(query, { id: entity.id, first: PAGE, after })).entity[field];
  clear(panel).append(header, tabs([
    { key: 'about', title: 'Claims about', count: about.totalCount, body: pagedList(about, claimAboutCard, more(MORE_ABOUT, 'claimsAbout')) },
    { key: 'said', title: 'Statements', count: said.totalCount, body: pagedList(said, statementCard, more(MORE_SAID, 'statements')) },
  ], about.totalCount > 0 || said.totalCount === 0 ? 'about' : 'said'));
}
