import type { ClaimRecord, FeedbackRecord, OrderRecord, ShipmentRecord } from '../records/records.ts';
import { dayOfDate, dayOfInstant, endOfDayMs } from './calendar-days.ts';

/** The records metrics are computed from; a store loads only the window it needs. */
export interface MetricsInput {
  orders: OrderRecord[];
  shipments: ShipmentRecord[];
  feedback: FeedbackRecord[];
  claims: ClaimRecord[];
  /** Orders handed over as counts instead of records (see OrderGroup); none when absent. */
  orderGroups?: OrderGroup[];
}

/**
 * Orders that only count: how many were purchased on a date, per channel, cancelled or not,
 * with their expected ship date. A store may send these instead of the records (a large
 * account's older orders) for orders that can be in no numerator and in no window but the
 * purchase-date windows of ODR, the projection and Late Shipment's missing ship dates: no
 * feedback or claim, no shipment in or after the Valid Tracking and Late Shipment windows, an
 * expected ship date (if any) before those windows, a purchase date before the Pre-fulfillment
 * Cancel and reserve windows. Every figure is then the same as from the records.
 */
export interface OrderGroup {
  purchaseDate: string;
  channel: OrderRecord['channel'] | null;
  cancelled: boolean;
  latestShipDate: string | null;
  orders: number;
}

/**
 * One order as the metrics see it on a given asOf date, derived once so every metric and every
 * projected day reads the same facts. An order without a purchase time is in no purchase-date
 * window; one without a channel counts only in the "all" figures.
 */
export interface OrderFacts {
  orderId: string;
  purchaseDay: number | null;
  channel: OrderRecord['channel'] | null;
  cancelled: boolean;
  cancelledBy: OrderRecord['cancelledBy'] | null;
  latestShipMs: number | null;
  /** The earliest shipment before "now", if any. */
  firstShipMs: number | null;
  /** Valid tracking on the first shipment (several at that instant: valid if any is). */
  firstShipValid: boolean;
  negativeFeedback: boolean;
  claim: boolean;
  chargeback: boolean;
  record: OrderRecord;
  /** How many orders these facts stand for: 1, or the size of an OrderGroup. */
  count: number;
}

const blank = (value: string | null | undefined) => (value ?? '').trim() === '';
const claimCounts = (status: string) => status !== 'denied' && status !== 'withdrawn';

/** Applies "nothing after asOf exists" and indexes everything by order once. */
export function orderFactsAsOf(input: MetricsInput, asOf: number): Map<string, OrderFacts> {
  const now = endOfDayMs(asOf);
  const facts = new Map<string, OrderFacts>();
  for (const order of input.orders) {
    const purchaseDay = order.purchaseTime ? dayOfInstant(order.purchaseTime) : null;
    if (purchaseDay !== null && purchaseDay > asOf) continue;
    facts.set(order.orderId, {
      orderId: order.orderId,
      purchaseDay,
      channel: order.channel ?? null,
      cancelled: order.status === 'cancelled',
      cancelledBy: order.cancelledBy ?? null,
      latestShipMs: order.latestShipTime ? Date.parse(order.latestShipTime) : null,
      firstShipMs: null,
      firstShipValid: false,
      negativeFeedback: false,
      claim: false,
      chargeback: false,
      record: order,
      count: 1,
    });
  }
  // Keys that no order id can take: a group is never found by an order id.
  for (const [index, group] of (input.orderGroups ?? []).entries()) {
    const purchaseDay = dayOfDate(group.purchaseDate);
    if (purchaseDay > asOf || group.orders <= 0) continue;
    facts.set(`group ${index}`, {
      orderId: '',
      purchaseDay,
      channel: group.channel ?? null,
      cancelled: group.cancelled,
      cancelledBy: null,
      latestShipMs: group.latestShipDate === null ? null : dayOfDate(group.latestShipDate) * 86_400_000,
      firstShipMs: null,
      firstShipValid: false,
      negativeFeedback: false,
      claim: false,
      chargeback: false,
      record: { orderId: '' },
      count: group.orders,
    });
  }
  for (const shipment of input.shipments) {
    const order = facts.get(shipment.orderId);
    const at = Date.parse(shipment.shipTime);
    if (!order || !(at < now)) continue;
    const valid = !blank(shipment.trackingNumber) && !blank(shipment.carrier);
    if (order.firstShipMs === null || at < order.firstShipMs) {
      order.firstShipMs = at;
      order.firstShipValid = valid;
    } else if (at === order.firstShipMs) {
      order.firstShipValid ||= valid;
    }
  }
  for (const feedback of input.feedback) {
    const order = facts.get(feedback.orderId);
    if (order && dayOfDate(feedback.date) <= asOf && feedback.rating <= 2 && !feedback.removed) order.negativeFeedback = true;
  }
  for (const claim of input.claims) {
    const order = facts.get(claim.orderId);
    if (!order || dayOfDate(claim.date) > asOf || !claimCounts(claim.status)) continue;
    if (claim.kind === 'a-to-z') order.claim = true;
    else if (claim.kind === 'chargeback' && claim.reason === 'service') order.chargeback = true;
  }
  return facts;
}

export const isDefective = (order: OrderFacts): boolean => order.negativeFeedback || order.claim || order.chargeback;
