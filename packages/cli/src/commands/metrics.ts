import type { Command } from 'commander';
import type { MetricsReport } from '@reinstate/core/account-health/index';
import type { HealthReportRecord } from '@reinstate/core';
import { accountByName } from '../account-ref.ts';
import { connectToApi } from '../api-connection.ts';
import { storageOf, type GlobalOptions } from '../global-options.ts';
import { parseDateOption, printJson } from '../read-input.ts';
import { renderMetricsTable } from '../metrics-table.ts';

export function registerMetrics(program: Command): void {
  program
    .command('metrics')
    .description('account-health metrics computed from your files (estimates), beside Amazon’s own figures')
    .requiredOption('--account <name>', 'the seller account')
    .option('--as-of <date>', 'compute as the figures stood on this date (YYYY-MM-DD, default today)')
    .option('--json', 'print the metrics as JSON (the shape documented in README.md)')
    .action(async (options: { account: string; asOf?: string; json?: boolean }, command: Command) => {
      const asOf = parseDateOption(options.asOf, '--as-of');
      const api = await connectToApi(storageOf(command.optsWithGlobals<GlobalOptions>()));
      try {
        const account = await accountByName(api, options.account);
        const report = await api.json<MetricsReport>(`/api/accounts/${account.id}/metrics${asOf ? `?asOf=${asOf}` : ''}`);
        if (options.json) {
          printJson(report);
          return;
        }
        const amazon = await api.json<{ latest: HealthReportRecord | null }>(`/api/accounts/${account.id}/amazon-health`);
        process.stdout.write(`${renderMetricsTable(report, amazon.latest)}\n`);
      } finally {
        await api.close();
      }
    });
}
