import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose.ts';
import { formatMoney, reserveNotice } from './reserve-notice.ts';
import { testReply } from './test-diagnosis.ts';

const reply = diagnose(readFileSync(join(import.meta.dirname, '../../test/fixtures/notices/reply-reinstated-under-review-reserve.txt')), { received: '2024-04-15' });

describe('reserve notice', () => {
  it('pairs the 14-day reserve of a real reply with the estimate from the orders', () => {
    const notice = reserveNotice(reply, [
      { currency: 'CAD', grossSales: 980.5 },
      { currency: 'USD', grossSales: 12345.675 },
    ]);
    expect(notice?.days).toBe(14);
    expect(notice?.text).toMatch(/reserve equal to your gross sales amount for the preceding 14 days/);
    expect(notice?.en).toBe('Amazon holds a reserve equal to your gross sales of the preceding 14 days: about CAD 980.50 + USD 12,345.68, estimated from your orders.');
    expect(notice?.zh).toBe('亚马逊将预留相当于此前 14 天销售总额的资金：根据您的订单估算约为 CAD 980.50 + USD 12,345.68。');
  });

  it('says what to do without an estimate, and is null without a reserve', () => {
    expect(reserveNotice(reply, [])?.en).toBe('Amazon holds a reserve equal to your gross sales of the preceding 14 days. Import your orders to see an estimate.');
    expect(reserveNotice(testReply('reinstated'), [{ currency: 'USD', grossSales: 1 }])).toBeNull();
    const unstated = testReply('reinstated-under-review', { facts: { ...testReply(null).facts, reserve: { text: 'We will place a reserve on your account.', days: null } } });
    expect(reserveNotice(unstated, [])?.en).toMatch(/of the period Amazon names\./);
  });

  it('formats money with grouping, in any currency code', () => {
    expect(formatMoney({ currency: 'JPY', grossSales: 1234567 })).toBe('JPY 1,234,567.00');
    expect(formatMoney({ currency: 'EUR', grossSales: -45.1 })).toBe('-EUR 45.10');
    expect(formatMoney({ currency: 'USD', grossSales: 999.999 })).toBe('USD 1,000.00');
    expect(formatMoney({ currency: 'USD', grossSales: 1e-7 })).toBe('USD 0.00');
  });
});
