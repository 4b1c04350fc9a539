import type { Reading } from './read-mentions.js';
import type { Draft, Drafts } from './draft.js';

const lastWord = (name: string): string => name.split(/\s+/).pop()!.toLowerCase();
const persons = (drafts: Drafts): Draft[] => drafts.all().filter((d) => d.type === 'person');
const fullNames = (d: Draft): string[] => [...d.names.keys()].filter((n) => n.includes(' '));

/**
 * Pass two, with the whole article read: surnames join the full name they abbreviate ("Rubio" ->
 * "Marco Rubio"), names left open are settled, bare titles find their holder ("the foreign minister"),
 * and a ministry named alone joins the one named with its state ("Foreign Ministry" -> "Turkish Foreign Ministry").
 */
export function linkMentions(reading: Reading, isKnownPerson: (name: string) => boolean): void {
  const { drafts } = reading;
  joinSurnames(drafts);
  settlePending(reading, isKnownPerson);
  joinSurnames(drafts);
  linkBareTitles(reading);
  joinGenericBodies(drafts);
  inheritAffiliations(drafts);
}

/** A one-word person joins the only person whose full name ends with that word ("Rubio"), or, failing
 * that, begins with it ("Sir Keir" -> "Keir Starmer"). */
function joinSurnames(drafts: Drafts): void {
  for (const short of persons(drafts)) {
    if (fullNames(short).length > 0) continue;
    const word = lastWord([...short.names.keys()][0] ?? '');
    const others = persons(drafts).filter((d) => d !== short);
    const bySurname = others.filter((d) => fullNames(d).some((n) => lastWord(n) === word));
    const byFirstName = others.filter((d) => fullNames(d).some((n) => n.split(/\s+/)[0]!.toLowerCase() === word));
    const match = bySurname.length === 1 ? bySurname[0] : bySurname.length === 0 && byFirstName.length === 1 ? byFirstName[0] : undefined;
    if (match) drafts.merge(short.key, match.key);
  }
}

function settlePending({ drafts, pending }: Reading, isKnownPerson: (name: string) => boolean): void {
  for (const p of pending) {
    const surname = lastWord(p.text);
    const matches = persons(drafts).filter((d) => [...d.names.keys()].some((n) => lastWord(n) === surname || n.toLowerCase() === p.text.toLowerCase()));
    if (matches.length === 1) {
      drafts.add(matches[0]!.key, 'person', p.text, p.span);
      continue;
    }
    // Someone named, then made to speak ("Peskov said"), is a person even without a first name we
    // know; so is a name the actor dictionary knows ("Zelensky's offer").
    if (matches.length === 0 && (p.speaks || isKnownPerson(p.text))) drafts.add(`person:${p.text.toLowerCase()}`, 'person', p.text, p.span);
  }
}

function linkBareTitles({ drafts, bareTitles }: Reading): void {
  for (const bare of bareTitles) {
    const holders = persons(drafts).filter((d) => d.roles.some((r) => r.titleId === bare.titleId &&
      (bare.of === null || r.of === bare.of || d.affiliation === bare.of)));
    if (holders.length !== 1) continue;
    const holder = holders[0]!;
    holder.mentions.push(bare.span);
    if (bare.of && bare.of.startsWith('country:')) holder.affiliation ??= bare.of;
  }
}

function joinGenericBodies(drafts: Drafts): void {
  for (const d of drafts.all()) {
    if (d.type !== 'organization' || d.key.includes('@')) continue;
    const specific = drafts.all().filter((o) => o.type === 'organization' && o.key.startsWith(`${d.key}@`));
    if (specific.length === 1) drafts.merge(d.key, specific[0]!.key);
  }
}

/** "Zelensky's chief of staff" acts for whom Zelensky acts for; a "Kremlin aide" acts for Russia once
 * the article names Russia, wherever it does. */
function inheritAffiliations(drafts: Drafts): void {
  for (const d of persons(drafts)) {
    const body = d.affiliation ? drafts.get(d.affiliation) : undefined;
    if (body?.state && drafts.get(body.state)) d.affiliation = body.state;
    if (d.affiliation) continue;
    for (const r of d.roles) {
      const boss = r.of?.startsWith('person:') ? drafts.get(r.of) : undefined;
      if (boss?.affiliation) { d.affiliation = boss.affiliation; break; }
    }
  }
}
