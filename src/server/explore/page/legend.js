// The legend: node colours by kind (only the kinds drawn), the anonymous-source marking, and the edge
// types with a check box each to show or hide them.
import { clear, h, words } from './dom.js';
import { ANONYMOUS_BORDER, EDGE_TYPES, KIND_COLOURS } from './palette.js';

export function renderLegend(el, graph, onToggle) {
  clear(el);
  const kinds = Object.keys(KIND_COLOURS).filter((k) => graph.nodes.some((n) => n.kind === k));
  const edgeTypes = Object.keys(EDGE_TYPES).filter((t) => graph.edges.some((e) => e.type === t));
  el.append(
    h('div', { class: 'legend-group' },
      kinds.map((k) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: { background: KIND_COLOURS[k] } }), words(k))),
      graph.nodes.some((n) => n.anonymous)
        ? h('span', { class: 'legend-item' }, h('span', { class: 'swatch anonymous', style: { borderColor: ANONYMOUS_BORDER } }), 'anonymous source')
        : null,
    ),
    h('div', { class: 'legend-group' },
      edgeTypes.map((t) => h('label', { class: 'legend-item edge-toggle' },
        h('input', { type: 'checkbox', checked: true, 'data-edge-type': t, onchange: (e) => onToggle(t, e.target.checked) }),
        h('span', { class: `edge-swatch ${EDGE_TYPES[t].line}`, style: { borderColor: EDGE_TYPES[t].colour } }),
        EDGE_TYPES[t].label,
      )),
    ),
  );
}
