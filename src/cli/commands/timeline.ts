import { timeline } from '../../store/queries/index.js';
import { timelineText } from '../../store/export/terminal.js';
import { runRecordQuery, type RecordFlags } from './record-query.js';
import type { Io } from '../io.js';

export interface TimelineFlags extends RecordFlags {
  readonly actor?: string;
  readonly type?: string;
  readonly place?: string;
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
  readonly status?: string;
  readonly limit?: string;
  readonly offset?: string;
}

/** `parley timeline [--actor X] [--type T] [--place P] [--from D] [--to D] [--text S] [--limit N]`:
 * events in date order. Filters are checked by the query; a bad one is one line and exit 2. */
export async function runTimeline(flags: TimelineFlags, io: Io): Promise<number> {
  return runRecordQuery(flags, io, timeline, timelineText);
}
