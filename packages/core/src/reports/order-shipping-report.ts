import type { OrderRecord } from '../records/records.ts';
import { instantValue, optionalInstant, orderIdValue, RowProblem } from './field-values.ts';
import { field, type TabularFormat } from './tabular-format.ts';

/** GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING: the expected ship and delivery dates of each order. */
export const orderShippingReport: TabularFormat = {
  kind: 'order-shipping',
  delimiter: '\t',
  detect: (columns) => columns.has('order-id') && columns.has('latest-ship-date'),
  reader(columns) {
    const at = {
      orderId: columns.position('order-id'),
      purchase: columns.position('purchase-date'),
      latestShip: columns.position('latest-ship-date'),
      latestDelivery: columns.position('latest-delivery-date'),
    };
    if (at.latestShip < 0) throw new RowProblem(undefined, 'the column latest-ship-date is missing');
    const header = (i: number) => columns.headers[i] ?? '';
    let last: OrderRecord | null = null;
    return {
      read(fields, batch) {
        const orderId = orderIdValue(field(fields, at.orderId), at.orderId + 1, header(at.orderId));
        if (last?.orderId === orderId) return; // one row per item: the dates are the order's
        last = {
          orderId,
          ...(at.purchase >= 0 ? { purchaseTime: instantValue(field(fields, at.purchase), at.purchase + 1, header(at.purchase)) } : {}),
          latestShipTime: optionalInstant(field(fields, at.latestShip), at.latestShip + 1, header(at.latestShip)),
          ...(at.latestDelivery >= 0 ? { latestDeliveryTime: optionalInstant(field(fields, at.latestDelivery), at.latestDelivery + 1, header(at.latestDelivery)) } : {}),
        };
        batch.orders.push(last);
      },
      flush() {},
    };
  },
};
