/** Read-only helpers over a linkedom DOM. linkedom keeps attribute names as written (`NAME=`), so
 * lookups here are case-insensitive by hand. */

export function attr(el: Element, name: string): string | null {
  const direct = el.getAttribute(name);
  if (direct !== null) return direct;
  for (const a of Array.from(el.attributes)) if (a.name.toLowerCase() === name) return a.value;
  return null;
}

/** Whitespace-collapsed text of an element. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every <meta> key (property, name, itemprop, http-equiv; lowercased) -> its contents in page order. */
export function readMetaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = attr(el, 'content')?.trim();
    if (!content) continue;
    for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = attr(el, keyAttr)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(key);
      if (list) list.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** The first content among `keys`, in the order of `keys` (the caller's preference). */
export function firstMeta(tags: ReadonlyMap<string, readonly string[]>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

// Page regions whose dates and headings belong to other stories or to the site, not the article.
const OFF_ARTICLE = /(^|[\s_-])(related|recommend\w*|sidebar|side-bar|rail|more-\w*|most-popular|popular|trending|widget|comments?|footer|nav|menu|promo|teaser|newsletter|taboola|outbrain)([\s_-]|$)/i;

/** Whether `el` sits in a sidebar, navigation, footer, related-stories list or comment thread. */
export function isOffArticle(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'aside' || tag === 'nav' || tag === 'footer') return true;
    if (tag === 'body' || tag === 'html') return false;
    // BEM modifiers (`content__header--no-promo`) describe styling, not what the region holds.
    const marks = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`.replace(/--\S*/g, '');
    if (OFF_ARTICLE.test(marks)) return true;
  }
  return false;
}
