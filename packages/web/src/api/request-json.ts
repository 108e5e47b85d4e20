/** An API error as the server reports it: `{ error: { code, message, place } }`. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches JSON from the API and turns error bodies into ApiProblem with the server's message. */
export async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!response.ok) throw new ApiProblem(response.status, body?.error?.code ?? 'INTERNAL', body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}

/** POST, PUT or PATCH a JSON body. */
export function sendJson<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<T> {
  return requestJson<T>(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return sendJson<T>('POST', path, body);
}
