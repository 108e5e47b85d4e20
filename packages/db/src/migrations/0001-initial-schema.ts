import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Workspaces, seller accounts and everything imported from a seller's files. Every record
 * belongs to an account and every account to a workspace, so data isolation can check
 * ownership in one join.
 *
 * The record tables (orders, items, shipments, feedback, claims, returns) hold millions of
 * rows and are written in bulk, so they carry no foreign keys: on PGlite a foreign-key check
 * costs about 10 µs a row, a third of an import. The stores write them only with an account
 * id they looked up, and accountStore.delete removes them with the account. Records that
 * reference an order the account has not seen are kept and reported, never dropped: files
 * arrive in any order.
 */
export const initialSchema: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      create table workspaces (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        is_default boolean not null default false,
        created_at timestamptz not null default now()
      );
      create unique index workspaces_one_default on workspaces (is_default) where is_default;

      create table seller_accounts (
        id uuid primary key default gen_random_uuid(),
        workspace_id uuid not null references workspaces (id) on delete cascade,
        name text not null,
        marketplaces text[] not null default '{}',
        time_zone text not null default 'America/Los_Angeles',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        unique (workspace_id, name)
      );

      create table imports (
        id uuid primary key default gen_random_uuid(),
        account_id uuid not null references seller_accounts (id) on delete cascade,
        kind text not null,
        file_name text not null,
        sha256 text not null,
        encoding text,
        marketplace text,
        rows integer not null,
        skipped integer not null default 0,
        summary jsonb not null default '{}',
        created_at timestamptz not null default now()
      );
      create index imports_account_created on imports (account_id, created_at);

      create table orders (
        account_id uuid not null,
        order_id text not null,
        purchase_time timestamptz,
        status text,
        channel text,
        latest_ship_time timestamptz,
        latest_delivery_time timestamptz,
        cancelled_by text,
        updated_at timestamptz not null default now(),
        primary key (account_id, order_id)
      );
      create index orders_account_purchase on orders (account_id, purchase_time);
      create index orders_account_latest_ship on orders (account_id, latest_ship_time);

      create table order_items (
        account_id uuid not null,
        order_id text not null,
        line_no integer not null,
        sku text,
        asin text,
        product_name text,
        quantity integer,
        item_status text,
        currency text not null,
        item_price bigint not null,
        shipping_price bigint not null default 0,
        gift_wrap_price bigint not null default 0,
        item_promotion_discount bigint not null default 0,
        ship_promotion_discount bigint not null default 0,
        primary key (account_id, order_id, line_no)
      );

      create table shipments (
        account_id uuid not null,
        order_id text not null,
        ship_time timestamptz not null,
        carrier text not null default '',
        tracking_number text not null default '',
        order_item_id text not null default '',
        quantity integer,
        ship_method text,
        primary key (account_id, order_id, ship_time, tracking_number, order_item_id)
      );
      create index shipments_account_ship_time on shipments (account_id, ship_time);

      create table feedback (
        account_id uuid not null,
        order_id text not null,
        date date not null,
        rating smallint not null,
        comments text,
        response text,
        removed boolean not null default false,
        primary key (account_id, order_id)
      );

      create table claims (
        account_id uuid not null,
        order_id text not null,
        kind text not null,
        date date not null,
        status text not null,
        reason text,
        amount bigint,
        currency text,
        primary key (account_id, order_id, kind)
      );

      create table returns (
        account_id uuid not null,
        order_id text not null,
        return_date date not null,
        sku text not null default '',
        asin text,
        product_name text,
        quantity integer,
        reason text,
        customer_comments text,
        status text,
        primary key (account_id, order_id, return_date, sku)
      );

      create table health_reports (
        account_id uuid not null references seller_accounts (id) on delete cascade,
        report_date date not null,
        data jsonb not null,
        summary jsonb not null,
        primary key (account_id, report_date)
      );
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`
      drop table health_reports, returns, claims, feedback, shipments, order_items, orders,
        imports, seller_accounts, workspaces;
    `.execute(db);
  },
};
