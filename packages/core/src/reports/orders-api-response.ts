import type { CancelledBy, OrderRecord, ShipmentRecord } from '../records/records.ts';
import { instantValue, orderIdValue, orderStatusValue, RowProblem } from './field-values.ts';

type Json = Record<string, unknown>;
const object = (value: unknown): Json | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const string = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** Orders API (2026-01-01) searchOrders responses: one page `{ orders: [...] }`, or an array of pages. */
export function isOrdersApiResponse(json: unknown): boolean {
  const pages = Array.isArray(json) ? json : [json];
  return pages.length > 0 && pages.every((page) => Array.isArray(object(page)?.orders));
}

const cancelledByOf = (value: string | undefined): CancelledBy | null => {
  const v = value?.toLowerCase();
  if (!v) return null;
  return v === 'seller' || v === 'merchant' ? 'seller' : v === 'buyer' || v === 'customer' ? 'buyer' : v === 'amazon' || v === 'system' ? 'amazon' : 'unknown';
};

/** Orders (ship-by window, status, channel, who cancelled) and their packages as shipments. */
export function readOrdersApiResponse(json: unknown): { orders: OrderRecord[]; shipments: ShipmentRecord[] } {
  const pages = Array.isArray(json) ? json : [json];
  const orders: OrderRecord[] = [];
  const shipments: ShipmentRecord[] = [];
  pages.forEach((page, pageIndex) => {
    ((object(page)?.orders as unknown[]) ?? []).forEach((entry, orderIndex) => {
      const where = `page ${pageIndex + 1}, order ${orderIndex + 1}`;
      const raw = object(entry);
      if (!raw) throw new RowProblem(undefined, `${where} is not an object`);
      const orderId = orderIdValue(string(raw.orderId) ?? '', 1, `${where}: orderId`);
      const fulfillment = object(raw.fulfillment);
      const fulfilledBy = string(fulfillment?.fulfilledBy)?.toUpperCase();
      const status = string(fulfillment?.fulfillmentStatus);
      const items = ((raw.orderItems as unknown[]) ?? []).map(object);
      const cancelledBy = items
        .map((item) => cancelledByOf(string(object(object(item?.cancellation)?.cancellationExecution)?.cancelledBy) ?? string(object(object(item?.cancellation)?.cancellationRequest)?.requester)))
        .find((by) => by !== null);
      const shipBy = string(object(fulfillment?.shipByWindow)?.latestDateTime);
      const deliverBy = string(object(fulfillment?.deliverByWindow)?.latestDateTime);
      const created = string(raw.createdTime);
      orders.push({
        orderId,
        ...(created ? { purchaseTime: instantValue(created, 1, `${where}: createdTime`) } : {}),
        ...(status ? { status: orderStatusValue(status.replace(/_/g, '')) } : {}),
        ...(fulfilledBy === 'MERCHANT' ? { channel: 'mfn' as const } : fulfilledBy === 'AMAZON' ? { channel: 'afn' as const } : {}),
        ...(shipBy ? { latestShipTime: instantValue(shipBy, 1, `${where}: shipByWindow`) } : {}),
        ...(deliverBy ? { latestDeliveryTime: instantValue(deliverBy, 1, `${where}: deliverByWindow`) } : {}),
        ...(cancelledBy ? { cancelledBy } : {}),
      });
      for (const pkg of ((raw.packages as unknown[]) ?? []).map(object)) {
        const shipTime = string(pkg?.shipTime);
        if (!pkg || !shipTime) continue;
        shipments.push({
          orderId,
          shipTime: instantValue(shipTime, 1, `${where}: packages.shipTime`),
          carrier: string(pkg.carrier) ?? '',
          trackingNumber: string(pkg.trackingNumber) ?? '',
          orderItemId: string(pkg.packageReferenceId) ?? null,
          shipMethod: string(pkg.shippingService) ?? null,
        });
      }
    });
  });
  return { orders, shipments };
}
