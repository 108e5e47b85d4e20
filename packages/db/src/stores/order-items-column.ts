import type { OrderItem } from '@reinstate/core';

/**
 * An item as stored in `orders.items` (migration 0004): an array in this order, not an object,
 * so the JSON an import writes is half as long (PostgreSQL checks every character of it):
 * [sku, asin, productName, quantity, itemStatus, currency, itemPrice, shippingPrice,
 *  giftWrapPrice, itemPromotionDiscount, shipPromotionDiscount]. Amounts are minor units.
 */
export type StoredItem = [string | null, string | null, string | null, number | null, string | null, string, number, number, number, number, number];

/**
 * An order's items as the JSON text of the column: JSON.stringify(items in StoredItem form),
 * written directly, as an import writes it for every order.
 */
export function itemsJson(items: readonly OrderItem[]): string {
  let json = '[';
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    if (k > 0) json += ',';
    json += `[${jsonString(i.sku)},${jsonString(i.asin)},${jsonString(i.productName)},${i.quantity ?? null},${jsonString(i.itemStatus)},${jsonString(i.currency)},`;
    json += `${i.itemPrice},${i.shippingPrice},${i.giftWrapPrice},${i.itemPromotionDiscount},${i.shipPromotionDiscount}]`;
  }
  return `${json}]`;
}

/** Characters a JSON string writes otherwise than as themselves (and lone surrogate halves). */
// eslint-disable-next-line no-control-regex -- JSON escapes the control characters, so they are what this looks for
const escapedInJson = /["\\\u0000-\u001f\ud800-\udfff]/;

const jsonString = (text: string | null | undefined): string => (text === null || text === undefined ? 'null' : escapedInJson.test(text) ? JSON.stringify(text) : `"${text}"`);

/** The column's value, parsed by the driver, as records. */
export function itemsOf(stored: readonly StoredItem[]): OrderItem[] {
  return stored.map(([sku, asin, productName, quantity, itemStatus, currency, itemPrice, shippingPrice, giftWrapPrice, itemPromotionDiscount, shipPromotionDiscount]) => ({
    sku,
    asin,
    productName,
    quantity,
    itemStatus,
    currency,
    itemPrice,
    shippingPrice,
    giftWrapPrice,
    itemPromotionDiscount,
    shipPromotionDiscount,
  }));
}
