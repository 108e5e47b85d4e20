import type { ClaimRecord } from '../records/records.ts';
import { dateValue, moneyValue, orderIdValue } from './field-values.ts';
import { field, type TabularFormat } from './tabular-format.ts';

/**
 * GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2: money movements. Rows of an `A-to-z Guarantee Refund`
 * or a `Chargeback Refund` are granted claims. A settlement does not say whether a chargeback was
 * for service or fraud; it is taken as service, the reason that counts against the seller.
 */
export const settlementReport: TabularFormat = {
  kind: 'settlement',
  delimiter: '\t',
  detect: (columns) => columns.has('settlement-id') && columns.has('transaction-type'),
  reader(columns) {
    const at = {
      orderId: columns.position('order-id'),
      type: columns.position('transaction-type'),
      description: columns.position('amount-description'),
      posted: columns.position('posted-date', 'posted-date-time'),
      amount: columns.position('amount', 'total-amount'),
      currency: columns.position('currency'),
    };
    const seen = new Map<string, ClaimRecord>();
    return {
      read(fields, batch) {
        const what = `${field(fields, at.type)} ${field(fields, at.description)}`.toLowerCase();
        const kind = what.includes('a-to-z guarantee refund') ? 'a-to-z' : what.includes('chargeback refund') ? 'chargeback' : null;
        if (!kind) return;
        const orderId = orderIdValue(field(fields, at.orderId), at.orderId + 1, 'order-id');
        const amount = moneyValue(field(fields, at.amount), at.amount + 1, 'amount');
        const key = `${orderId} ${kind}`;
        const earlier = seen.get(key);
        if (earlier) {
          earlier.amount = (earlier.amount ?? 0) + amount; // several lines (principal, shipping) of one refund
          return;
        }
        const claim: ClaimRecord = {
          orderId,
          kind,
          date: dateValue(field(fields, at.posted), at.posted + 1, 'posted-date'),
          status: 'granted',
          reason: kind === 'chargeback' ? 'service' : null,
          amount,
          currency: field(fields, at.currency).trim() || null,
        };
        seen.set(key, claim);
        batch.claims.push(claim);
      },
      flush() {},
    };
  },
};
