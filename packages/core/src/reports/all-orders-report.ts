import type { OrderItem, OrderRecord } from '../records/records.ts';
import { channelValue, instantValue, integerValue, moneyValue, orderIdValue, orderStatusValue, RowProblem } from './field-values.ts';
import { field, type Columns, type TabularFormat } from './tabular-format.ts';

/**
 * GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL: one row per order item. Consecutive rows
 * of one order become one OrderRecord with all its items.
 */
export const allOrdersReport: TabularFormat = {
  kind: 'all-orders',
  delimiter: '\t',
  detect: (columns) => columns.has('amazon-order-id') && columns.has('order-status'),
  reader(columns: Columns) {
    const at = {
      orderId: columns.position('amazon-order-id'),
      purchase: columns.position('purchase-date'),
      status: columns.position('order-status'),
      channel: columns.position('fulfillment-channel'),
      currency: columns.position('currency'),
      itemPrice: columns.position('item-price'),
      shippingPrice: columns.position('shipping-price'),
      giftWrapPrice: columns.position('gift-wrap-price'),
      itemPromotion: columns.position('item-promotion-discount'),
      shipPromotion: columns.position('ship-promotion-discount'),
      sku: columns.position('sku'),
      asin: columns.position('asin'),
      productName: columns.position('product-name'),
      quantity: columns.position('quantity', 'quantity-purchased'),
      itemStatus: columns.position('item-status'),
    };
    if (at.purchase < 0) throw new RowProblem(undefined, 'the column purchase-date is missing');
    const header = (i: number) => columns.headers[i] ?? '';
    let current: OrderRecord | null = null;
    return {
      read(fields, batch) {
        const orderId = orderIdValue(field(fields, at.orderId), at.orderId + 1, header(at.orderId));
        const item: OrderItem = {
          sku: field(fields, at.sku) || null,
          asin: field(fields, at.asin) || null,
          productName: field(fields, at.productName) || null,
          quantity: integerValue(field(fields, at.quantity), at.quantity + 1, header(at.quantity)),
          itemStatus: field(fields, at.itemStatus) || null,
          currency: field(fields, at.currency).trim() || 'USD',
          itemPrice: moneyValue(field(fields, at.itemPrice), at.itemPrice + 1, header(at.itemPrice)),
          shippingPrice: moneyValue(field(fields, at.shippingPrice), at.shippingPrice + 1, header(at.shippingPrice)),
          giftWrapPrice: moneyValue(field(fields, at.giftWrapPrice), at.giftWrapPrice + 1, header(at.giftWrapPrice)),
          itemPromotionDiscount: moneyValue(field(fields, at.itemPromotion), at.itemPromotion + 1, header(at.itemPromotion)),
          shipPromotionDiscount: moneyValue(field(fields, at.shipPromotion), at.shipPromotion + 1, header(at.shipPromotion)),
        };
        if (current && current.orderId === orderId) {
          current.items!.push(item);
          return;
        }
        if (current) batch.orders.push(current);
        const channel = channelValue(field(fields, at.channel));
        current = {
          orderId,
          purchaseTime: instantValue(field(fields, at.purchase), at.purchase + 1, header(at.purchase)),
          status: orderStatusValue(field(fields, at.status)),
          ...(channel ? { channel } : {}),
          items: [item],
        };
      },
      flush(batch) {
        if (current) batch.orders.push(current);
        current = null;
      },
    };
  },
};
