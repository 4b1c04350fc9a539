/**
 * The only way this page makes DOM: elements by name, text as text nodes. Nothing here parses
 * markup, so whatever an article holds (`<script>`, `onerror=`, `javascript:`) is shown as
 * characters and never runs. Links take only hrefs that the shared url builder made.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly class?: string;
  readonly id?: string;
  readonly title?: string;
  readonly role?: string;
  readonly 'aria-label'?: string;
  readonly 'aria-current'?: string;
  readonly 'data-testid'?: string;
  readonly [data: `data-${string}`]: string | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props) {
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      if (/^on/i.test(name) || name === 'href' || name === 'src' || name === 'style') throw new Error(`el: ${name} is not set this way`);
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Hrefs the url builder makes: page routes (`#/…`) and API or export paths (`/api/…`). */
const SAFE_HREF = /^(#\/[A-Za-z0-9/_\-.%:?=&+]*|\/api\/[A-Za-z0-9/_\-.%:?=&+]*|\/openapi\.json)$/;

export function link(href: string, props: Props | null, ...children: Child[]): HTMLAnchorElement {
  if (!SAFE_HREF.test(href)) throw new Error('link: href not from the url builder');
  const a = el('a', props, ...children);
  a.setAttribute('href', href);
  return a;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export const muted = (text: string): HTMLElement => el('p', { class: 'muted' }, text);

export function errorBox(message: string): HTMLElement {
  return el('p', { class: 'error', role: 'alert' }, message);
}

/** A labelled form control, laid out by CSS to stack on narrow screens. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return el('label', { class: 'field' }, el('span', null, label), control);
}

export function input(name: string, value: string | null, type = 'text', placeholder = ''): HTMLInputElement {
  const i = el('input');
  i.name = name;
  i.type = type;
  i.value = value ?? '';
  if (placeholder) i.placeholder = placeholder;
  i.maxLength = 200;
  return i;
}

export function select(name: string, value: string | null, options: readonly (readonly [string, string])[]): HTMLSelectElement {
  const s = el('select');
  s.name = name;
  for (const [v, label] of options) {
    const o = el('option', null, label);
    o.value = v;
    if (v === (value ?? '')) o.selected = true;
    s.appendChild(o);
  }
  return s;
}
