import type { ClaimStatus } from '../records/records.ts';
import { dateValue, orderIdValue, RowProblem } from './field-values.ts';
import { field, type TabularFormat } from './tabular-format.ts';

/**
 * Reinstate's claims and chargebacks CSV (no Amazon report lists them):
 * `order-id,type,date,status,reason` — type a-to-z|chargeback; status open|granted|denied|withdrawn|closed;
 * reason service|fraud for chargebacks.
 */
export const claimsTemplateHeader = 'order-id,type,date,status,reason';
const statuses: ClaimStatus[] = ['open', 'granted', 'denied', 'withdrawn', 'closed'];

export const claimsTemplate: TabularFormat = {
  kind: 'claims',
  delimiter: ',',
  detect: (columns) => columns.has('order-id') && columns.has('type') && columns.has('status') && !columns.has('settlement-id'),
  reader(columns) {
    const at = { orderId: columns.position('order-id'), type: columns.position('type'), date: columns.position('date'), status: columns.position('status'), reason: columns.position('reason') };
    if (at.date < 0) throw new RowProblem(undefined, 'the column date is missing');
    return {
      read(fields, batch) {
        const type = field(fields, at.type).trim().toLowerCase();
        if (type !== 'a-to-z' && type !== 'chargeback') throw new RowProblem(at.type + 1, `type "${field(fields, at.type)}" is not a-to-z or chargeback`);
        const status = field(fields, at.status).trim().toLowerCase() as ClaimStatus;
        if (!statuses.includes(status)) throw new RowProblem(at.status + 1, `status "${field(fields, at.status)}" is not one of ${statuses.join(', ')}`);
        const reason = field(fields, at.reason).trim().toLowerCase();
        if (type === 'chargeback' && reason !== 'service' && reason !== 'fraud') throw new RowProblem(at.reason + 1, `a chargeback needs the reason service or fraud, not "${field(fields, at.reason)}"`);
        batch.claims.push({
          orderId: orderIdValue(field(fields, at.orderId), at.orderId + 1, 'order-id'),
          kind: type,
          date: dateValue(field(fields, at.date), at.date + 1, 'date'),
          status,
          reason: type === 'chargeback' ? (reason as 'service' | 'fraud') : null,
        });
      },
      flush() {},
    };
  },
};
