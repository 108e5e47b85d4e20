import { AppError } from '@reinstate/core';
import type { CreateAccountRequest, UpdateAccountRequest } from '@reinstate/core/contracts/index';
import { accountStore, type OpenDatabase } from '@reinstate/db';
import type { Actor } from '../actor.ts';

export interface Account {
  id: string;
  name: string;
  marketplaces: string[];
  timeZone: string;
  version: number;
}

/** Seller accounts, always within the caller's workspace. */
export function accountsService(database: OpenDatabase) {
  return {
    async list(actor: Actor, name?: string): Promise<Account[]> {
      const all = await accountStore.list(database.db, actor.workspaceId);
      return (name === undefined ? all : all.filter((a) => a.name === name)).map(toAccount);
    },
    async ensure(actor: Actor, request: CreateAccountRequest): Promise<Account> {
      if (actor.role === 'viewer') throw new AppError('FORBIDDEN', 'Viewers cannot create seller accounts. Ask the workspace owner for the editor role.');
      const { account } = await accountStore.ensureByName(database.db, actor.workspaceId, request.name, { marketplace: request.marketplaces[0] ?? null });
      return toAccount(account);
    },
    async update(actor: Actor, accountId: string, request: UpdateAccountRequest): Promise<Account> {
      if (actor.role === 'viewer') throw new AppError('FORBIDDEN', 'Viewers cannot change seller accounts. Ask the workspace owner for the editor role.');
      const current = await this.get(actor, accountId);
      const updated = await accountStore.update(database.db, actor.workspaceId, current.id, { timeZone: request.timeZone }, request.version);
      if (!updated) throw new AppError('CONFLICT', `The account changed since you read it (version ${request.version}). Reload it; nothing was saved.`);
      return toAccount(updated);
    },
    /** Another workspace's account is "not found": ids leak nothing. */
    async get(actor: Actor, accountId: string): Promise<Account> {
      const account = await accountStore.getById(database.db, actor.workspaceId, accountId);
      if (!account) throw new AppError('NOT_FOUND', 'There is no such seller account.');
      return toAccount(account);
    },
  };
}

function toAccount(row: { id: string; name: string; marketplaces: string[]; timeZone: string; version: number }): Account {
  return { id: row.id, name: row.name, marketplaces: row.marketplaces, timeZone: row.timeZone, version: row.version };
}
