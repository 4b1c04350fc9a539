/** The view in the URL: `#/events/12`, `#/timeline?type=CONSULT`. Parsed here, built only by the shared url builder. */
export interface Route {
  readonly view: string;
  readonly id: string | null;
  readonly params: URLSearchParams;
}

export function currentRoute(hash: string = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [view = '', id = null] = path.split('/').map((s) => decodeURIComponent(s));
  return { view: view || 'timeline', id: id || null, params: new URLSearchParams(query) };
}

/** The route's parameters as the url builder takes them, minus the ones being replaced. */
export function paramsOf(route: Route, drop: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  route.params.forEach((v, k) => {
    if (!drop.includes(k)) out[k] = v;
  });
  return out;
}

/** Form values as url-builder parameters: empty fields are left out. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => {
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  });
  return out;
}

export function go(href: string): void {
  if (location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = href;
}
