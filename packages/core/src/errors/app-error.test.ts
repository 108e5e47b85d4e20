import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from './app-error.ts';

describe('AppError', () => {
  it('tells user errors from internal ones by code', () => {
    expect(new AppError('BAD_INPUT', 'x').isUserError).toBe(true);
    expect(new AppError('INTERNAL', 'x').isUserError).toBe(false);
    expect(isAppError(new Error('x'))).toBe(false);
  });
});
