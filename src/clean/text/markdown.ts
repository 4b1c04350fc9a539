/** One source line with its markdown syntax taken off. */
export interface MarkdownLine {
  readonly text: string;
  /** Heading level (`## x` -> 2), 0 for a plain line. */
  readonly heading: number;
  readonly bullet: boolean;
  /** The line was made of links or images and has no words of its own once they are removed. */
  readonly linkOnly: boolean;
  /** Share of the line's characters that sat inside link texts (menus and link lists are near 1). */
  readonly linkDensity: number;
}

// A link target may itself hold one level of parentheses or angle brackets (seen in crawler output).
const LINK = /!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g;
const AUTOLINK = /<https?:[^>\s]*>/g;
const BARE_URL = /\bhttps?:\/\/\S+/g;
// Invisible characters some CMSs sprinkle through text (zero-width joiners, word joiners, BOM).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function stripMarkdown(line: string): MarkdownLine {
  let s = line.replace(INVISIBLE, '').replace(/\u00a0/g, ' ');
  let heading = 0;
  const h = /^\s{0,3}(#{1,6})\s+/.exec(s);
  if (h?.[1]) { heading = h[1].length; s = s.slice(h[0].length).replace(/\s+#+\s*$/, ''); }
  let bullet = false;
  const b = /^\s*(?:[*+•-]|\d{1,2}[.)])\s+/.exec(s);
  if (b) { bullet = true; s = s.slice(b[0].length); }
  if (!heading) {
    const h2 = /^(#{1,6})\s+/.exec(s);
    if (h2?.[1]) { heading = h2[1].length; s = s.slice(h2[0].length); }
  }
  let hadLink = false;
  let linkChars = 0;
  s = s.replace(LINK, (m: string, label: string) => {
    hadLink = true;
    if (m.startsWith('!')) return ' ';
    linkChars += label.trim().length;
    return label;
  });
  s = s.replace(AUTOLINK, () => { hadLink = true; return ' '; }).replace(BARE_URL, () => { hadLink = true; return ' '; });
  // Emphasis markers: **bold**, __bold__, _italic_ (only at word edges, so snake_case survives).
  s = s.replace(/\*\*|__/g, '').replace(/(^|\s)_(?=\S)/g, '$1').replace(/(?<=\S)_(?=\s|$|[.,;:!?])/g, '');
  // Wide gaps (two or more spaces, tabs) are kept as two spaces: in flattened pages they are the
  // only trace of paragraph breaks, and blocks.ts cuts such lines there.
  s = s.replace(/^[\s*_|>-]+$/, '').replace(/\s{2,}/g, '  ').replace(/\s/g, ' ').trim();
  const linkOnly = hadLink && !/[\p{L}\p{N}]/u.test(s.replace(/\s+/g, ''))
    || (hadLink && linkChars === 0 && s.length < 3);
  const linkDensity = s.length ? Math.min(1, linkChars / s.length) : hadLink ? 1 : 0;
  return { text: s, heading, bullet, linkOnly, linkDensity };
}
