import { sql, type Kysely, type Migration } from 'kysely';

/**
 * An order's items move into the order's row, as one `json` array (order-items-column.ts
 * gives its layout), and the index on the latest ship date covers only orders that have one.
 *
 * Items are always written with their order (a file that carries them replaces them all) and
 * read with it (the reserve, the evidence of a defect); as a table of their own they cost an
 * import a second row and a primary-key entry per item, which on PGlite is most of the time
 * an All Orders report takes to store. `json` (not `jsonb`): the text is checked and kept as
 * sent, which is cheaper to write, and nothing queries inside it.
 *
 * All Orders reports carry no ship-by date, so most orders have none: the partial index keeps
 * them out of it. Every query on the column asks for a range, which implies a value.
 */
export const itemsInOrders: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`
      alter table orders add column items json;
      update orders o set items = i.items
      from (
        select account_id, order_id, json_agg(json_build_array(sku, asin, product_name, quantity, item_status, currency,
          item_price, shipping_price, gift_wrap_price, item_promotion_discount, ship_promotion_discount) order by line_no) as items
        from order_items group by account_id, order_id
      ) i
      where o.account_id = i.account_id and o.order_id = i.order_id;
      drop table order_items;
      drop index orders_account_latest_ship;
      create index orders_account_latest_ship on orders (account_id, latest_ship_time) where latest_ship_time is not null;
    `.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql`
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
      insert into order_items
      select o.account_id, o.order_id, e.line_no::integer, e.item->>0, e.item->>1, e.item->>2, (e.item->>3)::integer, e.item->>4, e.item->>5,
        (e.item->>6)::bigint, (e.item->>7)::bigint, (e.item->>8)::bigint, (e.item->>9)::bigint, (e.item->>10)::bigint
      from orders o cross join lateral json_array_elements(o.items) with ordinality as e(item, line_no)
      where o.items is not null;
      alter table orders drop column items;
      drop index orders_account_latest_ship;
      create index orders_account_latest_ship on orders (account_id, latest_ship_time);
    `.execute(db);
  },
};
