import { readFileSync } from 'node:fs';
import { extractAll } from '../src/index.js';
import { analyze } from '../src/extract/nlp/index.js';
import { segment, quoteSpans, inside } from '../src/extract/events/clauses.js';
import { eventLexicon } from '../src/extract/events/lexicon.js';
import { findTriggers, isVerbCue } from '../src/extract/events/triggers.js';
const [file, pub, pattern] = process.argv.slice(2);
for await (const { result } of extractAll([file!], pub ? { published: pub } : {})) {
  if (!result.ok) continue;
  const x = result.value; const lex = eventLexicon();
  const sents = analyze(x.doc.text, x.doc.paragraphs);
  const quotes = quoteSpans(x.doc.text, x.doc.paragraphs);
  for (const s of sents) {
    const txt = x.doc.text.slice(s.start, s.end);
    if (pattern && !txt.includes(pattern)) continue;
    console.log('S:', txt.slice(0, 200));
    for (const seg of segment(s, lex, (t) => isVerbCue(lex, t))) {
      const trig = findTriggers(s, seg, lex, quotes, false);
      console.log(`  [${seg.kind}] ${seg.tokens.map((i) => s.tokens[i]!.text + (inside(quotes, s.tokens[i]!.start) ? '*' : '')).join(' ')}`);
      for (const t of trig) console.log(`     -> ${t.type} ${t.kind} ${t.lemma} q=${t.inQuote}`);
    }
  }
  for (const e of x.events) console.log(JSON.stringify({ ...e, source: e.source.map((i) => x.entities.find((n) => n.id === i)?.name), target: e.target.map((i) => x.entities.find((n) => n.id === i)?.name), evidence: undefined }));
}
