import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { getJson } from '../api.ts';
import { el, errorBox, field, input, muted, select } from '../dom.ts';
import { entityLink, heading, PLOVER } from '../parts.ts';
import { formValues, go, paramsOf, type Route } from '../route.ts';
import type { Network } from '../types.ts';

const COLOURS: Readonly<Record<string, string>> = { person: '#1f5fa8', organization: '#7a4fa0', country: '#2f7d4f', location: '#9a6a1c' };

/** Who met whom: actors as nodes, edges weighted by shared events of one type (meetings by default). */
export async function networkView(route: Route): Promise<HTMLElement> {
  const p = route.params;
  const params = paramsOf(route);
  const selected = Number(p.get('sel'));
  const r = await getJson<Network>(apiUrls.network({ type: params['type'], from: params['from'], to: params['to'], min: params['min'], limit: 150 }));
  const form = el('form', { class: 'filters', 'aria-label': 'Filter the network' },
    field('Linked by', select('type', p.get('type') ?? 'CONSULT', PLOVER.map((t) => [t, t] as const))),
    field('From', input('from', p.get('from'), 'text', 'YYYY-MM-DD')),
    field('To', input('to', p.get('to'), 'text', 'YYYY-MM-DD')),
    field('At least', input('min', p.get('min'), 'number', '1')),
    el('button', { class: 'primary' }, 'Draw'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(pageUrls.network({ ...formValues(form), sel: p.get('sel') ?? undefined }));
  });
  const view = el('section', { class: 'network' }, heading('Actor network'), form);
  if (!r.ok) return view.appendChild(errorBox(r.message)) && view;
  const n = r.value;
  view.append(muted(`${n.nodes.length} actors, ${n.edges.length} of ${n.totalEdges} pairs (the heaviest). Line width: number of ${n.type} events together. Click an actor to select, double-click to open.`));
  const box = el('div', { class: 'graph', 'data-testid': 'graph', role: 'img', 'aria-label': `Network of ${n.nodes.length} actors` });
  view.append(box);
  const names = new Map(n.nodes.map((x) => [x.id, x]));
  view.append(el('h2', null, 'Strongest ties'), el('ol', { class: 'ties' }, ...n.edges.slice(0, 25).map((e) => {
    const a = names.get(e.source), b = names.get(e.target);
    return el('li', null, a ? entityLink(a) : '?', ' — ', b ? entityLink(b) : '?', el('span', { class: 'muted' }, ` ${e.weight} (${e.occurred} held)`));
  })));
  if (n.nodes.length > 0) requestAnimationFrame(() => void draw(box, n, Number.isSafeInteger(selected) ? selected : null, params));
  return view;
}

/** Cytoscape is loaded on the first visit to this view only: the other views do not pay for it. */
async function draw(box: HTMLElement, n: Network, selected: number | null, params: Record<string, string>): Promise<void> {
  const { default: cytoscape } = await import('cytoscape');
  const max = Math.max(1, ...n.edges.map((e) => e.weight));
  const cy = cytoscape({
    container: box,
    elements: [
      ...n.nodes.map((x) => ({ data: { id: `n${x.id}`, entity: x.id, label: x.name, weight: x.weight, colour: COLOURS[x.type] ?? '#555' } })),
      ...n.edges.map((e) => ({ data: { id: `e${e.source}-${e.target}`, source: `n${e.source}`, target: `n${e.target}`, w: 1 + (6 * e.weight) / max } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', width: 'mapData(weight, 1, 60, 10, 40)', height: 'mapData(weight, 1, 60, 10, 40)', 'font-size': 10, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#9aa7b5', opacity: 0.7, 'curve-style': 'haystack' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d9480f' } },
      { selector: '.faded', style: { opacity: 0.15 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 80 },
    wheelSensitivity: 0.3,
  });
  const focus = (id: number | null): void => {
    cy.elements().removeClass('faded');
    if (id === null) return;
    const node = cy.getElementById(`n${id}`);
    if (node.empty()) return;
    node.select();
    cy.elements().not(node.closedNeighborhood()).addClass('faded');
  };
  focus(selected);
  // Selection lives in the URL, so a shared link shows the same actor picked out.
  cy.on('tap', 'node', (ev) => {
    const id = Number(ev.target.data('entity'));
    history.replaceState(null, '', pageUrls.network({ ...params, sel: id }));
    focus(id);
  });
  cy.on('dbltap', 'node', (ev) => go(pageUrls.entity(Number(ev.target.data('entity')))));
}
