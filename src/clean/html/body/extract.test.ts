import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHtml } from '../dom.js';
import { extractHtmlBody } from './index.js';

const PROSE = [
  'The negotiators met on Tuesday in Geneva, where both delegations presented their proposals for a ceasefire, according to officials.',
  'After several hours of talks, the mediators said that progress had been made, although key questions, including prisoner exchanges, remained open.',
  'A spokesman for the government, speaking on condition of anonymity, said the next round would take place within two weeks, if the truce holds.',
  'Opposition leaders, for their part, welcomed the meeting but warned that words alone would not end the fighting, which has displaced thousands.',
];
const paras = (list: string[] = PROSE): string => list.map((p) => `<p>${p}</p>`).join('\n');
const extract = (body: string): string[] => extractHtmlBody(parseHtml(`<html><head><title>t</title></head><body>${body}</body></html>`));
const joined = (body: string): string => extract(body).join('\n');

describe('extractHtmlBody: container choice', () => {
  it('returns the article paragraphs in reading order', () => {
    assert.deepEqual(extract(`<div class="story">${paras()}</div>`), PROSE);
  });

  it('chooses the article over a sidebar with links', () => {
    const sidebar = `<div class="sidebar"><ul>${['One headline here today', 'Another headline about things', 'Third headline for readers']
      .map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ul><p>Sponsored: buy now, cheap, fast, simple, reliable.</p></div>`;
    const out = joined(`<div class="wrap">${sidebar}<article>${paras()}</article></div>`);
    assert.match(out, /negotiators met/);
    assert.doesNotMatch(out, /headline|Sponsored/);
  });

  it('prefers itemprop=articleBody', () => {
    const out = joined(`<div>${paras(PROSE.slice(0, 2))}</div><div itemprop="articleBody">${paras(PROSE.slice(2))}</div>`);
    assert.match(out, /spokesman/);
  });

  it('joins a story split into same-class sections around a figure', () => {
    const out = joined(
      `<main><div class="a"><div class="story-text">${paras(PROSE.slice(0, 2))}</div></div>` +
        `<figure><img src="x.jpg"><figcaption>The delegations, pictured in Geneva.</figcaption></figure>` +
        `<div class="b"><div class="story-text">${paras(PROSE.slice(2))}</div></div></main>`,
    );
    for (const p of PROSE) assert.ok(out.includes(p), `missing: ${p.slice(0, 30)}`);
    assert.doesNotMatch(out, /pictured/);
  });

  it('relaxes the class filter when it would leave nothing', () => {
    const out = joined(`<div class="comment-style-wrapper">${paras()}</div>`);
    assert.match(out, /negotiators met/);
  });
});

describe('extractHtmlBody: cleaning inside the article', () => {
  const inArticle = (extra: string, where: 'end' | 'middle' = 'end'): string =>
    joined(where === 'end' ? `<article>${paras()}${extra}</article>` : `<article>${paras(PROSE.slice(0, 2))}${extra}${paras(PROSE.slice(2))}</article>`);

  it('drops script, style and hidden nodes', () => {
    const out = inArticle('<script>var x = "secret, code";</script><style>p{}</style><div hidden>Hidden text, here.</div><div style="display: none">Invisible note.</div>');
    assert.doesNotMatch(out, /secret|Hidden|Invisible|p\{\}/);
  });

  it('drops nav, aside and footer', () => {
    const out = inArticle('<nav>Home, World, Politics</nav><aside>Most read stories, today</aside><footer>Copyright, all rights</footer>', 'middle');
    assert.doesNotMatch(out, /Home|Most read|Copyright/);
  });

  it('drops a related-links block', () => {
    const related = `<div class="related-articles"><h3>More stories</h3><ul>${['Talks stall again', 'Leaders meet in Paris', 'Aid convoy arrives']
      .map((t) => `<li><a href="/a">${t}</a></li>`).join('')}</ul></div>`;
    const out = inArticle(related);
    assert.doesNotMatch(out, /Talks stall|More stories/);
  });

  it('drops a link-dense list without class hints', () => {
    const list = `<ul>${['Talks stall again in the capital', 'Leaders meet in Paris for summit', 'Aid convoy arrives at the border']
      .map((t) => `<li><a href="/a">${t}</a></li>`).join('')}</ul>`;
    assert.doesNotMatch(inArticle(list), /Talks stall/);
  });

  it('keeps list items of prose as paragraphs', () => {
    const list = '<ul><li>The release of all prisoners held since the spring,</li><li>A corridor for humanitarian aid, monitored by observers.</li></ul>';
    const out = extract(`<article>${paras(PROSE.slice(0, 2))}${list}${paras(PROSE.slice(2))}</article>`);
    assert.ok(out.includes('The release of all prisoners held since the spring,'));
    assert.ok(out.includes('A corridor for humanitarian aid, monitored by observers.'));
    assert.equal(out.indexOf('The release of all prisoners held since the spring,'), 2);
  });

  it('drops figure captions, including inline caption spans', () => {
    const out = inArticle('<figure><img src="a.jpg"><figcaption>Delegates arrive (Reuters)</figcaption></figure><p><img src="b.jpg"><span class="image-caption">Photo of the hall</span></p>', 'middle');
    assert.doesNotMatch(out, /Delegates arrive|Photo of the hall/);
  });

  it('keeps subheadings inside the article', () => {
    const out = extract(`<article>${paras(PROSE.slice(0, 2))}<h2>What comes next</h2>${paras(PROSE.slice(2))}</article>`);
    assert.equal(out[2], 'What comes next');
  });

  it('drops share bars, bylines and newsletter boxes', () => {
    const out = joined(
      `<article><div class="byline">By Jane Doe, Staff Writer</div><div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>` +
        `${paras()}<div class="newsletter-signup">Sign up for our daily briefing, free.</div></article>`,
    );
    assert.doesNotMatch(out, /Jane Doe|Facebook|Sign up/);
  });

  it('drops boilerplate lines such as "Advertisement" and "Read more"', () => {
    const out = inArticle('<p>Advertisement</p><p><a href="/x">Read more: Talks resume in Geneva</a></p>', 'middle');
    assert.doesNotMatch(out, /Advertisement|Read more/);
  });

  it('drops the headline repeated in the body and a leading date stamp', () => {
    const html = `<html><head><title>Ceasefire talks open in Geneva | The Daily</title></head><body><article>` +
      `<h1>Ceasefire talks open in Geneva</h1><div>Nov. 19, 2019, 9:28 AM UTC</div>${paras()}<p>The vote is due on 19 November 2019.</p></article></body></html>`;
    const out = extractHtmlBody(parseHtml(html));
    assert.equal(out[0], PROSE[0]);
    assert.equal(out.at(-1), 'The vote is due on 19 November 2019.');
  });

  it('drops contributor and contact lines', () => {
    const out = inArticle('<p>(Reporting by Jane Doe; Editing by John Roe)</p><p>Write to Jane Doe at jane@example.com</p>');
    assert.doesNotMatch(out, /Reporting by|Write to/);
  });

  it('drops teaser articles nested in the story', () => {
    const teaser = '<article class="post"><h3><a href="/other">Another story entirely</a></h3><p>A short summary, of another story.</p></article>';
    const out = joined(`<article>${paras()}${teaser}${teaser}</article>`);
    assert.doesNotMatch(out, /Another story|short summary/);
  });

  it('collapses whitespace inside a paragraph and keeps words around inline tags', () => {
    const out = extract(`<article>${paras()}<p>The  talks\n ended <b>late</b>, <a href="/x">officials</a> said, without a deal in sight.</p></article>`);
    assert.equal(out.at(-1), 'The talks ended late, officials said, without a deal in sight.');
  });
});
