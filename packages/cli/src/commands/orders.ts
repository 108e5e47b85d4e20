import type { Command } from 'commander';
import { AppError } from '@reinstate/core';
import type { DefectOrderRow } from '@reinstate/core/account-health/index';
import { accountByName } from '../account-ref.ts';
import { connectToApi } from '../api-connection.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { parseDateOption, printJson } from '../read-input.ts';

const metrics = ['odr', 'lsr', 'cr', 'vtr'] as const;

export function registerOrders(program: Command): void {
  program
    .command('orders')
    .description('list the orders behind a metric, with the evidence, ready for a plan of action')
    .requiredOption('--account <name>', 'the seller account')
    .option('--defects', 'list the orders behind a metric (the default and, for now, the only listing)')
    .option('--metric <metric>', 'odr (order defects), lsr (late shipment), cr (cancellation), vtr (valid tracking)', 'odr')
    .option('--as-of <date>', 'as the figures stood on this date (YYYY-MM-DD, default today)')
    .option('--csv', 'print CSV')
    .option('--json', 'print JSON')
    .action(async (options: { account: string; metric: string; asOf?: string; csv?: boolean; json?: boolean }, command: Command) => {
      if (!metrics.includes(options.metric as (typeof metrics)[number])) {
        throw new AppError('BAD_INPUT', `Unknown metric "${options.metric}". Use one of: ${metrics.join(', ')}.`);
      }
      const asOf = parseDateOption(options.asOf, '--as-of');
      const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
      try {
        const account = await accountByName(api, options.account);
        const query = new URLSearchParams({ metric: options.metric });
        if (asOf) query.set('asOf', asOf);
        if (options.csv) {
          query.set('format', 'csv');
          const response = await api.request(`/api/accounts/${account.id}/defect-orders?${query}`);
          process.stdout.write(await response.text());
          return;
        }
        const body = await api.json<{ orders: DefectOrderRow[] }>(`/api/accounts/${account.id}/defect-orders?${query}`);
        if (options.json) printJson(body);
        else for (const row of body.orders) process.stdout.write(`${JSON.stringify(row)}\n`);
      } finally {
        await api.close();
      }
    });
}
