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

/** The CSRF token of the signed-in session, sent with every change (none for the local owner). */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** Headers every change carries: the CSRF token when signed in. */
export function changeHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}
/** Fired when the server asks for a sign-in (401), so the app can show the sign-in form. */
export const signInRequired = 'reinstate:sign-in-required';

/** Fetches JSON from the API and turns error bodies into ApiProblem with the server's message. */
export async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  const method = (init?.method ?? 'GET').toUpperCase();
  const headers = method === 'GET' || method === 'HEAD' ? init?.headers : { ...changeHeaders(), ...(init?.headers as Record<string, string> | undefined) };
  const response = await fetch(path, { ...init, ...(headers ? { headers } : {}) });
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (response.status === 401 && !path.startsWith('/api/login')) window.dispatchEvent(new Event(signInRequired));
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
