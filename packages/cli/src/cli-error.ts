import { isAppError } from '@reinstate/core';

/** Exit codes: 0 ok, 1 user error (bad input, with what to do), 2 internal error. */
export const exitCodes = { ok: 0, user: 1, internal: 2 } as const;

/** An error reported by the API (in-process or remote), with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly place?: { file?: string; line?: number; column?: number },
  ) {
    super(message);
  }
}

export function exitCodeOf(err: unknown): number {
  if (isAppError(err)) return err.isUserError ? exitCodes.user : exitCodes.internal;
  if (err instanceof ApiError) return err.status < 500 ? exitCodes.user : exitCodes.internal;
  return exitCodes.internal;
}

export function describeError(err: unknown): string {
  if (isAppError(err) || err instanceof ApiError) {
    const place = err.place;
    const where = place?.file ? `${place.file}${place.line ? `:${place.line}` : ''}${place.column ? `:${place.column}` : ''}: ` : '';
    return `${where}${err.message}`;
  }
  return `Internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
}
