// npm run bench:import [-- rows] (or BENCH_ROWS=rows): generates a synthetic All Orders report (default 1,000,000 rows,
// about 300 MB), then measures parsing alone, the whole import into PGlite, the metrics query and
// peak memory. Prints JSON. The file and the data directory are made by a child process first
// (`--prepare`), so that the generator's garbage and PGlite's initdb (a one-time peak of about
// 940 MB when a data directory is created) are not measured as parsing and importing.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { parseReport } from '@reinstate/core/reports/index';
import { seededRandom } from '@reinstate/core/demo/seeded-random';
import { openDatabase, accountStore, workspaceStore } from '@reinstate/db';
import { importFile } from '@reinstate/server/services/import-service';
import { metricsService } from '@reinstate/server/services/metrics-service';

const preparing = process.argv[2] === '--prepare';
const rows = Number((preparing ? process.argv[3] : process.argv[2]) ?? process.env.BENCH_ROWS ?? 1_000_000);
const dir = preparing ? process.argv[4]! : mkdtempSync(join(tmpdir(), 'reinstate-bench-'));
const file = join(dir, 'all-orders.txt');

async function generate(): Promise<void> {
  const random = seededRandom(42);
  const out = createWriteStream(file);
  out.write('amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\n');
  const start = Date.UTC(2025, 10, 1);
  const span = 365 * 86_400_000;
  let order = 0;
  for (let row = 0; row < rows; ) {
    order++;
    const items = random() < 0.3 ? 2 : 1;
    const id = `11${order % 10}-${String(order).padStart(7, '0')}-${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    const purchase = new Date(start + Math.floor(((order / (rows / 1.3)) * span) / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
    const cancelled = random() < 0.02;
    const channel = random() < 0.7 ? 'Merchant' : 'Amazon';
    let chunk = '';
    for (let i = 0; i < items && row < rows; i++, row++) {
      const price = (5 + Math.floor(random() * 9500) / 100).toFixed(2);
      chunk += `${id}\t\t${purchase}\t${purchase}\t${cancelled ? 'Cancelled' : 'Shipped'}\t${channel}\tAmazon.com\tStandard\tSynthetic product ${order % 500} with a longer descriptive name, size ${i + 6}\tSKU-${order % 500}-${i}\tB0${String(order % 99999999).padStart(8, '0')}\t${cancelled ? 'Cancelled' : 'Shipped'}\t1\tUSD\t${price}\t0.00\t4.99\t0.00\t\t\t\t\tSpringfield\tIL\t62701\tUS\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (preparing) {
  const t0 = performance.now();
  await generate();
  const generateSeconds = (performance.now() - t0) / 1000;
  const database = await openDatabase({ dataDir: join(dir, 'data') });
  await database.close();
  console.log(JSON.stringify({ generateSeconds, peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}
const runTs = join(dirname(fileURLToPath(import.meta.url)), '../packages/cli/bin/run-ts.js');
const child = spawnSync(process.execPath, [runTs, fileURLToPath(import.meta.url), '--prepare', String(rows), dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (child.status !== 0) throw new Error(`preparing the benchmark failed (exit ${child.status})`);
const prepared = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { generateSeconds: number; peakRssMegabytes: number };
const generateSeconds = prepared.generateSeconds;
const megabytes = statSync(file).size / 1e6;

const t1 = performance.now();
let parsedRows = 0;
for await (const event of parseReport(createReadStream(file, { highWaterMark: 1 << 20 }), { fileName: 'all-orders.txt' })) {
  if (event.type === 'done') parsedRows = event.rows;
}
const parseSeconds = (performance.now() - t1) / 1000;

const database = await openDatabase({ dataDir: join(dir, 'data') });
const workspaceId = await workspaceStore.defaultId(database.db);
const account = await accountStore.create(database.db, { workspaceId, name: 'bench' });
const t2 = performance.now();
const result = await importFile(database, createReadStream(file, { highWaterMark: 1 << 20 }), { accountId: account.id, fileName: 'all-orders.txt' });
const importSeconds = (performance.now() - t2) / 1000;
const metrics = metricsService(database);
const summary = { id: account.id, name: 'bench', marketplaces: [], timeZone: 'UTC', version: 1 };
await metrics.compute(summary, '2026-11-01'); // warm-up
const t3 = performance.now();
await metrics.compute(summary, '2026-11-01');
const metricsMs = performance.now() - t3;
await database.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  JSON.stringify(
    {
      rows,
      fileMegabytes: Number(megabytes.toFixed(1)),
      generateSeconds: Number(generateSeconds.toFixed(1)),
      parseRows: parsedRows,
      parseMegabytesPerSecond: Number((megabytes / parseSeconds).toFixed(1)),
      importRowsPerSecond: Math.round(result.rows / importSeconds),
      importSeconds: Number(importSeconds.toFixed(1)),
      orders: result.counts.orders,
      metricsMs: Math.round(metricsMs),
      peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
      dataDirectoryCreationPeakRssMegabytes: prepared.peakRssMegabytes,
    },
    null,
    2,
  ),
);
