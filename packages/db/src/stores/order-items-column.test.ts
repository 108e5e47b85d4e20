import type { OrderItem } from '@reinstate/core';
import { describe, expect, it } from 'vitest';
import { itemsJson, itemsOf, type StoredItem } from './order-items-column.ts';

const item = (extra: Partial<OrderItem>): OrderItem => ({ currency: 'USD', itemPrice: 1299, shippingPrice: 499, giftWrapPrice: 0, itemPromotionDiscount: -100, shipPromotionDiscount: 0, ...extra });

describe('orders.items column', () => {
  it('writes exactly what JSON.stringify writes, for plain and awkward text', () => {
    const awkward = ['Mug "Large"', 'back\\slash', 'tab\there', 'line\nbreak\r', '\u0001control', '杯子 カップ', 'emoji 🎁', 'lone \ud800 half', ''];
    const items = awkward.map((text, i) => item({ sku: text, asin: i % 2 ? null : 'B0TESTMUG1', productName: text, quantity: i % 3 ? i : null, itemStatus: i % 2 ? 'Shipped' : undefined }));
    const stored: StoredItem[] = items.map((i) => [i.sku ?? null, i.asin ?? null, i.productName ?? null, i.quantity ?? null, i.itemStatus ?? null, i.currency, i.itemPrice, i.shippingPrice, i.giftWrapPrice, i.itemPromotionDiscount, i.shipPromotionDiscount]);
    expect(itemsJson(items)).toBe(JSON.stringify(stored));
    expect(itemsJson([])).toBe('[]');
  });

  it('reads back the items it wrote, absent fields as null', () => {
    const items = [item({ sku: 'MUG', productName: 'Mug "Large" \\ 杯子', quantity: 2, itemStatus: 'Shipped' }), item({ sku: 'LID' })];
    expect(itemsOf(JSON.parse(itemsJson(items)) as StoredItem[])).toEqual([
      { asin: null, ...items[0] },
      { asin: null, productName: null, quantity: null, itemStatus: null, ...items[1] },
    ]);
  });
});
