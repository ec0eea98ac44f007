// Colours and labels shared by the graph, the legend and the claim list. Node colours follow the
// entity kind (Tableau 10, readable on white and distinct for most colour-blind readers); edge colours
// follow the link type and stay quieter than the nodes.

export const KIND_COLOURS = {
  PERSON: '#4e79a7',
  ORGANIZATION: '#f28e2b',
  COUNTRY: '#e15759',
  GROUP: '#76b7b2',
  LOCATION: '#59a14f',
  WEAPON_SYSTEM: '#edc948',
  EVENT: '#b07aa1',
  OTHER: '#9c9690',
};

export const EDGE_TYPES = {
  STATED_ABOUT: { colour: '#5b6b82', label: 'stated claims about', directed: true, line: 'solid' },
  CO_MENTIONED: { colour: '#c3cad5', label: 'mentioned in the same claim', directed: false, line: 'solid' },
  AFFILIATED_WITH: { colour: '#0f766e', label: 'affiliated with', directed: true, line: 'dashed' },
  PUBLISHED: { colour: '#b45309', label: 'published (outlet → speaker it quoted)', directed: true, line: 'solid' },
};

export const ANONYMOUS_BORDER = '#1f2937';
export const SELECTED = '#f59e0b';
