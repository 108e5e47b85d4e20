/**
 * Normalised records: what every importer produces and what metrics, drafting and the
 * database work with. Times are ISO-8601 instants in UTC ("2026-10-01T12:00:00.000Z");
 * dates are "YYYY-MM-DD" (UTC calendar dates). Money is in minor units (cents) as integers,
 * so that sums are exact.
 */
export type Channel = 'mfn' | 'afn';
export type CancelledBy = 'seller' | 'buyer' | 'amazon' | 'unknown';
/** `pending`, `unshipped`, `shipped`, `cancelled`, or another status kept as given. */
export type OrderStatus = string;

export interface OrderItem {
  sku?: string | null;
  asin?: string | null;
  productName?: string | null;
  quantity?: number | null;
  /** Status of this line ("Cancelled", "Shipped", ...) as given, when the file has one. */
  itemStatus?: string | null;
  currency: string;
  /** Line total in minor units (Amazon's item-price is already the line total). */
  itemPrice: number;
  shippingPrice: number;
  giftWrapPrice: number;
  /** Discounts in minor units; files carry them with either sign. */
  itemPromotionDiscount: number;
  shipPromotionDiscount: number;
}

/**
 * An order as one file knows it. Fields a file does not carry are left undefined, and the
 * store keeps what it already had for them (a shipping report adds ship-by dates to an order
 * first seen in an All Orders report, and a later file updates the status).
 */
export interface OrderRecord {
  orderId: string;
  purchaseTime?: string;
  status?: OrderStatus;
  channel?: Channel;
  latestShipTime?: string | null;
  latestDeliveryTime?: string | null;
  cancelledBy?: CancelledBy | null;
  /** When present, the complete list of the order's items in this file (replaces earlier ones). */
  items?: OrderItem[];
}

export interface ShipmentRecord {
  orderId: string;
  shipTime: string;
  carrier: string;
  trackingNumber: string;
  orderItemId?: string | null;
  quantity?: number | null;
  shipMethod?: string | null;
}

export interface FeedbackRecord {
  orderId: string;
  date: string;
  rating: number;
  comments?: string | null;
  response?: string | null;
  removed: boolean;
}

export type ClaimKind = 'a-to-z' | 'chargeback';
export type ClaimStatus = 'open' | 'granted' | 'denied' | 'withdrawn' | 'closed';
export interface ClaimRecord {
  orderId: string;
  kind: ClaimKind;
  date: string;
  status: ClaimStatus;
  /** Chargebacks only. */
  reason?: 'service' | 'fraud' | null;
  /** Amount in minor units, when the source gives one (settlement report). */
  amount?: number | null;
  currency?: string | null;
}

export interface ReturnRecord {
  orderId: string;
  returnDate: string;
  sku?: string | null;
  asin?: string | null;
  productName?: string | null;
  quantity?: number | null;
  reason?: string | null;
  customerComments?: string | null;
  status?: string | null;
}

/** Amazon's own figures from one account health report (GET_V2_SELLER_PERFORMANCE_REPORT). */
export interface HealthReportRecord {
  /** The date the report was imported for (reports carry no single date of their own). */
  reportDate: string;
  marketplaceId?: string | null;
  accountStatus?: string | null;
  ahrScore?: number | null;
  /** Metric id → Amazon's figure: rate (0-1), target, status, window, counts as reported. */
  metrics: Record<string, AmazonMetricFigure>;
  /** The whole document as parsed, unknown fields kept. */
  raw: unknown;
}

export interface AmazonMetricFigure {
  rate?: number | null;
  target?: number | null;
  status?: string | null;
  orderCount?: number | null;
  defectCount?: number | null;
  from?: string | null;
  to?: string | null;
}
