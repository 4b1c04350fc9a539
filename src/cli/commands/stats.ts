import { formatStoreError, openRecord, recordPath } from '../../store/write/open-record.js';
import { recordStats } from '../../store/stats.js';
import type { Io } from '../io.js';

export interface StatsFlags {
  readonly db?: string;
  readonly json?: boolean;
}

/** `parley stats [--db PATH] [--json]`: what the record holds, counted. */
export async function runStats(flags: StatsFlags, io: Io): Promise<number> {
  const path = recordPath(flags.db);
  const opened = await openRecord(path);
  if (!opened.ok) {
    io.error(`parley: ${formatStoreError(opened.error)}`);
    return 1;
  }
  try {
    const s = await recordStats(opened.db);
    if (flags.json) {
      io.print(JSON.stringify({ db: opened.db.location, ...s }, null, 2));
      return 0;
    }
    const t = s.entitiesByType;
    io.print(`record:         ${opened.db.location}`);
    io.print(`articles:       ${s.articles} (${s.sources} sources)`);
    io.print(`entities:       ${s.entities} (${t.person} persons, ${t.organization} organizations, ${t.country} countries, ${t.location} locations)`);
    io.print(`events:         ${s.events} (${s.eventReports} reports; ${s.fusedEvents} told by several articles)`);
    io.print(`quotes:         ${s.quotes}`);
    io.print(`disputed facts: ${s.disputedFacts}`);
    return 0;
  } finally {
    await opened.db.close();
  }
}
