import { describe, expect, it } from 'vitest';
import { LoginRateLimit } from './login-rate-limit.ts';

describe('LoginRateLimit', () => {
  it('blocks after the fifth failure until the window has passed', () => {
    const limit = new LoginRateLimit(5, 1000);
    for (let i = 0; i < 4; i++) limit.fail('ana|127.0.0.1', 100);
    expect(limit.retryAfter('ana|127.0.0.1', 100)).toBe(0);
    limit.fail('ana|127.0.0.1', 100);
    expect(limit.retryAfter('ana|127.0.0.1', 600)).toBe(500);
    expect(limit.retryAfter('bo|127.0.0.1', 600)).toBe(0);
    expect(limit.retryAfter('ana|127.0.0.1', 1100)).toBe(0);
  });

  it('forgets failures after a success', () => {
    const limit = new LoginRateLimit(2, 1000);
    limit.fail('k', 0);
    limit.fail('k', 0);
    limit.succeed('k');
    expect(limit.retryAfter('k', 1)).toBe(0);
  });
});
