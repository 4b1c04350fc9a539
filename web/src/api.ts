/** Reading the JSON API. A failure is a value with the server's message, shown on the page as text. */
export type Fetched<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string; readonly status: number };

export async function getJson<T>(url: string): Promise<Fetched<T>> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    return { ok: false, message: 'the server cannot be reached', status: 0 };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { ok: false, message: `the server answered ${res.status} without JSON`, status: res.status };
  }
  if (!res.ok) {
    const e = body as { error?: unknown; code?: unknown };
    return { ok: false, message: `${typeof e.error === 'string' ? e.error : 'request failed'}${typeof e.code === 'string' ? ` [${e.code}]` : ''}`, status: res.status };
  }
  return { ok: true, value: body as T };
}
