import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from './index.js';

// All texts here are written for these tests; none come from the corpus.
const P1 = 'The two delegations met for six hours in the capital on Tuesday, officials said, and agreed to hold another round of talks next month in a neutral city.';
const P2 = 'The foreign minister told reporters that the sides had narrowed their differences on prisoner exchanges but remained far apart on the question of territory.';
const P3 = 'Negotiators from both countries are expected to present a written draft to their leaders before the end of the week, according to two people familiar with the matter.';
const page = (...lines: string[]): string => lines.join('\n\n');
const body = (text: string): string => cleanText(text).paragraphs.join('\n');

describe('cookie, subscription and newsletter prompts', () => {
  it('drops prompt lines and keeps a body sentence that mentions a newsletter', () => {
    const mention = 'The ministry said the details had first appeared in a newsletter circulated among diplomats, which the embassy later confirmed to local media.';
    const out = body(page('We use cookies to improve your experience. By continuing you accept our Cookie Policy.', P1,
      'Sign up for our free weekly newsletter', mention, 'Subscribe now to get full access', P2, P3));
    assert.ok(out.includes(mention));
    assert.ok(!/cookies|Sign up|Subscribe now/.test(out));
  });
});

describe('promo labels, social and podcast prompts', () => {
  it('drops all-caps promo labels but keeps a news label', () => {
    const news = 'EXCLUSIVE: The envoy said in an interview that the proposal had been shared with both governments and that a reply was expected within days.';
    const out = body(page(P1, 'WHATSAPP: Join our channel for the biggest stories first. We also send offers from our partners.',
      'PODCAST: Listen to our weekly show every Friday.', news, P2, 'Follow us on Bluesky here for more updates', P3));
    assert.ok(out.includes(news));
    assert.ok(!/WHATSAPP|PODCAST|Bluesky/.test(out));
  });
});

describe('photo captions and credits', () => {
  it('drops captions with credits and keeps ordinary sentences naming an agency', () => {
    const agency = 'The agency Reuters reported on Monday that the convoy had reached the border crossing after a delay of several hours.';
    const out = body(page(P1, 'Soldiers stand near a damaged building in the east. (Photo by Jane Roe/Getty Images)',
      'FILE - A man walks past a poster in the capital, Jan. 3, 2025. (AP Photo/John Doe, File)',
      'The minister arrives for the talks. Photograph: Name Surname/Reuters', agency, P2, P3));
    assert.ok(out.includes(agency));
    assert.ok(!/Getty|AP Photo|Photograph/.test(out));
  });
});

describe('navigation, widgets and link lists', () => {
  it('drops breadcrumbs, weather/date widgets, menus and markdown link lines', () => {
    const out = cleanText(page('18 C', 'Paris', 'Tuesday, March 4, 2025', 'Home', 'World', 'Europe', 'Politics',
      '* [](https://example.com/a)', P1, '## What comes next', P2, '[Read more](https://example.com/b)', P3,
      'Latest stories', '* [Another story](https://example.com/c)'));
    assert.deepEqual(out.paragraphs, [P1, 'What comes next', P2, P3]);
    assert.equal(out.published, null, 'a date widget is not the publication date');
  });
});

describe('short paragraphs inside the body', () => {
  it('keeps a short quote and a heading between body paragraphs', () => {
    const out = cleanText(page(P1, '“We will not give up,” she said.', P2, 'Next steps', P3));
    assert.deepEqual(out.paragraphs, [P1, '“We will not give up,” she said.', P2, 'Next steps', P3]);
  });
});

describe('footer: credits, bios, appeals, related lists', () => {
  it('stops the body at reporting credits and drops a trailing bio', () => {
    const out = body(page(P1, P2, P3, 'Reporting by Ann Smith; Editing by Bob Jones', 'Our Standards: The Trust Principles.', P1.replace('Tuesday', 'Friday')));
    assert.ok(!/Reporting by|Standards/.test(out));
    const bio = body(page(P1, P2, P3, 'Jane Roe is a senior correspondent for the paper based in Berlin. She previously worked in Moscow.'));
    assert.ok(!bio.includes('Jane Roe'));
  });
  it('keeps a mid-article sentence about a reporter', () => {
    const mid = 'Anna Petrova is a reporter for a regional paper who was detained last year while covering protests in the south.';
    assert.ok(body(page(P1, mid, P2, P3)).includes(mid));
  });
  it('cuts a donation appeal that follows the article', () => {
    const out = body(page(P1, P2, P3, 'A Message from the Editors:', 'Dear readers,',
      'We are facing unprecedented pressure on our newsroom, and our reporters work under growing risks every single day of the year.',
      'Your support, however small, helps us keep reporting. Please support us monthly.'));
    assert.ok(!/readers|support/i.test(out));
  });
  it('drops copyright lines glued to a flattened page and related-story teasers before them', () => {
    const flat = `${P1}  ${P2}  ${P3}  The finance secretary says the budget will be balanced by spring. The mayor responds to critics of the new bridge plan. Local council asks residents to save water during the heatwave.  Copyright 2025 Example News. All rights reserved.  `;
    const out = cleanText(flat);
    assert.equal(out.paragraphs.length, 1, 'one flattened line stays one paragraph');
    assert.ok(out.paragraphs[0]!.endsWith('matter.'));
  });
});

describe('title', () => {
  it('takes a markdown # heading at the top', () => {
    const out = cleanText(page('# Leaders agree to resume talks next month', P1, P2));
    assert.equal(out.title, 'Leaders agree to resume talks next month');
    assert.ok(!out.paragraphs.some((p) => p.includes('Leaders agree')));
  });
  it('takes the line that a truncated breadcrumb repeats', () => {
    const out = cleanText(page('HomeNewsWorldEnvoys say a ceasefire deal may be close after...', 'Envoys say a ceasefire deal may be close after marathon talks', 'Date:', P1, P2));
    assert.equal(out.title, 'Envoys say a ceasefire deal may be close after marathon talks');
  });
  it('takes a Title Case headline but leaves a sentence-case standfirst right above the body', () => {
    const t = cleanText(page('Support Our Newsroom!', 'Envoys Arrive in Geneva Ahead of New Round of Talks', P1, P2));
    assert.equal(t.title, 'Envoys Arrive in Geneva Ahead of New Round of Talks');
    const s = cleanText(page('Major hurdles remain after the two sides traded accusations over the weekend', P1, P2));
    assert.equal(s.title, null);
    assert.ok(s.paragraphs[0]!.startsWith('Major hurdles'));
  });
});

describe('published', () => {
  it('reads a Published cue in the header', () => {
    assert.equal(cleanText(page('# Talks resume', 'Published :`2024-07-24 10:00:00`', '---', P1, P2)).published?.slice(0, 10), '2024-07-24');
    assert.equal(cleanText(page('Talks Resume in Geneva', 'Published 10:45 AM EDT, May 16, 2025', P1, P2)).published, '2025-05-16');
  });
  it('falls back to Updated, and ignores a bare date and body mentions', () => {
    assert.equal(cleanText(page('Updated 5:44 PM UTC, January 26, 2026', P1, P2)).published, '2026-01-26');
    const mention = 'The report, published on May 3, 2024, said the two sides had exchanged drafts several times since the spring, officials said.';
    assert.equal(cleanText(page('Monday, April 21, 2025', P1, mention, P2)).published, null);
  });
});

describe('pages flattened onto one line', () => {
  // Teasers run together without full stops, the body split from them by runs of spaces, then the
  // site's paywall notice in its own language.
  const teasers = [
    'Ministers meet in Oslo to discuss fishing quotas for the northern fleet', 'A small village in the Alps votes to ban cars on weekends',
    'Why the price of cocoa keeps rising and what it means for chocolate makers', 'Inside the restoration of a century-old cathedral organ',
    'Rail workers announce a new strike over pensions', 'The quiet return of the vinyl record in city shops',
    'How a tiny start-up built a battery that lasts a decade', 'Election officials count ballots by hand in a remote region',
    'The forgotten painters of the harbour district', 'Storm damage closes the coastal highway for a week',
    'Five questions about the new school calendar', 'A chef who cooks only with foraged plants opens a second restaurant',
  ].join(' ');
  const tail = 'Lecture du journal en cours sur un autre appareil. Vous pouvez lire ce journal sur un seul appareil à la fois. '
    + 'Ce message s’affichera sur l’autre appareil. Votre abonnement n’autorise pas la lecture de cet article. '
    + 'Pour plus d’informations, merci de contacter notre service commercial.';
  const line = ['Tuesday, March 4, 2025', '9:15 am (Oslo)', teasers, P1, 'The Daily Paper', '3 min read', `${P2} ${P3}`, 'The Daily Paper', tail, 'Subscription']
    .join('     ');

  it('keeps the body and drops the teaser run, the scraps between pieces and the foreign paywall tail', () => {
    const out = cleanText(` ${line}`);
    const text = out.paragraphs.join('\n');
    for (const p of [P1, P2, P3]) assert.ok(text.includes(p), `missing: ${p.slice(0, 40)}`);
    assert.ok(!/Ministers meet|cocoa|Lecture|abonnement|Daily Paper|min read|Subscription/.test(text), text);
  });

  it('keeps the body when the paywall tail follows it without a gap', () => {
    const text = body([teasers, P1, `${P2} ${P3} ${tail}`].join('   '));
    assert.ok(text.includes(P3));
    assert.ok(!/Lecture|abonnement|cocoa/.test(text), text);
  });

  it('cuts the line at the gaps even when it opens with a date', () => {
    assert.ok(body(['Monday, June 2, 2025 - 10:30 am', P1, P2, P3].join('    ')).includes(P2));
  });
});

describe('never empty when the page has prose', () => {
  it('falls back to the best sentence-shaped block when the clutter rules would remove everything', () => {
    // Each paragraph carries two prompts, which makes a short paragraph furniture as a whole.
    const para = (p: string): string => `${p} Click here to read more. Sign up for our newsletter to get the latest updates.`;
    const out = body(page(para(P1), para(P2), para(P3)));
    assert.ok(out.includes(P1) && out.includes(P3), out);
    assert.ok(!/Click here|Sign up/.test(out), out);
  });
});
