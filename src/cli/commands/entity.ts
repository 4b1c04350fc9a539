import { entityProfile, listEntities, oneEntity, recordPath, withRecord } from '../../store/queries/index.js';
import { answer, asJson, profileText } from '../../store/export/terminal.js';
import type { Io } from '../io.js';

export interface EntityFlags {
  readonly limit?: string;
  readonly db?: string;
  readonly json?: boolean;
}

/** `parley entity ID_OR_NAME`: everything the record knows about one person, body, country or place.
 * An unknown name suggests close ones; a name several entities share lists them with their ids. */
export async function runEntity(idOrName: string, flags: EntityFlags, io: Io): Promise<number> {
  const result = await withRecord(recordPath(flags.db), async (db) => {
    const one = await oneEntity(db, idOrName);
    if (one.ok) return entityProfile(db, one.value, flags.limit === undefined ? {} : { limit: flags.limit });
    if (one.error.code !== 'query/not-found' || /^\s*\d+\s*$/.test(idOrName)) return one;
    const near = await listEntities(db, { q: idOrName, limit: 5 });
    const names = near.ok ? near.value.items.map((e) => `${e.id} ${e.name}`) : [];
    return names.length ? { ok: false, error: { ...one.error, message: `${one.error.message}; did you mean: ${names.join('; ')}` } } : one;
  });
  return answer(result, io, flags.json ? asJson : profileText);
}
