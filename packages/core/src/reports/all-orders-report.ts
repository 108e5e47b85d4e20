import type { OrderItem, OrderRecord } from '../records/records.ts';
import { channelValue, equalsAt, instantValue, integerValue, moneyValue, orderIdValue, orderStatusValue, plainIntegerAt, plainMoneyAt, RowProblem, utcInstantAt } from './field-values.ts';
import { field, type Columns, type RowFields, type TabularFormat } from './tabular-format.ts';

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
    // Header names for the messages, looked up once rather than per row.
    const name = {
      orderId: header(at.orderId),
      purchase: header(at.purchase),
      itemPrice: header(at.itemPrice),
      shippingPrice: header(at.shippingPrice),
      giftWrapPrice: header(at.giftWrapPrice),
      itemPromotion: header(at.itemPromotion),
      shipPromotion: header(at.shipPromotion),
      quantity: header(at.quantity),
    };
    let current: OrderRecord | null = null;
    /** The purchase-date of the current order's first row, as written. */
    let currentPurchase: string | null = null;
    // The usual forms of a tab-separated row's values are parsed in place (no string per value);
    // anything else goes to the general functions, which decide and word the problems.
    const money = (fields: RowFields, position: number, name: string): number => {
      const start = fields.startOf(position);
      if (start >= 0) {
        const cents = plainMoneyAt(fields.text, start, fields.endOf(position));
        if (!Number.isNaN(cents)) return cents;
      }
      return moneyValue(field(fields, position), position + 1, name);
    };
    const isExactly = (fields: RowFields, position: number, value: string | null): boolean => {
      if (value === null) return false;
      const start = fields.startOf(position);
      return start >= 0 && equalsAt(fields.text, start, fields.endOf(position), value);
    };
    // The previous row's item status and currency, reused when the next row repeats them.
    let lastItemStatus: string | null = null;
    let lastCurrency: string | null = null;
    return {
      read(fields, batch) {
        const orderId = current !== null && isExactly(fields, at.orderId, current.orderId) ? current.orderId : orderIdValue(field(fields, at.orderId), at.orderId + 1, name.orderId);
        const quantityStart = fields.startOf(at.quantity);
        const plainQuantity = quantityStart >= 0 ? plainIntegerAt(fields.text, quantityStart, fields.endOf(at.quantity)) : -1;
        const item: OrderItem = {
          sku: field(fields, at.sku) || null,
          asin: field(fields, at.asin) || null,
          productName: field(fields, at.productName) || null,
          quantity: plainQuantity >= 0 ? plainQuantity : integerValue(field(fields, at.quantity), at.quantity + 1, name.quantity),
          itemStatus: isExactly(fields, at.itemStatus, lastItemStatus) ? lastItemStatus : field(fields, at.itemStatus) || null,
          currency: isExactly(fields, at.currency, lastCurrency) ? lastCurrency! : field(fields, at.currency).trim() || 'USD',
          itemPrice: money(fields, at.itemPrice, name.itemPrice),
          shippingPrice: money(fields, at.shippingPrice, name.shippingPrice),
          giftWrapPrice: money(fields, at.giftWrapPrice, name.giftWrapPrice),
          itemPromotionDiscount: money(fields, at.itemPromotion, name.itemPromotion),
          shipPromotionDiscount: money(fields, at.shipPromotion, name.shipPromotion),
        };
        lastItemStatus = item.itemStatus ?? null;
        lastCurrency = item.currency ?? null;
        if (current && current.orderId === orderId) {
          // The order's date comes from its first row; a later row's must still be a date.
          if (!isExactly(fields, at.purchase, currentPurchase)) instantValue(field(fields, at.purchase), at.purchase + 1, name.purchase);
          current.items!.push(item);
          return;
        }
        const channel = isExactly(fields, at.channel, 'Merchant') ? 'mfn' : isExactly(fields, at.channel, 'Amazon') ? 'afn' : channelValue(field(fields, at.channel));
        const purchaseStart = fields.startOf(at.purchase);
        const purchaseTime =
          (purchaseStart >= 0 ? utcInstantAt(fields.text, purchaseStart, fields.endOf(at.purchase)) : null) ?? instantValue(field(fields, at.purchase), at.purchase + 1, name.purchase);
        const status = isExactly(fields, at.status, 'Shipped') ? 'shipped' : isExactly(fields, at.status, 'Cancelled') ? 'cancelled' : orderStatusValue(field(fields, at.status));
        // The order before is complete only once this row is known to be good: a skipped row must not add it twice.
        if (current) batch.orders.push(current);
        currentPurchase = field(fields, at.purchase);
        // Two literal shapes rather than a spread: the same keys in the same order, without a temporary object.
        current = channel ? { orderId, purchaseTime, status, channel, items: [item] } : { orderId, purchaseTime, status, items: [item] };
      },
      flush(batch) {
        if (current) batch.orders.push(current);
        current = null;
        currentPurchase = null;
      },
    };
  },
};
