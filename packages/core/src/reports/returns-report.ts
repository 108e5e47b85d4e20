import { dateValue, integerValue, orderIdValue } from './field-values.ts';
import { field, type TabularFormat } from './tabular-format.ts';

/** GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE (and the FBA returns report): kept as evidence of root causes. */
export const returnsReport: TabularFormat = {
  kind: 'returns',
  delimiter: '\t',
  detect: (columns) => columns.has('order-id') && columns.has('return-request-date', 'return-date') && !columns.has('settlement-id'),
  reader(columns) {
    const at = {
      orderId: columns.position('order-id'),
      date: columns.position('return-request-date', 'return-date'),
      sku: columns.position('merchant-sku', 'sku'),
      asin: columns.position('asin'),
      product: columns.position('item-name', 'product-name'),
      quantity: columns.position('return-quantity', 'quantity'),
      reason: columns.position('return-reason', 'reason'),
      comments: columns.position('customer-comments'),
      status: columns.position('return-request-status', 'status'),
    };
    const header = (i: number) => columns.headers[i] ?? '';
    return {
      read(fields, batch) {
        batch.returns.push({
          orderId: orderIdValue(field(fields, at.orderId), at.orderId + 1, header(at.orderId)),
          returnDate: dateValue(field(fields, at.date), at.date + 1, header(at.date)),
          sku: field(fields, at.sku).trim() || null,
          asin: field(fields, at.asin).trim() || null,
          productName: field(fields, at.product).trim() || null,
          quantity: integerValue(field(fields, at.quantity), at.quantity + 1, header(at.quantity)),
          reason: field(fields, at.reason).trim() || null,
          customerComments: field(fields, at.comments).trim() || null,
          status: field(fields, at.status).trim() || null,
        });
      },
      flush() {},
    };
  },
};
