// Draws an entityGraph with Cytoscape.js: node colour = kind, node size = weight (claims it figures
// in), dashed border = anonymous source, edge colour/width = link type/weight.
import { ANONYMOUS_BORDER, EDGE_TYPES, KIND_COLOURS, SELECTED } from './palette.js';

function elements(graph, centreId) {
  const maxWeight = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight));
  const nodes = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { ...n, colour: KIND_COLOURS[n.kind] ?? KIND_COLOURS.OTHER, size: 22 + 38 * Math.sqrt(n.weight / maxWeight) },
    classes: [n.anonymous ? 'anonymous' : '', n.id === centreId ? 'centre' : ''].join(' ').trim(),
  }));
  const edges = graph.edges.map((e) => ({
    group: 'edges',
    data: { ...e, width: 1 + 5 * Math.sqrt(e.weight / maxEdge) },
    classes: e.type,
  }));
  return [...nodes, ...edges];
}

function stylesheet() {
  const edgeStyles = Object.entries(EDGE_TYPES).map(([type, s]) => ({
    selector: `edge.${type}`,
    style: {
      'line-color': s.colour,
      'target-arrow-color': s.colour,
      'target-arrow-shape': s.directed ? 'triangle' : 'none',
      'line-style': s.line,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 120,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.anonymous', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': ANONYMOUS_BORDER, 'background-opacity': 0.75, 'font-style': 'italic' } },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': SELECTED, 'border-style': 'solid' } },
    {
      selector: 'edge',
      style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.7, 'arrow-scale': 0.8 },
    },
    ...edgeStyles,
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    { selector: 'edge.hidden-type', style: { display: 'none' } },
  ];
}

/**
 * Lays the graph out around the centre: a concentric start (the centre in the middle, heavy entities
 * near it) refined by a force-directed pass. Neither step is random, so the same graph is drawn the
 * same way every time.
 */
function layout(cy, centreId) {
  cy.layout({
    name: 'concentric',
    concentric: (node) => (node.id() === centreId ? 1e9 : node.data('weight')),
    levelWidth: () => 4,
    minNodeSpacing: 30,
    animate: false,
  }).run();
  cy.layout({
    name: 'cose',
    randomize: false,
    animate: false,
    nodeRepulsion: () => 90000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 60,
    gravity: 0.6,
    numIter: 1500,
    padding: 30,
  }).run();
  cy.fit(undefined, 30);
}

export function drawGraph(container, graph, centreId, onSelect) {
  const cy = window.cytoscape({
    container,
    elements: elements(graph, centreId),
    style: stylesheet(),
    minZoom: 0.2,
    maxZoom: 3,
    selectionType: 'single',
    boxSelectionEnabled: false,
  });
  layout(cy, centreId);
  cy.on('select', 'node', (event) => {
    const node = event.target;
    const keep = node.closedNeighborhood();
    cy.elements().not(keep).addClass('faded');
    keep.removeClass('faded');
    onSelect(node.data());
  });
  cy.on('unselect', 'node', () => cy.elements().removeClass('faded'));
  return cy;
}

/** Shows or hides the edges of one link type (the legend's check boxes). */
export function showEdgeType(cy, type, visible) {
  cy.edges(`.${type}`).toggleClass('hidden-type', !visible);
}
