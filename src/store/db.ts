/**
 * The one narrow interface every part of the record goes through. Asynchronous, so that the
 * PostgreSQL back-end (a later issue) fits behind it; SQL uses `?` placeholders and portable types,
 * and each back-end adapts them.
 */
export type SqlValue = string | number | bigint | null;

export interface RunResult {
  readonly changes: number;
}

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  /** Where the data lives, for messages: a file path or a connection URL without password. */
  readonly location: string;
  /** Which SQL the back-end speaks, for the few statements that cannot be shared (full-text search). */
  readonly dialect: Dialect;
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** Runs an INSERT into a table with an `id INTEGER PRIMARY KEY` and returns the new row's id. */
  insert(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `work` in one transaction: all of it is stored, or none (a crash mid-way leaves no trace).
   * Write transactions are serialised on both back-ends (SQLite's write lock, a PostgreSQL advisory
   * lock), so resolution and fusion see every earlier article: two writers never both create one person.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
