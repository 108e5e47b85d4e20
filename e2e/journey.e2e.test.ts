import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { draftPlan, examplePlanInput, renderPlanText } from '@reinstate/core/plan/index';
import { useServedApp } from './served-app.ts';

const fixture = (name: string) => new URL(`../packages/core/test/fixtures/${name}`, import.meta.url).pathname;
/** A letter the seller rewrote with their own facts (the built-in example, which the review scores ready). */
const goodLetter = renderPlanText(draftPlan(examplePlanInput({ answers: true })).plan);

async function downloadSize(page: Page, format: string): Promise<number> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[data-format=${format}]`).click()]);
  return statSync((await download.path())!).size;
}

/**
 * The whole journey on imported fixture files: import with progress → metrics → a case from a pasted
 * notice → the plan drafted → review findings fixed until ready → exports downloaded → the letter
 * recorded as sent → Amazon's reply pasted → round 2 checklist. In both languages.
 */
describe('from reports to a second round', () => {
  const served = useServedApp();

  for (const locale of ['en-US', 'zh-CN'] as const) {
    const en = locale === 'en-US';
    it(`works in ${locale}`, async () => {
      const page = await served.browser.newPage({ locale, viewport: { width: 1280, height: 720 }, acceptDownloads: true });
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(served.app.url);
      await page.locator('form input').first().fill(`Maple Lane ${locale}`);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL(/#\/accounts\/[0-9a-f-]{36}$/);
      await page.getByTestId('import-input').setInputFiles([fixture('reports/all-orders-us.txt'), fixture('reports/feedback-us.txt'), fixture('reports/claims.csv')]);
      await expect.poll(() => page.getByTestId('import-results').locator('li.good').count(), { timeout: 30_000, message: 'imports' }).toBe(3).catch(async (err: Error) => {
        throw new Error(`${err.message}: ${await page.getByTestId('import-results').textContent()}`);
      });
      await page.locator('input[type=date]').first().fill('2026-11-01');
      await expect.poll(() => page.getByTestId('metrics-table').isVisible(), { timeout: 20_000 }).toBe(true);
      await page.screenshot({ path: `test-results/account-${locale}.png`, fullPage: true });

      // A case from the notice, opened from the account.
      await page.locator('a[href^="#/diagnose/"]').click();
      await page.getByTestId('notice-text').fill(readFileSync(fixture('notices/odr-deactivation-us.txt'), 'utf8'));
      await page.locator('form button[type=submit]').click();
      await expect.poll(() => page.getByTestId('causes').textContent()).toContain('performance.order-defect-rate');
      expect(await page.getByTestId('requested').locator('li').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('at-stake').textContent()).toContain('2.78%');
      await page.screenshot({ path: `test-results/diagnose-${locale}.png`, fullPage: true });
      await page.getByTestId('open-case').locator('button').click();
      await page.waitForURL(/#\/cases\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('case-state').textContent(), { timeout: 10_000 }).toBe(en ? 'Deactivated' : '已停用');

      // The plan: drafted with visible gaps, which the review refuses; the seller's own letter passes.
      await page.locator('a[href$="/plan"]').first().click();
      await expect.poll(() => page.getByTestId('letter-editor').inputValue(), { timeout: 20_000 }).toContain('Dear Seller Performance team');
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 20_000 }).toMatch(en ? /Revise before sending/ : /提交前需要修改/);
      expect(await page.getByTestId('findings').locator('li').count()).toBeGreaterThan(0);
      await page.screenshot({ path: `test-results/plan-draft-${locale}.png`, fullPage: true });
      await page.getByTestId('letter-editor').fill(goodLetter);
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 20_000 }).toMatch(en ? /Ready to send/ : /可以提交/);
      await expect.poll(() => page.getByTestId('save-state').getAttribute('class'), { timeout: 20_000 }).toBe('save-state saved');
      expect(await page.getByTestId('review-checklist').locator('li.open').count()).toBe(0);
      await page.screenshot({ path: `test-results/plan-ready-${locale}.png`, fullPage: true });

      // Export: the form fields with counts, and files that are not empty.
      await page.locator('a[href$="/export"]').first().click();
      await expect.poll(() => page.getByTestId('form-field').count()).toBeGreaterThan(2);
      expect(await page.getByTestId('form-field').first().textContent()).toMatch(en ? /characters/ : /个字符/);
      // The letter the seller wrote is cut at its own headings: the opening holds no section.
      expect(await page.getByTestId('form-field').first().locator('textarea').inputValue()).not.toMatch(/\n1\. /);
      expect(await page.getByTestId('form-field').locator('strong').allTextContents()).toEqual(expect.arrayContaining(['Root causes', 'Preventive measures']));
      expect(await downloadSize(page, 'md')).toBeGreaterThan(500);
      expect(await downloadSize(page, 'docx')).toBeGreaterThan(2_000);
      await page.screenshot({ path: `test-results/export-${locale}.png`, fullPage: true });

      // Sent, then Amazon asks for more: round 2 lists what it asked.
      await page.locator('a[href^="#/cases/"]').first().click();
      await page.locator('form').filter({ has: page.locator('select') }).locator('button[type=submit]').click();
      await expect.poll(() => page.getByTestId('case-state').textContent(), { timeout: 10_000 }).toBe(en ? 'Appeal submitted' : '申诉已提交');
      await page.getByTestId('reply-text').fill(readFileSync(fixture('notices/reply-more-information-greater-detail.txt'), 'utf8'));
      await page.getByTestId('reply-text').locator('xpath=ancestor::form').locator('button[type=submit]').click();
      await expect
        .poll(() => page.getByTestId('case-state').textContent(), { timeout: 10_000 })
        .toBe(en ? 'More information requested' : '要求补充信息')
        .catch(async (err: Error) => {
          throw new Error(`${err.message}: ${(await page.locator('[role=alert]').allTextContents()).join(' | ')}`);
        });
      await expect.poll(() => page.getByTestId('case-checklist').textContent()).toMatch(/root cause/i);
      await expect.poll(() => page.locator('#checklist-title').textContent()).toContain('2');
      // The letter Amazon just answered does not answer its reply: every item is open until a new version.
      await expect.poll(() => page.getByTestId('case-checklist').locator('li.answered').count()).toBe(0);
      expect(await page.getByTestId('timeline').locator('> li').count()).toBe(2);
      await page.screenshot({ path: `test-results/case-round-2-${locale}.png`, fullPage: true });

      await page.goto(`${served.app.url}/#/review`);
      await page.getByTestId('letter-text').fill(readFileSync(fixture('letters/first-round-by-feel.txt'), 'utf8'));
      await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 10_000 }).toMatch(en ? /Revise before sending/ : /提交前需要修改/);
      expect(await page.getByTestId('findings').locator('li').count()).toBeGreaterThan(5);
      await page.screenshot({ path: `test-results/review-${locale}.png`, fullPage: true });
      await page.close();
    });
  }
});
