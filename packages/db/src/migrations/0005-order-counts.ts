import { sql, type Kysely, type Migration } from 'kysely';

/** An order's key in order_counts, from a row of `orders` (or of a transition table of it). */
const countKey = `account_id, (purchase_time at time zone 'UTC')::date, channel, coalesce(status = 'cancelled', false), (latest_ship_time at time zone 'UTC')::date`;

/**
 * Adds the changes (rows of key and +1 or -1) to the counts, through the unique key's index.
 * A key whose orders all moved away stays, at 0: the keys an account can have are few. Keys
 * are written in one order, so two imports into one account on PostgreSQL wait for each other
 * instead of deadlocking.
 */
const addChanges = (changes: string) => `
  insert into order_counts (account_id, purchase_date, channel, cancelled, latest_ship_date, orders)
  select account_id, purchase_date, channel, cancelled, latest_ship_date, sum(change)
  from (${changes}) as changes (account_id, purchase_date, channel, cancelled, latest_ship_date, change)
  group by 1, 2, 3, 4, 5
  order by 1, 2, 3, 4, 5
  on conflict on constraint order_counts_key do update set orders = order_counts.orders + excluded.orders;`;

/**
 * How many orders an account has per purchase date (UTC), channel, cancellation and latest
 * ship date: what the metrics read for orders that can only be counted (metrics-input-store.ts,
 * groupedBeforeDays), a few thousand rows where counting `orders` read hundreds of thousands.
 *
 * Kept exact by statement-level triggers on `orders` with transition tables: each statement
 * (a COPY of 5,000 orders, an upsert, a delete) adds and subtracts its rows in one aggregate.
 * Orders without a purchase time are not counted (no metric window holds them). A backup
 * leaves the table out: restoring `orders` fills it again through the triggers.
 */
export const orderCounts: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql
      .raw(
        `
      create table order_counts (
        account_id uuid not null,
        purchase_date date not null,
        channel text,
        cancelled boolean not null,
        latest_ship_date date,
        orders integer not null,
        constraint order_counts_key unique nulls not distinct (account_id, purchase_date, channel, cancelled, latest_ship_date)
      );

      create function order_counts_add_new() returns trigger language plpgsql as $$
      begin
        ${addChanges(`select ${countKey}, 1 from new_rows where purchase_time is not null`)}
        return null;
      end $$;

      create function order_counts_remove_old() returns trigger language plpgsql as $$
      begin
        ${addChanges(`select ${countKey}, -1 from old_rows where purchase_time is not null`)}
        return null;
      end $$;

      create function order_counts_replace() returns trigger language plpgsql as $$
      begin
        ${addChanges(`select ${countKey}, -1 from old_rows where purchase_time is not null union all select ${countKey}, 1 from new_rows where purchase_time is not null`)}
        return null;
      end $$;

      create trigger orders_counted_insert after insert on orders referencing new table as new_rows
        for each statement execute function order_counts_add_new();
      create trigger orders_counted_update after update on orders referencing old table as old_rows new table as new_rows
        for each statement execute function order_counts_replace();
      create trigger orders_counted_delete after delete on orders referencing old table as old_rows
        for each statement execute function order_counts_remove_old();

      ${addChanges(`select ${countKey}, 1 from orders where purchase_time is not null`)}
    `,
      )
      .execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`
      drop trigger orders_counted_insert on orders;
      drop trigger orders_counted_update on orders;
      drop trigger orders_counted_delete on orders;
      drop function order_counts_add_new();
      drop function order_counts_remove_old();
      drop function order_counts_replace();
      drop table order_counts;
    `.execute(db);
  },
};
