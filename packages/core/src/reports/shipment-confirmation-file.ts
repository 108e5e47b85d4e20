import { instantValue, integerValue, orderIdValue, RowProblem } from './field-values.ts';
import { field, type TabularFormat } from './tabular-format.ts';

/** The seller's ship-confirm upload: one shipment per row; the carrier is the code, else the name. */
export const shipmentConfirmationFile: TabularFormat = {
  kind: 'shipment-confirmation',
  delimiter: '\t',
  detect: (columns) => columns.has('order-id') && columns.has('ship-date') && columns.has('tracking-number'),
  reader(columns) {
    const at = {
      orderId: columns.position('order-id'),
      orderItemId: columns.position('order-item-id'),
      quantity: columns.position('quantity'),
      shipDate: columns.position('ship-date'),
      carrierCode: columns.position('carrier-code'),
      carrierName: columns.position('carrier-name'),
      tracking: columns.position('tracking-number'),
      shipMethod: columns.position('ship-method'),
    };
    if (at.carrierCode < 0 && at.carrierName < 0) throw new RowProblem(undefined, 'the columns carrier-code and carrier-name are both missing');
    const header = (i: number) => columns.headers[i] ?? '';
    return {
      read(fields, batch) {
        batch.shipments.push({
          orderId: orderIdValue(field(fields, at.orderId), at.orderId + 1, header(at.orderId)),
          shipTime: instantValue(field(fields, at.shipDate), at.shipDate + 1, header(at.shipDate)),
          carrier: field(fields, at.carrierCode).trim() || field(fields, at.carrierName).trim(),
          trackingNumber: field(fields, at.tracking).trim(),
          orderItemId: field(fields, at.orderItemId).trim() || null,
          quantity: integerValue(field(fields, at.quantity), at.quantity + 1, header(at.quantity)),
          shipMethod: field(fields, at.shipMethod).trim() || null,
        });
      },
      flush() {},
    };
  },
};
