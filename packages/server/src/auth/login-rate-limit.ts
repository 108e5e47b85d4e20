/**
 * Failed logins per key (user name and address): after `max` failures within `windowMs`,
 * further attempts are refused until the window passes. In memory: a restart clears it, which
 * an attacker cannot trigger remotely.
 */
export class LoginRateLimit {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly max = 5,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Milliseconds to wait before the next attempt, or 0 when one is allowed. */
  retryAfter(key: string, now: number): number {
    const entry = this.failures.get(key);
    if (!entry || now - entry.since >= this.windowMs) return 0;
    return entry.count >= this.max ? entry.since + this.windowMs - now : 0;
  }

  fail(key: string, now: number): void {
    const entry = this.failures.get(key);
    if (!entry || now - entry.since >= this.windowMs) this.failures.set(key, { count: 1, since: now });
    else entry.count += 1;
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
