import { recordPath, timeline, withRecord } from '../../store/queries/index.js';
import { answer, asJson, timelineText } from '../../store/export/terminal.js';
import type { Io } from '../io.js';

export interface TimelineFlags {
  readonly actor?: string;
  readonly type?: string;
  readonly place?: string;
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
  readonly status?: string;
  readonly limit?: string;
  readonly offset?: string;
  readonly db?: string;
  readonly json?: boolean;
}

/** `parley timeline [--actor X] [--type T] [--place P] [--from D] [--to D] [--text S] [--limit N]`:
 * events in date order. Filters are checked by the query; a bad one is one line and exit 2. */
export async function runTimeline(flags: TimelineFlags, io: Io): Promise<number> {
  const { db, json, ...filters } = flags;
  const result = await withRecord(recordPath(db), (record) => timeline(record, filters));
  return answer(result, io, json ? asJson : timelineText);
}
