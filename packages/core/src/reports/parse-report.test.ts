import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { parseReport, type ImportEvent, type ParseOptions } from './parse-report.ts';
import { emptyBatch, type ParsedBatch } from './report-kind.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/reports/${name}`, import.meta.url)));

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function parse(name: string, options: Partial<ParseOptions> = {}, chunkSize = 7) {
  const events: ImportEvent[] = [];
  for await (const event of parseReport(chunked(fixture(name), chunkSize), { fileName: name, ...options })) events.push(event);
  const all: ParsedBatch = emptyBatch();
  for (const event of events) if (event.type === 'batch') for (const key of Object.keys(all) as (keyof ParsedBatch)[]) (all[key] as unknown[]).push(...event.batch[key]);
  const detected = events.find((e) => e.type === 'detected') as Extract<ImportEvent, { type: 'detected' }>;
  return { events, all, detected };
}

async function problemOf(name: string, options: Partial<ParseOptions> = {}): Promise<AppError> {
  try {
    await parse(name, options);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`${name} parsed without a problem`);
}

const allOrdersExpected = [
  {
    orderId: '112-0000001-0000001',
    purchaseTime: '2026-10-20T08:15:00.000Z',
    status: 'shipped',
    channel: 'mfn',
    items: [
      { sku: 'BOOT-10-RED', asin: 'B0C1234567', productName: 'Kids Rain Boots, Size 10', quantity: 1, itemStatus: 'Shipped', currency: 'USD', itemPrice: 2499, shippingPrice: 599, giftWrapPrice: 0, itemPromotionDiscount: -250, shipPromotionDiscount: 0 },
      { sku: 'BOOT-11-RED', asin: 'B0C1234568', productName: 'Kids Rain Boots, Size 11', quantity: 2, itemStatus: 'Shipped', currency: 'USD', itemPrice: 4998, shippingPrice: 0, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 },
    ],
  },
  // 23:59:59 at UTC−7 is 06:59:59 the next day in UTC.
  { orderId: '112-0000002-0000002', purchaseTime: '2026-10-22T06:59:59.000Z', status: 'cancelled', channel: 'mfn' },
  { orderId: '112-0000003-0000003', purchaseTime: '2026-10-22T05:00:00.000Z', status: 'shipped', channel: 'afn' },
];

describe('All Orders report', () => {
  it('groups item rows into orders, in minor units, whatever the chunking', async () => {
    for (const chunkSize of [1, 7, 4096]) {
      const { all, detected } = await parse('all-orders-us.txt', {}, chunkSize);
      expect(detected).toMatchObject({ kind: 'all-orders', encoding: 'utf-8' });
      expect(all.orders).toMatchObject(allOrdersExpected);
      expect(all.orders[2]!.items![0]).toMatchObject({ productName: 'Café Table Lamp', itemPrice: 3900, giftWrapPrice: 199 });
    }
  });

  it('reads the same records from UTF-16LE with CRLF, windows-1252 and UTF-8 with a BOM', async () => {
    for (const [name, encoding] of [['all-orders-utf16le.txt', 'utf-16le'], ['all-orders-windows-1252.txt', 'windows-1252'], ['all-orders-bom.txt', 'utf-8']] as const) {
      const { all, detected } = await parse(name);
      expect(detected.encoding, name).toBe(encoding);
      expect(all.orders, name).toMatchObject(allOrdersExpected);
      expect(all.orders[2]!.items![0]!.productName, name).toBe('Café Table Lamp');
    }
  });

  it('reads UTF-8 alike with CRLF, without a last line break, and split anywhere', async () => {
    const lf = fixture('all-orders-us.txt');
    const text = new TextDecoder().decode(lf);
    const variants = { crlf: text.replace(/\n/g, '\r\n'), unterminated: text.replace(/\n+$/, ''), blankLines: text.replace(/\n/g, '\n\n') };
    for (const [variant, content] of Object.entries(variants)) {
      const bytes = new TextEncoder().encode(content);
      for (const chunkSize of [1, 2, 3, 5, 64, 100_000]) {
        const orders: unknown[] = [];
        for await (const event of parseReport(chunked(bytes, chunkSize), { fileName: 'x.txt' })) if (event.type === 'batch') orders.push(...event.batch.orders);
        expect(orders, `${variant} in chunks of ${chunkSize}`).toMatchObject(allOrdersExpected);
        expect((orders[2] as { items: { productName: string }[] }).items[0]!.productName).toBe('Café Table Lamp');
      }
    }
  });

  it('rejects UTF-8 that turns invalid further down, whatever the chunking', async () => {
    // Past the first 64 KiB, from which the encoding is decided.
    const [header, ...rows] = new TextDecoder().decode(fixture('all-orders-us.txt')).trimEnd().split('\n');
    const long = new TextEncoder().encode(`${header}\n${`${rows.join('\n')}\n`.repeat(200)}`);
    expect(long.length).toBeGreaterThan(70_000);
    const broken = new Uint8Array([...long, 0xc3, 0x28, 0x0a, ...long.subarray(header!.length + 1)]);
    const unfinished = new Uint8Array([...long, 0xe2, 0x82]);
    for (const bytes of [broken, unfinished]) {
      for (const chunkSize of [7, 1000, 100_000]) {
        const run = async () => {
          for await (const event of parseReport(chunked(bytes, chunkSize), { fileName: 'x.txt' })) void event;
        };
        await expect(run()).rejects.toThrow('x.txt is not valid utf-8 text further down');
      }
    }
  });

  it('reads the unusual forms of values as before (they leave the in-place fast paths)', async () => {
    const header = new TextDecoder().decode(fixture('all-orders-us.txt')).split('\n')[0]!;
    const row = (id: string, date: string, status: string, channel: string, itemStatus: string, quantity: string, currency: string, price: string, shipping: string) =>
      `${id}\t\t${date}\t${date}\t${status}\t${channel}\tAmazon.de\tStandard\tLampe\tSKU-1\tB0C1234567\t${itemStatus}\t${quantity}\t${currency}\t${price}\t0.00\t${shipping}\t0.00\t\t\t\t\tBerlin\t\t10115\tDE`;
    const rows = [
      header,
      row('302-0000001-0000001', '2026-10-20T08:15:00Z', 'Pending', 'AFN', 'Unshipped', ' 3 ', 'EUR', '1.234,56', '-0.50'),
      row('302-0000001-0000001 ', '2026-10-20T08:15:00Z', 'Pending', 'AFN', 'Unshipped', '10', 'EUR', '12.3', '0.5'),
      row(' 302-0000002-0000002', '2026-10-20 08:15:00 UTC', 'Shipped ', 'Amazon', 'Shipped', '1', ' EUR ', ' 7.00 ', '+1.00'),
    ];
    const bad = row('302-0000003-0000003', '2026-02-29T00:00:00+00:00', 'Canceled', 'Merchant', 'Cancelled', '1', '', '-0.00', '99');
    const parsed: unknown[] = [];
    for await (const event of parseReport(chunked(new TextEncoder().encode(rows.join('\n')), 100), { fileName: 'x.txt' })) if (event.type === 'batch') parsed.push(...event.batch.orders);
    const run = async () => {
      for await (const event of parseReport(chunked(new TextEncoder().encode([...rows, bad].join('\n')), 100), { fileName: 'x.txt' })) void event;
    };
    await expect(run()).rejects.toThrow(/^x\.txt:5:3: purchase-date "2026-02-29T00:00:00\+00:00" is not a date/);
    expect(parsed).toEqual([
      {
        orderId: '302-0000001-0000001',
        purchaseTime: '2026-10-20T08:15:00.000Z',
        status: 'pending',
        channel: 'afn',
        items: [
          { sku: 'SKU-1', asin: 'B0C1234567', productName: 'Lampe', quantity: 3, itemStatus: 'Unshipped', currency: 'EUR', itemPrice: 123456, shippingPrice: -50, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 },
          { sku: 'SKU-1', asin: 'B0C1234567', productName: 'Lampe', quantity: 10, itemStatus: 'Unshipped', currency: 'EUR', itemPrice: 1230, shippingPrice: 50, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 },
        ],
      },
      {
        orderId: '302-0000002-0000002',
        purchaseTime: '2026-10-20T08:15:00.000Z',
        status: 'shipped',
        channel: 'afn',
        items: [{ sku: 'SKU-1', asin: 'B0C1234567', productName: 'Lampe', quantity: 1, itemStatus: 'Shipped', currency: 'EUR', itemPrice: 700, shippingPrice: 100, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0 }],
      },
    ]);
  });

  it('keeps an order whole when its rows straddle a batch boundary', async () => {
    const { events } = await parse('all-orders-us.txt', { batchSize: 1 });
    const orders = events.flatMap((e) => (e.type === 'batch' ? e.batch.orders : []));
    expect(orders.map((o) => [o.orderId, o.items?.length])).toEqual([
      ['112-0000001-0000001', 2],
      ['112-0000002-0000002', 1],
      ['112-0000003-0000003', 1],
    ]);
  });

  it('rejects the whole file at the first bad row, saying where and what', async () => {
    const badId = await problemOf('all-orders-bad-order-id.txt');
    expect(badId.code).toBe('BAD_INPUT');
    expect(badId.place).toEqual({ file: 'all-orders-bad-order-id.txt', line: 3, column: 1 });
    expect(badId.message).toMatch(/3-7-7 digits/);
    const badDate = await problemOf('all-orders-bad-date.txt');
    expect(badDate.place).toEqual({ file: 'all-orders-bad-date.txt', line: 3, column: 3 });
    expect(badDate.message).toMatch(/purchase-date "21\/10\/2026" is not a date/);
    const badFields = await problemOf('all-orders-bad-fields.txt');
    expect(badFields.place).toMatchObject({ line: 3 });
    expect(badFields.message).toMatch(/28 fields but the header has 26/);
  });

  it('checks the purchase date of every item row, not only the first row of an order', async () => {
    const lines = new TextDecoder().decode(fixture('all-orders-us.txt')).split('\n');
    // Line 3 is the second item of the order on line 2.
    const fields = lines[2]!.split('\t');
    expect(fields[0]).toBe(lines[1]!.split('\t')[0]);
    fields[2] = '2026-02-30T08:15:00+00:00';
    lines[2] = fields.join('\t');
    const run = async () => {
      for await (const event of parseReport(chunked(new TextEncoder().encode(lines.join('\n')), 64), { fileName: 'x.txt' })) void event;
    };
    await expect(run()).rejects.toMatchObject({ code: 'BAD_INPUT', place: { file: 'x.txt', line: 3, column: 3 } });
  });

  it('skips bad rows on request and lists them', async () => {
    const { all, events } = await parse('all-orders-bad-fields.txt', { skipBadRows: true });
    expect(all.orders.map((o) => o.orderId)).toEqual(['112-0000001-0000001', '112-0000002-0000002']);
    expect(events.filter((e) => e.type === 'skipped').map((e) => (e as { problem: { place: unknown } }).problem.place)).toEqual([{ file: 'all-orders-bad-fields.txt', line: 3, column: 27 }]);
    expect(events.at(-1)).toMatchObject({ type: 'done', rows: 2, skipped: 1 });
  });
});

describe('skipping a bad row that starts a new order', () => {
  it('keeps the order before it once, not twice', async () => {
    const header = 'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tcurrency\titem-price\tquantity';
    const text = [header, '111-0000001-0000001\t2026-10-20T08:15:00+00:00\tShipped\tMerchant\tUSD\t10.00\t1', '111-0000002-0000002\tnot a date\tShipped\tMerchant\tUSD\t10.00\t1', '111-0000003-0000003\t2026-10-21T08:15:00+00:00\tShipped\tMerchant\tUSD\t10.00\t1', ''].join('\n');
    const events: ImportEvent[] = [];
    for await (const event of parseReport(chunked(new TextEncoder().encode(text), 16), { fileName: 'orders.txt', skipBadRows: true })) events.push(event);
    const orders = events.flatMap((e) => (e.type === 'batch' ? e.batch.orders.map((o) => o.orderId) : []));
    expect(orders).toEqual(['111-0000001-0000001', '111-0000003-0000003']);
    expect(events.filter((e) => e.type === 'skipped')).toHaveLength(1);
  });
});

describe('other reports', () => {
  it('order shipping report: expected ship and delivery dates, once per order', async () => {
    const { all, detected } = await parse('order-shipping.txt');
    expect(detected.kind).toBe('order-shipping');
    expect(all.orders).toEqual([
      { orderId: '112-0000001-0000001', purchaseTime: '2026-10-20T08:15:00.000Z', latestShipTime: '2026-10-22T06:59:59.000Z', latestDeliveryTime: '2026-10-29T06:59:59.000Z' },
      { orderId: '112-0000002-0000002', purchaseTime: '2026-10-22T06:59:59.000Z', latestShipTime: null, latestDeliveryTime: null },
    ]);
  });

  it('shipment confirmation: carrier code, else carrier name (CRLF file)', async () => {
    const { all, detected } = await parse('shipment-confirmation.txt');
    expect(detected.kind).toBe('shipment-confirmation');
    expect(all.shipments.map((s) => [s.carrier, s.trackingNumber, s.shipTime])).toEqual([
      ['USPS', '9400111899223344556677', '2026-10-23T15:00:00.000Z'],
      ['Yanwen', 'YW123456789CN', '2026-10-23T15:00:00.000Z'],
    ]);
  });

  it('feedback in US, German and Japanese (Shift_JIS) with their date formats', async () => {
    const us = await parse('feedback-us.txt');
    expect(us.detected).toMatchObject({ kind: 'feedback', marketplace: 'US' });
    expect(us.all.feedback).toEqual([
      { orderId: '112-0000001-0000001', date: '2026-10-25', rating: 1, comments: 'Boots run two sizes small, nobody answered my message', response: null, removed: false },
      { orderId: '112-0000003-0000003', date: '2026-10-03', rating: 5, comments: 'Great lamp', response: null, removed: false },
    ]);
    const uk = await parse('feedback-us.txt', { marketplace: 'UK' }).catch((err: AppError) => err);
    expect(uk).toBeInstanceOf(AppError); // 10/25/26 read as day/month/year has no month 25
    const de = await parse('feedback-de.txt');
    expect(de.detected).toMatchObject({ marketplace: 'DE' });
    expect(de.all.feedback[0]).toMatchObject({ orderId: '302-0000009-0000009', date: '2026-10-25', rating: 2 });
    const jp = await parse('feedback-jp.txt', { marketplace: 'JP' });
    expect(jp.detected).toMatchObject({ kind: 'feedback', encoding: 'shift_jis', marketplace: 'JP' });
    expect(jp.all.feedback[0]).toMatchObject({ orderId: '503-0000008-0000008', date: '2026-10-25', rating: 1, comments: '商品説明と違うサイズでした' });
    const bad = await problemOf('feedback-bad-date.txt');
    expect(bad.place).toEqual({ file: 'feedback-bad-date.txt', line: 2, column: 1 });
  });

  it('claims template, with quoted fields', async () => {
    const { all, detected } = await parse('claims.csv');
    expect(detected.kind).toBe('claims');
    expect(all.claims).toEqual([
      { orderId: '112-0000001-0000001', kind: 'a-to-z', date: '2026-10-28', status: 'open', reason: null },
      { orderId: '112-0000003-0000003', kind: 'chargeback', date: '2026-10-29', status: 'granted', reason: 'service' },
      { orderId: '112-0000002-0000002', kind: 'chargeback', date: '2026-10-30', status: 'denied', reason: 'fraud' },
    ]);
    const bad = await problemOf('claims-bad-type.csv');
    expect(bad.place).toEqual({ file: 'claims-bad-type.csv', line: 2, column: 2 });
  });

  it('settlement: A-to-z and chargeback refunds become granted claims, one per order', async () => {
    const { all, detected } = await parse('settlement.txt');
    expect(detected.kind).toBe('settlement');
    expect(all.claims).toEqual([
      { orderId: '112-0000001-0000001', kind: 'a-to-z', date: '2026-10-28', status: 'granted', reason: null, amount: -3098, currency: 'USD' },
      { orderId: '112-0000004-0000004', kind: 'chargeback', date: '2026-10-29', status: 'granted', reason: 'service', amount: -1850, currency: 'USD' },
    ]);
  });

  it('returns report, by header names in any spelling', async () => {
    const { all, detected } = await parse('returns.txt');
    expect(detected.kind).toBe('returns');
    expect(all.returns).toEqual([
      { orderId: '112-0000001-0000001', returnDate: '2026-10-26', sku: 'BOOT-10-RED', asin: 'B0C1234567', productName: 'Kids Rain Boots, Size 10', quantity: 1, reason: 'Too small', customerComments: null, status: 'Approved' },
    ]);
  });

  it("account health report: Amazon's figures in both spellings", async () => {
    const { all, detected } = await parse('account-health.json', { reportDate: '2026-11-01' });
    expect(detected.kind).toBe('account-health');
    const report = all.healthReports[0]!;
    expect(report).toMatchObject({ reportDate: '2026-11-01', marketplaceId: 'ATVPDKIKX0DER', accountStatus: 'AT_RISK', ahrScore: 180 });
    expect(report.metrics['orderDefectRate.mfn']).toMatchObject({ rate: 0.0278, target: 0.01, orderCount: 612, defectCount: 17, from: '2026-08-20', to: '2026-10-18' });
    expect(report.metrics.preFulfillmentCancelRate).toMatchObject({ rate: 0.0125, defectCount: 1 });
    expect((report.raw as { performanceMetrics: { warningStates: string[] }[] }).performanceMetrics[0]!.warningStates).toEqual(['ODR_BREACH']);
  });

  it('Orders API pages: ship-by window, packages, who cancelled', async () => {
    const { all, detected } = await parse('orders-api-pages.json');
    expect(detected.kind).toBe('orders-api');
    expect(all.orders).toEqual([
      { orderId: '112-0000005-0000005', purchaseTime: '2026-10-24T10:00:00.000Z', status: 'shipped', channel: 'mfn', latestShipTime: '2026-10-26T06:59:59.000Z' },
      { orderId: '112-0000006-0000006', purchaseTime: '2026-10-25T10:00:00.000Z', status: 'cancelled', channel: 'mfn', cancelledBy: 'buyer' },
    ]);
    expect(all.shipments).toEqual([{ orderId: '112-0000005-0000005', shipTime: '2026-10-27T01:00:00.000Z', carrier: 'UPS', trackingNumber: '1Z999AA10123456784', orderItemId: '1', shipMethod: null }]);
  });

  it('tells what it does not recognise', async () => {
    const bytes = new TextEncoder().encode('name\tcolour\nboots\tred\n');
    const run = async () => {
      for await (const _ of parseReport(chunked(bytes, 100), { fileName: 'notes.txt' })) void _;
    };
    await expect(run()).rejects.toThrow(/not a report Reinstate knows/);
  });
});
