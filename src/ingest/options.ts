/** Every limit and tunable of the ingest stage, in one place, so callers and tests see what governs reading. */

export interface ReadOptions {
  /** Per-request timeout for URLs, in milliseconds. */
  readonly timeoutMs?: number;
  /** Largest input accepted, in bytes. */
  readonly maxBytes?: number;
}

export interface Limits {
  /** Whole-request budget for one URL: connect, redirects and body together. */
  readonly timeoutMs: number;
  /** Largest single document (file, HTTP body, WARC payload, stdin) accepted, in bytes. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
  /** How much of the start of a document the binary sniffer looks at. */
  readonly sniffBytes: number;
  /** How far into a document `<meta charset>` is looked for (the HTML spec's prescan uses 1024; pages in the wild put it later). */
  readonly metaScanBytes: number;
  /** A feed item whose content has at least this many characters of text is taken as the full article. */
  readonly feedFullContentChars: number;
  /** Share of U+FFFD in decoded text above which the bytes are declared undecodable. */
  readonly maxReplacementShare: number;
  /** Share of C0 control bytes (other than whitespace) above which content is taken as binary. */
  readonly maxControlShare: number;
}

export const DEFAULTS: Limits = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'parley/0.1 (+https://github.com/parley; news research)',
  sniffBytes: 8192,
  metaScanBytes: 4096,
  feedFullContentChars: 500,
  maxReplacementShare: 0.3,
  maxControlShare: 0.1,
};

/** Merges caller options over the defaults. A non-positive or non-finite limit is a programmer error, so it throws. */
export function resolveLimits(options: ReadOptions = {}): Limits {
  const pick = (name: 'timeoutMs' | 'maxBytes'): number => {
    const value = options[name];
    if (value === undefined) return DEFAULTS[name];
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`ReadOptions.${name} must be a positive number, got ${value}`);
    return value;
  };
  return { ...DEFAULTS, timeoutMs: pick('timeoutMs'), maxBytes: pick('maxBytes') };
}

/** `10.0 MB`-style sizes for messages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
