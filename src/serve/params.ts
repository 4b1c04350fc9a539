import { checkDate } from '../store/queries/filters.js';
import { apiError, type ApiError } from './errors.js';

/**
 * Parameters as data: the same specs validate a request and describe the route in the OpenAPI
 * document, so the document cannot drift from what the server accepts.
 */
export type ParamSchema =
  | { readonly type: 'integer'; readonly minimum: number; readonly maximum: number; readonly default?: number }
  | {
    readonly type: 'string';
    readonly format?: 'date';
    readonly enum?: readonly string[];
    readonly pattern?: string;
    readonly maxLength?: number;
    readonly default?: string;
  };

export interface ParamSpec {
  readonly name: string;
  readonly in: 'query' | 'path';
  readonly description: string;
  readonly required?: boolean;
  readonly schema: ParamSchema;
}

export type ParamValue = string | number;
export type ParamValues = Readonly<Record<string, ParamValue | undefined>>;

/** The API's own page cap, below the queries' (1000): a page is meant for a screen, exports are for bulk. */
export const API_MAX_LIMIT = 500;
export const API_DEFAULT_LIMIT = 50;
const MAX_TEXT = 200;

export const LIMIT: ParamSpec = {
  name: 'limit', in: 'query', description: `Page size, 1 to ${API_MAX_LIMIT}.`,
  schema: { type: 'integer', minimum: 1, maximum: API_MAX_LIMIT, default: API_DEFAULT_LIMIT },
};
export const OFFSET: ParamSpec = {
  name: 'offset', in: 'query', description: 'Rows to skip before the page.',
  schema: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
};
export const PAGING: readonly ParamSpec[] = [LIMIT, OFFSET];

export const idParam = (what: string): ParamSpec => ({
  name: 'id', in: 'path', required: true, description: `Numeric id of the ${what}.`,
  schema: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
});

export const textParam = (name: string, description: string, required = false): ParamSpec => ({
  name, in: 'query', description, required, schema: { type: 'string', maxLength: MAX_TEXT },
});

export const dateParam = (name: string, description: string): ParamSpec => ({
  name, in: 'query', description, schema: { type: 'string', format: 'date' },
});

export const enumParam = (name: string, description: string, values: readonly string[]): ParamSpec => ({
  name, in: 'query', description, schema: { type: 'string', enum: values },
});

export type Checked = { readonly ok: true; readonly value: ParamValues } | { readonly ok: false; readonly error: ApiError };

const bad = (message: string): Checked => ({ ok: false, error: apiError(400, 'serve/bad-param', message) });

/**
 * Checks a request's parameters against the specs: unknown or repeated query parameters, missing
 * required ones, and every value's type and range are refused with a 400 that names the parameter.
 */
export function checkParams(specs: readonly ParamSpec[], path: Readonly<Record<string, string>>, query: Readonly<Record<string, readonly string[]>>): Checked {
  const known = new Set(specs.filter((s) => s.in === 'query').map((s) => s.name));
  for (const [name, values] of Object.entries(query)) {
    if (!known.has(name)) {
      const list = [...known].join(', ') || 'none';
      return { ok: false, error: apiError(400, 'serve/unknown-param', `unknown parameter "${name}" (this route takes: ${list})`) };
    }
    if (values.length > 1) return bad(`${name} is given ${values.length} times; give it once`);
  }
  const out: Record<string, ParamValue | undefined> = {};
  for (const spec of specs) {
    const raw = spec.in === 'path' ? path[spec.name] : query[spec.name]?.[0];
    if (raw === undefined || raw === '') {
      if (spec.required) return bad(`${spec.name} is required`);
      out[spec.name] = spec.schema.default;
      continue;
    }
    const value = checkValue(spec, raw);
    if (typeof value === 'object') return value;
    out[spec.name] = value;
  }
  return { ok: true, value: out };
}

function checkValue(spec: ParamSpec, raw: string): ParamValue | Checked {
  const s = spec.schema;
  if (s.type === 'integer') {
    const n = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < s.minimum || n > s.maximum) {
      return bad(`${spec.name} wants a whole number from ${s.minimum} to ${s.maximum}, got "${clip(raw)}"`);
    }
    return n;
  }
  const text = raw.trim();
  // A NUL or escape in a filter is never a real search; refusing it keeps them out of SQL patterns and logs.
  if (/[\u0000-\u001f\u007f]/.test(text)) return bad(`${spec.name} holds control characters`);
  if (text.length > (s.maxLength ?? MAX_TEXT)) return bad(`${spec.name} is too long (at most ${s.maxLength ?? MAX_TEXT} characters)`);
  if (s.format === 'date') {
    const date = checkDate(spec.name, text);
    return date.ok ? (date.value ?? text) : bad(date.error.message);
  }
  if (s.enum !== undefined) {
    // Case is forgiven (consult = CONSULT); the canonical spelling is what the query sees.
    const hit = s.enum.find((v) => v.toLowerCase() === text.toLowerCase());
    return hit ?? bad(`${spec.name} wants one of ${s.enum.join(', ')}, got "${clip(raw)}"`);
  }
  if (s.pattern !== undefined && !new RegExp(s.pattern).test(text)) return bad(`${spec.name} is not well formed: "${clip(raw)}"`);
  return text;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A value the handler knows is a string (or absent), for filters typed `string | undefined`. */
export const str = (v: ParamValue | undefined): string | undefined => (v === undefined ? undefined : String(v));

/** `{[key]: value}` or `{}`: optional filters under exactOptionalPropertyTypes take no `undefined`. */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
