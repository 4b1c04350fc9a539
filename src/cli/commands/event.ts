import { eventDetail, recordPath, withRecord } from '../../store/queries/index.js';
import { answer, asJson, eventText } from '../../store/export/terminal.js';
import type { Io } from '../io.js';

export interface EventFlags {
  readonly db?: string;
  readonly json?: boolean;
}

/** `parley event ID`: one event with every report, its evidence, status history and disputed figures. */
export async function runEvent(id: string, flags: EventFlags, io: Io): Promise<number> {
  const result = await withRecord(recordPath(flags.db), (db) => eventDetail(db, id));
  return answer(result, io, flags.json ? asJson : eventText);
}
