import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { AppError } from '@reinstate/core';
import { accountListQuery, createAccountRequest, defectOrdersQuery, draftRequest, importQuery, metricsHistoryQuery, metricsQuery, updateAccountRequest } from '@reinstate/core/contracts/index';
import type { AppDeps } from '../app-deps.ts';
import { toErrorBody } from '../error-handler.ts';
import { accountsService } from '../services/accounts-service.ts';
import { importFile } from '../services/import-service.ts';
import { metricsService } from '../services/metrics-service.ts';
import { draftService } from '../services/draft-service.ts';
import { currentActor } from '../actor.ts';

/** Seller accounts of the caller's workspace, their imports and their metrics. */
export function accountRoutes(deps: AppDeps) {
  const accounts = accountsService(deps.database);
  const metrics = metricsService(deps.database);
  const drafts = draftService(deps.database);
  return new Hono()
    .get('/', async (c) => {
      const query = accountListQuery.parse(c.req.query());
      return c.json({ accounts: await accounts.list(currentActor(c), query.name) });
    })
    .post('/', async (c) => {
      const body = createAccountRequest.parse(await c.req.json());
      return c.json(await accounts.ensure(currentActor(c), body), 201);
    })
    .get('/:accountId', async (c) => c.json(await accounts.get(currentActor(c), c.req.param('accountId'))))
    .patch('/:accountId', async (c) => c.json(await accounts.update(currentActor(c), c.req.param('accountId'), updateAccountRequest.parse(await c.req.json()))))
    .get('/:accountId/metrics/history', async (c) => {
      const account = await accounts.get(currentActor(c), c.req.param('accountId'));
      const query = metricsHistoryQuery.parse(c.req.query());
      const to = Date.parse(`${query.to ?? todayUtc()}T00:00:00Z`);
      const dates: string[] = [];
      for (let back = query.days - (query.days % query.step); back >= 0; back -= query.step) dates.push(new Date(to - back * 86_400_000).toISOString().slice(0, 10));
      const points = (await metrics.series(account, dates)).map((report, i) => ({
        asOf: dates[i]!,
        orderDefectRate: report.orderDefectRate.all.rate,
        lateShipmentRate: report.lateShipmentRate['30d'].rate,
        preFulfillmentCancelRate: report.preFulfillmentCancelRate.rate,
        validTrackingRate: report.validTrackingRate.rate,
      }));
      return c.json({ points });
    })
    .get('/:accountId/metrics', async (c) => {
      const account = await accounts.get(currentActor(c), c.req.param('accountId'));
      const query = metricsQuery.parse(c.req.query());
      return c.json(await metrics.compute(account, query.asOf ?? todayUtc()));
    })
    .get('/:accountId/amazon-health', async (c) => {
      const account = await accounts.get(currentActor(c), c.req.param('accountId'));
      return c.json({ latest: await metrics.latestAmazonReport(account) });
    })
    .get('/:accountId/defect-orders', async (c) => {
      const account = await accounts.get(currentActor(c), c.req.param('accountId'));
      const query = defectOrdersQuery.parse(c.req.query());
      const rows = await metrics.defectOrders(account, query.asOf ?? todayUtc(), query.metric);
      if (query.format === 'csv') {
        return c.body(metrics.toCsv(rows), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="defect-orders-${query.metric}.csv"`,
        });
      }
      return c.json({ metric: query.metric, orders: rows });
    })
    .post('/:accountId/draft', async (c) => {
      const account = await accounts.get(currentActor(c), c.req.param('accountId'));
      const body = draftRequest.parse(await c.req.json());
      return c.json(await drafts.draftFromText(account, body, todayUtc()));
    })
    .post('/:accountId/imports', async (c) => {
      const account = await accounts.get(currentActor(c), c.req.param('accountId'));
      const contentType = c.req.header('content-type') ?? '';
      if (contentType.startsWith('multipart/form-data')) {
        // Several files from the web app: each file is its own transaction, reported separately.
        const form = await c.req.formData();
        const marketplace = form.get('marketplace');
        const skipBadRows = form.get('skipBadRows') === 'true';
        const results = [];
        for (const entry of form.getAll('files')) {
          if (typeof entry === 'string') continue;
          try {
            const result = await importFile(deps.database, entry.stream() as unknown as AsyncIterable<Uint8Array>, {
              accountId: account.id,
              fileName: entry.name,
              marketplace: typeof marketplace === 'string' && marketplace ? marketplace : undefined,
              skipBadRows,
            });
            results.push({ ok: true as const, result });
          } catch (err) {
            const { body } = toErrorBody(err);
            results.push({ ok: false as const, fileName: entry.name, error: body.error });
          }
        }
        return c.json({ imports: results });
      }
      const query = importQuery.parse(c.req.query());
      const body = c.req.raw.body;
      if (!body) throw new AppError('BAD_INPUT', 'Send the file as the request body, or as multipart form data with the field "files".');
      const options = { accountId: account.id, fileName: query.fileName, marketplace: query.marketplace, skipBadRows: query.skipBadRows };
      if (query.progress !== 'ndjson') {
        return c.json(await importFile(deps.database, body as unknown as AsyncIterable<Uint8Array>, options), 201);
      }
      // Progress as newline-delimited JSON; the last line is the result or the error.
      c.header('content-type', 'application/x-ndjson; charset=utf-8');
      return stream(c, async (out) => {
        try {
          const result = await importFile(deps.database, body as unknown as AsyncIterable<Uint8Array>, {
            ...options,
            onProgress: (progress) => void out.write(`${JSON.stringify({ type: 'progress', ...progress })}\n`),
          });
          await out.write(`${JSON.stringify({ type: 'result', result })}\n`);
        } catch (err) {
          const { status, body: errorBody } = toErrorBody(err);
          if (status >= 500) console.error(err);
          await out.write(`${JSON.stringify({ type: 'error', status, error: errorBody.error })}\n`);
        }
      });
    });
}

/** Today's UTC date, the default `asOf` (the clock is read at the edge, never in core). */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
