// The explorer page: /explore?entity=ID&depth=N[&limit=N]. Draws the entity's neighbourhood and lists
// the claims of the selected entity. `window.__explorer` exposes the Cytoscape instance and the state
// to scripts and browser tests.
import { ApiError, graphql } from './api.js';
import { clear, h, words } from './dom.js';
import { drawGraph, showEdgeType } from './graph.js';
import { renderLegend } from './legend.js';
import { showEntity } from './panel.js';
import { ENTITY, GRAPH } from './queries.js';

const DEFAULT_LIMIT = 80;
const $ = (id) => document.getElementById(id);
const explorer = (window.__explorer = { ready: false, error: null, cy: null, entity: null, selected: null });

function fail(title, detail) {
  explorer.error = title;
  explorer.ready = true;
  document.body.classList.add('failed');
  $('entity-name').textContent = 'Explorer';
  clear($('status')).append(h('div', { class: 'error-box' }, h('h2', {}, title), detail ? h('p', {}, detail) : null));
  $('status').hidden = false;
}

function params() {
  const q = new URLSearchParams(window.location.search);
  const depth = Number(q.get('depth') ?? 1);
  const limit = Number(q.get('limit') ?? DEFAULT_LIMIT);
  return { id: q.get('entity')?.trim() || null, depth, limit };
}

function navigate(id, depth) {
  const q = new URLSearchParams(window.location.search);
  q.set('entity', id);
  q.set('depth', String(depth));
  window.location.search = q.toString();
}

async function select(id) {
  explorer.selected = id;
  try {
    await showEntity($('panel'), id, { onRecentre: (target) => navigate(target, params().depth) });
  } catch (error) {
    clear($('panel')).append(h('p', { class: 'error' }, `Could not load the claims: ${error.message}`));
  }
}

async function start() {
  const { id, depth, limit } = params();
  if (!id) return fail('No entity given', 'Open this page as /explore?entity=ENTITY_ID, for example /explore?entity=iran.');
  if (![1, 2, 3].includes(depth)) return fail('Depth must be 1, 2 or 3', `The address asks for depth “${new URLSearchParams(window.location.search).get('depth')}”.`);
  $('depth').value = String(depth);
  $('depth').addEventListener('change', (e) => navigate(id, Number(e.target.value)));

  const { entity } = await graphql(ENTITY, { id });
  if (!entity) return fail(`No entity with id “${id}”`, 'Check the id in the address: ids are lower-case with hyphens, like “iran” or “hossein-amirabdollahian”.');
  explorer.entity = entity;
  document.title = `${entity.name} · claimgraph explorer`;
  $('entity-name').textContent = entity.name;
  $('entity-kind').textContent = entity.anonymous ? `${words(entity.kind)} · anonymous` : words(entity.kind);
  $('entity-kind').hidden = false;

  const { entityGraph: graph } = await graphql(GRAPH, { id: entity.id, depth, limit });
  $('graph-summary').textContent = `${graph.nodes.length} entities, ${graph.edges.length} links${graph.truncated ? ` (the ${limit} heaviest shown)` : ''}`;
  $('status').hidden = true;
  const cy = drawGraph($('graph'), graph, entity.id, (node) => select(node.id));
  explorer.cy = cy;
  renderLegend($('legend'), graph, (type, visible) => showEdgeType(cy, type, visible));
  cy.getElementById(entity.id).select();
  explorer.ready = true;
}

start().catch((error) => {
  const detail = error instanceof ApiError ? error.message : String(error);
  fail('The graph could not be loaded', detail);
});
