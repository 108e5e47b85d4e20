import { AppError } from '@reinstate/core';
import type { ApiConnection } from './api-connection.ts';

export interface AccountSummary {
  id: string;
  name: string;
  marketplaces: string[];
  timeZone: string;
}

/** Finds a seller account by name; with `create`, makes it when it does not exist yet. */
export async function accountByName(api: ApiConnection, name: string, options: { create?: boolean; marketplace?: string } = {}): Promise<AccountSummary> {
  if (!name.trim()) throw new AppError('BAD_INPUT', 'Give the seller account with --account <name>.');
  const found = await api.json<{ accounts: AccountSummary[] }>(`/api/accounts?name=${encodeURIComponent(name)}`);
  const account = found.accounts.find((a) => a.name === name);
  if (account) return account;
  if (!options.create) {
    throw new AppError('NOT_FOUND', `There is no seller account named "${name}". Import its reports first: reinstate import <files> --account "${name}".`);
  }
  return api.json<AccountSummary>('/api/accounts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, marketplaces: options.marketplace ? [options.marketplace] : [] }),
  });
}
