import { describe, expect, it } from 'vitest';
import { instantValue, moneyValue, orderIdValue, RowProblem } from './field-values.ts';

describe('field values', () => {
  it('reads Amazon date-times with any offset as UTC', () => {
    expect(instantValue('2026-10-01T12:34:56+00:00', 2, 'purchase-date')).toBe('2026-10-01T12:34:56.000Z');
    expect(instantValue('2026-10-01T05:34:56-07:00', 2, 'purchase-date')).toBe('2026-10-01T12:34:56.000Z');
    expect(instantValue('2026-10-01', 2, 'purchase-date')).toBe('2026-10-01T00:00:00.000Z');
    expect(() => instantValue('yesterday', 2, 'purchase-date')).toThrow(RowProblem);
    expect(instantValue('2026-10-01T12:34:56Z', 2, 'purchase-date')).toBe('2026-10-01T12:34:56.000Z');
    // The fast path must refuse what the full parser refuses.
    expect(() => instantValue('2026-02-30T12:34:56+00:00', 2, 'purchase-date')).toThrow(RowProblem);
    expect(() => instantValue('2026-13-01T12:34:56+00:00', 2, 'purchase-date')).toThrow(RowProblem);
    expect(instantValue('2028-02-29T00:00:00+00:00', 2, 'purchase-date')).toBe('2028-02-29T00:00:00.000Z');
  });

  it('reads money exactly in both decimal conventions', () => {
    expect(moneyValue('12.34', 1, 'item-price')).toBe(1234);
    expect(moneyValue('-1,50', 1, 'item-price')).toBe(-150);
    expect(moneyValue('1.234,56', 1, 'item-price')).toBe(123456);
    expect(moneyValue('1,234.56', 1, 'item-price')).toBe(123456);
    expect(moneyValue('', 1, 'item-price')).toBe(0);
    expect(moneyValue('0.1', 1, 'item-price')).toBe(10);
    expect(moneyValue('-2.50', 1, 'item-price')).toBe(-250);
    expect(moneyValue('1234.05', 1, 'item-price')).toBe(123405);
    expect(() => moneyValue('1a.05', 1, 'item-price')).toThrow(/not an amount/);
    expect(() => moneyValue('-.05', 1, 'item-price')).toThrow(/not an amount/);
    expect(() => moneyValue('12.3.4', 1, 'item-price')).toThrow(/not an amount/);
  });

  it('accepts only 3-7-7 order ids', () => {
    expect(orderIdValue(' 112-1234567-1234567 ', 1, 'order-id')).toBe('112-1234567-1234567');
    expect(() => orderIdValue('112-123456-1234567', 1, 'order-id')).toThrow(/3-7-7/);
  });
});
