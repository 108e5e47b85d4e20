import { sql, type RawBuilder } from 'kysely';

export type ColumnType = 'text' | 'integer' | 'smallint' | 'bigint' | 'boolean' | 'timestamptz' | 'date' | 'json';

/**
 * Rows for a bulk insert, sent as one JSON text parameter and unpacked by the server:
 * `select (e->>0)::type, … from json_array_elements($1::text::json) e`. One parameter per
 * statement whatever the row count (the 65,535-parameter limit of multi-row VALUES never
 * applies), and on PGlite about twice as fast as one array parameter per column with
 * `unnest`, because JSON.stringify and Postgres' JSON parser beat array literals both ways.
 */
export function jsonRows(columns: readonly ColumnType[], rows: readonly (readonly unknown[])[]): RawBuilder<unknown> {
  const select = columns.map((type, index) => (type === 'text' ? `e->>${index}` : `(e->>${index})::${type}`)).join(', ');
  return sql`select ${sql.raw(select)} from json_array_elements(${JSON.stringify(rows)}::text::json) as e`;
}
