import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorCode } from '@reinstate/core';
import { ZodError } from 'zod';

/** The one place where error codes become HTTP statuses. */
export const statusOfCode: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 423 | 429 | 500> = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  DATA_DIR_IN_USE: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; place?: unknown; details?: unknown };
}

export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.place) body.error.place = err.place;
    if (err.details !== undefined) body.error.details = err.details;
    return { status: statusOfCode[err.code], body };
  }
  if (err instanceof ZodError) {
    const issues = err.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const first = issues[0];
    const message = first ? `Invalid request: ${first.path || 'body'}: ${first.message}` : 'Invalid request.';
    return { status: 400, body: { error: { code: 'BAD_INPUT', message, details: issues } } };
  }
  if (err instanceof HTTPException) {
    const code: ErrorCode = err.status === 404 ? 'NOT_FOUND' : err.status === 413 ? 'TOO_LARGE' : err.status < 500 ? 'BAD_INPUT' : 'INTERNAL';
    return { status: err.status, body: { error: { code, message: err.message || 'Request failed.' } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error. The details are in the server log.' } } };
}

export function handleError(err: unknown, c: Context): Response {
  const { status, body } = toErrorBody(err);
  if (status >= 500) console.error(err);
  return c.json(body, status as 500);
}
