import type { ColumnType, Generated } from 'kysely';
import type { PeopleCasesPlansTables } from './database-people.ts';
import type { StoredItem } from './stores/order-items-column.ts';

/**
 * The tables as Kysely sees them. Instants (timestamptz) come back as Date from both back ends
 * and are written as ISO strings; calendar dates (date) come back as "YYYY-MM-DD" strings
 * (see type-parsers.ts); bigint columns come back as numbers.
 */
type Instant = ColumnType<Date, Date | string, Date | string>;
type InstantDefaultNow = ColumnType<Date, Date | string | undefined, Date | string>;
type CalendarDate = ColumnType<string, string, string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface WorkspacesTable {
  id: Generated<string>;
  name: string;
  /** Exactly one workspace is the default (a unique partial index), created at first open. */
  is_default: Generated<boolean>;
  created_at: InstantDefaultNow;
}

export interface SellerAccountsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  marketplaces: ColumnType<string[], string[] | undefined, string[]>;
  time_zone: Generated<string>;
  created_at: InstantDefaultNow;
  updated_at: InstantDefaultNow;
  version: Generated<number>;
}

export interface ImportsTable {
  id: Generated<string>;
  account_id: string;
  kind: string;
  file_name: string;
  sha256: string;
  encoding: string | null;
  marketplace: string | null;
  rows: number;
  skipped: number;
  summary: Json;
  created_at: InstantDefaultNow;
}

export interface OrdersTable {
  account_id: string;
  order_id: string;
  purchase_time: Instant | null;
  status: string | null;
  channel: string | null;
  latest_ship_time: Instant | null;
  latest_delivery_time: Instant | null;
  cancelled_by: string | null;
  /** The order's items (order-items-column.ts), or null when no file has listed them. */
  items: ColumnType<StoredItem[] | null, string | null | undefined, string | null>;
  updated_at: InstantDefaultNow;
}

/** Orders per purchase date (UTC), channel, cancellation and latest ship date (migration 0005); kept by triggers. */
export interface OrderCountsTable {
  account_id: string;
  purchase_date: CalendarDate;
  channel: string | null;
  cancelled: boolean;
  latest_ship_date: CalendarDate | null;
  orders: number;
}

export interface ShipmentsTable {
  account_id: string;
  order_id: string;
  ship_time: Instant;
  carrier: string;
  tracking_number: string;
  /** '' when the file names no item: part of the unique key, where NULL would never be equal. */
  order_item_id: string;
  quantity: number | null;
  ship_method: string | null;
}

export interface FeedbackTable {
  account_id: string;
  order_id: string;
  date: CalendarDate;
  rating: number;
  comments: string | null;
  response: string | null;
  removed: boolean;
}

export interface ClaimsTable {
  account_id: string;
  order_id: string;
  kind: string;
  date: CalendarDate;
  status: string;
  reason: string | null;
  amount: number | null;
  currency: string | null;
}

export interface ReturnsTable {
  account_id: string;
  order_id: string;
  return_date: CalendarDate;
  /** '' when the file names no SKU (part of the unique key). */
  sku: string;
  asin: string | null;
  product_name: string | null;
  quantity: number | null;
  reason: string | null;
  customer_comments: string | null;
  status: string | null;
}

export interface HealthReportsTable {
  account_id: string;
  report_date: CalendarDate;
  data: Json;
  summary: Json;
}

export interface Database extends PeopleCasesPlansTables {
  workspaces: WorkspacesTable;
  seller_accounts: SellerAccountsTable;
  imports: ImportsTable;
  orders: OrdersTable;
  order_counts: OrderCountsTable;
  shipments: ShipmentsTable;
  feedback: FeedbackTable;
  claims: ClaimsTable;
  returns: ReturnsTable;
  health_reports: HealthReportsTable;
}
