import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useServedApp } from './served-app.ts';

const fixture = (name: string) => new URL(`../packages/core/test/fixtures/${name}`, import.meta.url).pathname;

/** A seller's first session: account, import with progress, metrics, a notice read, a letter reviewed. */
describe('from reports to a reviewed letter', () => {
  const served = useServedApp();

  for (const locale of ['en-US', 'zh-CN'] as const) {
    it(`works in ${locale}`, async () => {
      const page = await served.browser.newPage({ locale, viewport: { width: 1280, height: 720 } });
      await page.goto(served.app.url);
      await page.locator('form input').first().fill(`Maple Lane ${locale}`);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL(/#\/accounts\/[0-9a-f-]{36}$/);
      await page.getByTestId('import-input').setInputFiles([
        fixture('reports/all-orders-us.txt'),
        fixture('reports/feedback-us.txt'),
        fixture('reports/claims.csv'),
      ]);
      await expect.poll(() => page.getByTestId('import-results').locator('li.good').count(), { timeout: 30_000, message: 'imports' }).toBe(3).catch(async (err: Error) => {
        throw new Error(`${err.message}: ${await page.getByTestId('import-results').textContent()}`);
      });
      await page.locator('input[type=date]').first().fill('2026-11-01');
      await expect.poll(() => page.getByTestId('metrics-table').isVisible()).toBe(true);
      await page.screenshot({ path: `test-results/account-${locale}.png`, fullPage: true });

      await page.goto(`${served.app.url}/#/diagnose`);
      await page.getByTestId('notice-text').fill(readFileSync(fixture('notices/odr-deactivation-us.txt'), 'utf8'));
      await page.locator('form button[type=submit]').click();
      await expect.poll(() => page.getByTestId('causes').textContent()).toContain('performance.order-defect-rate');
      expect(await page.getByTestId('requested').locator('li').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `test-results/diagnose-${locale}.png`, fullPage: true });

      await page.goto(`${served.app.url}/#/review`);
      await page.getByTestId('letter-text').fill(readFileSync(fixture('letters/first-round-by-feel.txt'), 'utf8'));
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 10_000 }).toMatch(locale === 'en-US' ? /Revise before sending/ : /提交前需要修改/);
      expect(await page.getByTestId('findings').locator('li').count()).toBeGreaterThan(5);
      await page.screenshot({ path: `test-results/review-${locale}.png`, fullPage: true });
    });
  }
});
