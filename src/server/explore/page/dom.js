// A tiny element builder. Text always goes in through text nodes, never innerHTML, so names, claims
// and quotes from the graph cannot inject markup into the page.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'style') Object.assign(el.style, value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "21 Nov 2022", or null for a missing date. */
export function formatDate(iso) {
  return iso ? DATE.format(new Date(iso)) : null;
}

/** PERSON -> "person", WEAPON_SYSTEM -> "weapon system". */
export function words(constant) {
  return constant.toLowerCase().replace(/_/g, ' ');
}
