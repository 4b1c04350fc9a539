import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { getJson } from '../api.ts';
import { el, errorBox, field, input, muted, select } from '../dom.ts';
import { citation, entityLink, heading, pager } from '../parts.ts';
import { formValues, go, paramsOf, type Route } from '../route.ts';
import type { Page, QuoteItem } from '../types.ts';

export function quoteItem(q: QuoteItem): HTMLElement {
  return el('li', { class: `quote k-${q.kind === 'direct' ? 'direct' : 'other'}`, 'data-testid': 'quote' },
    el('blockquote', null, q.kind === 'indirect' ? q.text : `“${q.text}”`),
    el('p', { class: 'by' }, '— ', q.speaker ? entityLink(q.speaker) : el('span', { class: 'muted' }, 'speaker unknown'),
      el('span', { class: 'muted' }, ` (${q.kind}) in `), citation(q.article, `quote-${q.id}`)));
}

/** Every quote, searchable by words and speaker. */
export async function quotesView(route: Route): Promise<HTMLElement> {
  const p = route.params;
  const params = paramsOf(route);
  const r = await getJson<Page<QuoteItem>>(apiUrls.quotes({ q: params['q'], speaker: params['speaker'], kind: params['kind'], offset: params['offset'], limit: 50 }));
  const form = el('form', { class: 'filters', 'aria-label': 'Search quotes' },
    field('Words', input('q', p.get('q'), 'search', 'ceasefire')),
    field('Speaker', input('speaker', p.get('speaker'), 'text', 'name or id')),
    field('Kind', select('kind', p.get('kind'), [['', 'any'], ['direct', 'direct'], ['partial', 'partial'], ['indirect', 'indirect']])),
    el('button', { class: 'primary' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(pageUrls.quotes(formValues(form)));
  });
  const view = el('section', null, heading('Quotes'), form);
  if (!r.ok) return view.appendChild(errorBox(r.message)) && view;
  if (r.value.items.length === 0) view.append(muted('No quotes match.'));
  view.append(el('ul', { class: 'quotes' }, ...r.value.items.map(quoteItem)), pager(r.value.total, r.value.limit, r.value.offset, pageUrls.quotes, params));
  return view;
}
