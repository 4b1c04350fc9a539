/**
 * The one narrow interface every part of the record goes through. Asynchronous, so that the
 * PostgreSQL back-end (a later issue) fits behind it; SQL uses `?` placeholders and portable types,
 * and each back-end adapts them.
 */
export type SqlValue = string | number | bigint | null;

export interface RunResult {
  readonly changes: number;
  /** Id of the row just inserted (INTEGER PRIMARY KEY), where the back-end gives one. */
  readonly lastId: number | null;
}

export interface Db {
  /** Where the data lives, for messages: a file path or a connection URL without password. */
  readonly location: string;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** Runs `work` in one transaction: all of it is stored, or none (a crash mid-way leaves no trace). */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
