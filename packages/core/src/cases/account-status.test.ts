import { describe, expect, it } from 'vitest';
import { accountStatus } from './account-status.ts';

describe('account status', () => {
  it('is deactivated while any case keeps the account from selling, a final denial included', () => {
    expect(accountStatus(['more-information-requested'], ['ok'])).toBe('deactivated');
    expect(accountStatus(['reinstated', 'denied'], [])).toBe('deactivated');
  });
  it('is at risk on a warning, a reinstatement under review, or a metric in breach', () => {
    expect(accountStatus(['at-risk'], ['ok'])).toBe('at-risk');
    expect(accountStatus(['reinstated-under-review'], [])).toBe('at-risk');
    expect(accountStatus(['reinstated'], ['ok', 'breach'])).toBe('at-risk');
  });
  it('is healthy otherwise', () => {
    expect(accountStatus(['reinstated'], ['ok', 'no-data'])).toBe('healthy');
    expect(accountStatus([], [])).toBe('healthy');
  });
});
