import { describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics.ts';
import { statusOver, statusUnder } from './metrics-config.ts';
import type { MetricsInput } from './order-facts.ts';
import { claim, feedback, order, orderId, shipment } from './test-records.ts';

const asOf = '2026-11-01';
const empty: MetricsInput = { orders: [], shipments: [], feedback: [], claims: [] };
const run = (input: Partial<MetricsInput>) => computeMetrics({ ...empty, ...input }, { account: 'demo-store', asOf });

describe('windows', () => {
  it('follow METRICS.md for asOf 2026-11-01', () => {
    const report = run({});
    expect(report.orderDefectRate.all.window).toEqual({ from: '2026-08-20', to: '2026-10-18' });
    expect(report.lateShipmentRate['10d'].window).toEqual({ from: '2026-10-23', to: '2026-11-01' });
    expect(report.lateShipmentRate['30d'].window).toEqual({ from: '2026-10-03', to: '2026-11-01' });
    expect(report.preFulfillmentCancelRate.window).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(report.validTrackingRate.window).toEqual({ from: '2026-10-03', to: '2026-11-01' });
  });

  it('give null rates and no-data when nothing is counted', () => {
    const report = run({});
    expect(report.orderDefectRate.all).toMatchObject({ orders: 0, defects: 0, rate: null, status: 'no-data' });
    expect(report.validTrackingRate).toMatchObject({ shipments: 0, rate: null, status: 'no-data' });
    expect(report.orderDefectRate.projection.belowTargetOn).toBe(asOf);
    expect(report.reserve).toEqual([]);
  });
});

describe('exact comparisons with the target', () => {
  it('treat a rate equal to the target as a breach, in integers', () => {
    expect(statusUnder(1, 100, 100)).toBe('breach'); // ODR exactly 1%
    expect(statusUnder(1, 101, 100)).toBe('ok');
    expect(statusUnder(1, 40, 250)).toBe('breach'); // cancellation exactly 2.5%
    expect(statusOver(95, 100, 9500)).toBe('breach'); // valid tracking exactly 95%
    expect(statusOver(96, 100, 9500)).toBe('ok');
  });
});

describe('Order Defect Rate', () => {
  // Window 2026-08-20..2026-10-18 by purchase date.
  const input: Partial<MetricsInput> = {
    orders: [
      order(1, '2026-08-20T00:00:00Z'), // first day: in; negative feedback → defect
      order(2, '2026-08-19T23:59:59Z'), // the day before: out
      order(3, '2026-10-18T23:00:00Z', { channel: 'afn' }), // last day: in; feedback 2 and a claim → one defect
      order(4, '2026-10-19T01:00:00Z', { channel: 'afn' }), // the day after: out
      order(5, '2026-09-10T10:00:00Z'), // feedback removed: no defect
      order(6, '2026-09-11T10:00:00Z'), // claim denied: no defect
      order(7, '2026-09-12T10:00:00Z'), // fraud chargeback: no defect
      order(8, '2026-09-13T10:00:00Z', { status: 'cancelled' }), // service chargeback granted: defect (any status counts)
      order(9, '2026-09-14T10:00:00Z'), // feedback dated after asOf: does not exist yet
      order(10, '2026-09-15T10:00:00Z', { channel: undefined }), // no channel: counts in "all" only; open claim → defect
      order(11, '2026-11-02T10:00:00Z'), // purchased after asOf: does not exist
    ],
    feedback: [feedback(1, '2026-09-01', 1), feedback(2, '2026-09-01', 1), feedback(3, '2026-10-20', 2), feedback(5, '2026-09-20', 1, true), feedback(9, '2026-11-02', 1)],
    claims: [
      claim(3, '2026-10-25', 'a-to-z', 'open'),
      claim(4, '2026-10-25', 'a-to-z', 'granted'),
      claim(6, '2026-10-01', 'a-to-z', 'denied'),
      claim(7, '2026-10-01', 'chargeback', 'open', 'fraud'),
      claim(8, '2026-10-01', 'chargeback', 'granted', 'service'),
      claim(10, '2026-10-01', 'a-to-z', 'open'),
    ],
  };

  it('counts each defective order once, per channel, with components', () => {
    const odr = run(input).orderDefectRate;
    // all: orders 1,3,5,6,7,8,9,10 = 8; defects 1,3,8,10 = 4
    expect(odr.all).toMatchObject({ orders: 8, defects: 4, rate: 0.5, target: 0.01, status: 'breach' });
    expect(odr.all.components).toEqual({ negativeFeedback: 2, claims: 2, chargebacks: 1 });
    expect(odr.all.orderIds).toEqual([orderId(1), orderId(3), orderId(8), orderId(10)]);
    // mfn: 1,5,6,7,8,9 = 6; defects 1,8
    expect(odr.mfn).toMatchObject({ orders: 6, defects: 2, components: { negativeFeedback: 1, claims: 0, chargebacks: 1 } });
    // afn: 3 only, with feedback and claim: one defect, both components
    expect(odr.afn).toMatchObject({ orders: 1, defects: 1, rate: 1, components: { negativeFeedback: 1, claims: 1, chargebacks: 0 } });
  });

  it('gives the figures as they stood on an earlier asOf', () => {
    // On 2026-09-30 the window is 2026-07-19..2026-09-16; claims and feedback dated after that day do not exist.
    const report = computeMetrics({ ...empty, ...input }, { account: 'demo-store', asOf: '2026-09-30' });
    // orders 1, 2 (08-19 is inside this window), 5, 6, 7, 8, 9, 10 = 8 (3 and 4 are after the window end).
    // Defects: 1 and 2 (feedback 09-01); 8 and 10 (claims 10-01) do not exist yet.
    expect(report.orderDefectRate.all).toMatchObject({ orders: 8, defects: 2, orderIds: [orderId(1), orderId(2)] });
  });
});

describe('recovery projection', () => {
  it('waits for the defect to leave the window when volume alone cannot dilute it', () => {
    // 1 defect among 20 orders on 10-18 (5%); 10 more orders on 10-25. Recent 30 days hold 30 orders: 1 a day.
    // Day asOf+k (k ≥ 15) counts 20 + 10 + (k − 14) orders while 10-18 is in the window; it leaves at k = 60,
    // when 0 defects remain. At k = 59: 1/75 = 1.33 %, still a breach. So 2026-11-01 + 60 = 2026-12-31.
    const orders = [
      ...Array.from({ length: 20 }, (_, i) => order(100 + i, '2026-10-18T12:00:00Z')),
      ...Array.from({ length: 10 }, (_, i) => order(200 + i, '2026-10-25T12:00:00Z')),
    ];
    const report = run({ orders, feedback: [feedback(100, '2026-10-20', 1)] });
    expect(report.orderDefectRate.all).toMatchObject({ orders: 20, defects: 1, status: 'breach' });
    expect(report.orderDefectRate.projection.belowTargetOn).toBe('2026-12-31');
  });

  it('counts fractional projected orders without rounding', () => {
    // 1 defect among 5 orders on 10-18; 40 orders on 10-25; recent 45 orders: 1.5 a day.
    // Orders on day asOf+k (15 ≤ k < 60): 45 + 1.5 (k − 14). Below 1 % needs more than 100 orders:
    // k = 50 gives 99 (1.0101 %), k = 51 gives 100.5 (0.995 %). 2026-11-01 + 51 = 2026-12-22.
    const orders = [
      ...Array.from({ length: 5 }, (_, i) => order(100 + i, '2026-10-18T12:00:00Z')),
      ...Array.from({ length: 40 }, (_, i) => order(200 + i, '2026-10-25T12:00:00Z')),
    ];
    const report = run({ orders, claims: [claim(100, '2026-10-20', 'a-to-z', 'open')] });
    expect(report.orderDefectRate.projection.belowTargetOn).toBe('2026-12-22');
  });
});

describe('Late Shipment Rate', () => {
  // Now = 2026-11-02T00:00Z. 10d window 10-23..11-01, 30d window 10-03..11-01, by expected ship date.
  const input: Partial<MetricsInput> = {
    orders: [
      order(1, '2026-10-21T08:00:00Z', { latestShipTime: '2026-10-23T10:00:00Z' }), // shipped 09:00: on time
      order(2, '2026-10-20T08:00:00Z', { latestShipTime: '2026-10-22T23:59:59Z' }), // 30d only; shipped later: late
      order(3, '2026-10-30T08:00:00Z', { latestShipTime: '2026-11-01T20:00:00Z', status: 'unshipped' }), // unshipped, past due before now: late
      order(4, '2026-10-31T08:00:00Z', { latestShipTime: '2026-11-02T05:00:00Z', status: 'unshipped' }), // expected after the window: out
      order(5, '2026-10-23T08:00:00Z', { latestShipTime: '2026-10-25T00:00:00Z' }), // first shipment 10-24 on time (second is late)
      order(6, '2026-10-23T08:00:00Z', { latestShipTime: '2026-10-25T00:00:00Z', status: 'cancelled' }), // cancelled: out
      order(7, '2026-10-24T08:00:00Z'), // no expected ship date: missing, left out
      order(8, '2026-10-28T08:00:00Z', { latestShipTime: '2026-10-30T00:00:00Z' }), // only shipment after now: unshipped, late
      order(9, '2026-10-28T08:00:00Z', { latestShipTime: '2026-10-30T00:00:00Z', channel: 'afn' }), // afn: out
    ],
    shipments: [
      shipment(1, '2026-10-23T09:00:00Z'),
      shipment(2, '2026-10-24T09:00:00Z'),
      shipment(5, '2026-10-26T09:00:00Z'),
      shipment(5, '2026-10-24T09:00:00Z'),
      shipment(8, '2026-11-02T01:00:00Z'),
    ],
  };

  it('counts late and unshipped-past-due orders by expected ship date', () => {
    const lsr = run(input).lateShipmentRate;
    expect(lsr['10d']).toMatchObject({ orders: 4, late: 2, rate: 0.5, missingExpectedShipDate: 1, status: 'breach' });
    expect(lsr['10d'].orderIds).toEqual([orderId(3), orderId(8)]);
    expect(lsr['30d']).toMatchObject({ orders: 5, late: 3, rate: 0.6, missingExpectedShipDate: 1 });
    expect(lsr['30d'].orderIds).toEqual([orderId(2), orderId(3), orderId(8)]);
  });
});

describe('Pre-fulfillment Cancel Rate', () => {
  it('counts seller and unknown cancellations of seller-fulfilled orders in 7 days', () => {
    const report = run({
      orders: [
        order(1, '2026-10-26T01:00:00Z', { status: 'cancelled', cancelledBy: 'seller' }),
        order(2, '2026-10-27T01:00:00Z', { status: 'cancelled', cancelledBy: 'buyer' }),
        order(3, '2026-10-28T01:00:00Z', { status: 'cancelled' }),
        order(4, '2026-10-25T23:00:00Z', { status: 'cancelled', cancelledBy: 'seller' }),
        order(5, '2026-10-29T01:00:00Z', { status: 'cancelled', channel: 'afn' }),
        order(6, '2026-11-01T23:59:59Z'),
      ],
    });
    expect(report.preFulfillmentCancelRate).toMatchObject({ orders: 4, cancelled: 2, rate: 0.5, target: 0.025, status: 'breach', orderIds: [orderId(1), orderId(3)] });
  });
});

describe('Valid Tracking Rate', () => {
  it('judges each order by its first shipment confirmed in the window', () => {
    const orders = [1, 2, 3, 4, 6, 7].map((n) => order(n, '2026-09-30T00:00:00Z')).concat(order(5, '2026-09-30T00:00:00Z', { channel: 'afn' }));
    const report = run({
      orders,
      shipments: [
        shipment(1, '2026-10-03T00:00:00Z'), // first day: valid
        shipment(2, '2026-10-02T23:59:59Z'), // before the window
        shipment(3, '2026-10-10T00:00:00Z', { trackingNumber: '   ' }), // first shipment blank tracking: invalid
        shipment(3, '2026-10-11T00:00:00Z'),
        shipment(4, '2026-10-12T00:00:00Z', { trackingNumber: '' }), // two at the same instant: valid if any is
        shipment(4, '2026-10-12T00:00:00Z'),
        shipment(5, '2026-10-12T00:00:00Z'), // afn: out
        shipment(6, '2026-11-02T00:00:00Z'), // at "now": does not exist yet
        shipment(7, '2026-10-20T00:00:00Z', { carrier: ' ' }), // blank carrier: invalid
      ],
    });
    expect(report.validTrackingRate).toMatchObject({ shipments: 4, valid: 2, rate: 0.5, target: 0.95, status: 'breach', orderIds: [orderId(3), orderId(7)] });
  });
});

describe('reserve estimate', () => {
  it('sums gross sales of 14 days per currency, discounts with either sign, cancelled lines left out', () => {
    const item = (currency: string, itemPrice: number, more: Record<string, unknown> = {}) => ({
      currency, itemPrice, shippingPrice: 0, giftWrapPrice: 0, itemPromotionDiscount: 0, shipPromotionDiscount: 0, ...more,
    });
    const report = run({
      orders: [
        // 1000 + 500 + 100 − 200 − 300 = 1100 cents; the cancelled line is left out
        order(1, '2026-10-19T00:00:00Z', { items: [item('USD', 1000, { shippingPrice: 500, giftWrapPrice: 100, itemPromotionDiscount: -200, shipPromotionDiscount: 300 }), item('USD', 5000, { itemStatus: 'Cancelled' })] }),
        order(2, '2026-10-25T00:00:00Z', { status: 'cancelled', items: [item('USD', 9999)] }),
        order(3, '2026-11-01T12:00:00Z', { items: [item('EUR', 1234)] }),
        order(4, '2026-10-18T23:59:59Z', { items: [item('USD', 7777)] }),
        order(5, '2026-10-30T00:00:00Z', { items: [item('USD', 250, { itemPromotionDiscount: 50 })] }), // 200 cents
      ],
    });
    expect(report.reserve).toEqual([
      { currency: 'EUR', grossSales: 12.34 },
      { currency: 'USD', grossSales: 13 },
    ]);
  });
});
