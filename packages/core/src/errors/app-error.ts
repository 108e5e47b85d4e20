/**
 * Error codes known across the product. The server maps each code to an HTTP status in
 * one place; the CLI maps user errors to exit code 1 and everything else to 2.
 */
export const errorCodes = {
  BAD_INPUT: 'user',
  NOT_FOUND: 'user',
  CONFLICT: 'user',
  UNAUTHORIZED: 'user',
  FORBIDDEN: 'user',
  TOO_LARGE: 'user',
  RATE_LIMITED: 'user',
  DATA_DIR_IN_USE: 'user',
  INTERNAL: 'internal',
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Where in a user's file something went wrong (1-based line and column). */
export interface SourcePlace {
  file?: string;
  line?: number;
  column?: number;
}

/** An error a user can act on: a code, a message that says what to do, and where. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly place: SourcePlace | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, options: { place?: SourcePlace; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.place = options.place;
    this.details = options.details;
  }

  get isUserError(): boolean {
    return errorCodes[this.code] === 'user';
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
