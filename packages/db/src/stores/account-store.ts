import { sql, type Selectable } from 'kysely';
import { AppError } from '@reinstate/core';
import type { SellerAccountsTable } from '../database.ts';
import type { Executor } from './executor.ts';

export interface SellerAccount {
  id: string;
  workspaceId: string;
  name: string;
  marketplaces: string[];
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface NewSellerAccount {
  workspaceId: string;
  name: string;
  marketplaces?: string[];
  timeZone?: string;
}

/** Seller accounts, always looked up within a workspace: an id from another workspace finds nothing. */
export const accountStore = {
  /** Creates an account; a name already used in the workspace is a CONFLICT. */
  async create(db: Executor, account: NewSellerAccount): Promise<SellerAccount> {
    const row = await db
      .insertInto('seller_accounts')
      .values({
        workspace_id: account.workspaceId,
        name: account.name,
        marketplaces: uniqueSorted(account.marketplaces ?? []),
        ...(account.timeZone ? { time_zone: account.timeZone } : {}),
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('CONFLICT', `A seller account named "${account.name}" already exists. Choose another name, or use that account.`);
    return toAccount(row);
  },

  async getByName(db: Executor, workspaceId: string, name: string): Promise<SellerAccount | undefined> {
    const row = await db.selectFrom('seller_accounts').selectAll().where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirst();
    return row && toAccount(row);
  },

  async getById(db: Executor, workspaceId: string, id: string): Promise<SellerAccount | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await db.selectFrom('seller_accounts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row && toAccount(row);
  },

  /** Changes an account's settings when it is still at `expectedVersion`; null when it changed meanwhile (or is not found). */
  async update(db: Executor, workspaceId: string, id: string, changes: { timeZone?: string }, expectedVersion: number): Promise<SellerAccount | null> {
    if (!isUuid(id)) return null;
    const row = await db
      .updateTable('seller_accounts')
      .set({ ...(changes.timeZone ? { time_zone: changes.timeZone } : {}), updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    return row ? toAccount(row) : null;
  },

  async list(db: Executor, workspaceId: string): Promise<SellerAccount[]> {
    const rows = await db.selectFrom('seller_accounts').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
    return rows.map(toAccount);
  },

  /**
   * Deletes an account and everything imported for it (the record tables have no foreign
   * keys to cascade: see migration 0001). Returns false when the workspace has no such account.
   */
  async delete(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    if (!(await accountStore.getById(db, workspaceId, id))) return false;
    for (const table of recordTables) await db.deleteFrom(table).where('account_id', '=', id).execute();
    await db.deleteFrom('seller_accounts').where('id', '=', id).execute();
    return true;
  },

  /**
   * The account with this name, created when missing (an import names its account). A
   * marketplace, when given, is added to the account's list.
   */
  async ensureByName(db: Executor, workspaceId: string, name: string, options: { marketplace?: string | null } = {}): Promise<{ account: SellerAccount; created: boolean }> {
    const marketplaces = options.marketplace ? [options.marketplace] : [];
    const inserted = await db
      .insertInto('seller_accounts')
      .values({ workspace_id: workspaceId, name, marketplaces })
      .onConflict((oc) => oc.columns(['workspace_id', 'name']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { account: toAccount(inserted), created: true };
    let existing = await db.selectFrom('seller_accounts').selectAll().where('workspace_id', '=', workspaceId).where('name', '=', name).executeTakeFirstOrThrow();
    if (options.marketplace && !existing.marketplaces.includes(options.marketplace)) {
      existing = await db
        .updateTable('seller_accounts')
        .set({
          marketplaces: sql<string[]>`array(select distinct m from unnest(marketplaces || ${sql.val([options.marketplace])}::text[]) as m order by m)`,
          updated_at: sql<Date>`now()`,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    return { account: toAccount(existing), created: false };
  },
};

// order_counts after orders: deleting the orders sets its counts to 0, and then they go too.
const recordTables = ['orders', 'order_counts', 'shipments', 'feedback', 'claims', 'returns'] as const;

function toAccount(row: Selectable<SellerAccountsTable>): SellerAccount {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    marketplaces: row.marketplaces,
    timeZone: row.time_zone,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

// A malformed id would be a database error (invalid uuid syntax); for a user it is just "not found".
function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
