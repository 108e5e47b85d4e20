import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './served-app.ts';

const overflows = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');

/** A first-time user on an empty data directory tries every screen on the demo account, on a laptop and on a phone. */
describe('the demo account', () => {
  const served = useServedApp();

  it('loads from the start page and fills every screen', async () => {
    const page = await served.browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    await page.goto(served.app.url);
    await page.screenshot({ path: 'test-results/start-en-US.png', fullPage: true });
    await page.getByTestId('load-demo').click();
    await page.waitForURL(/#\/accounts\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    await expect.poll(() => page.locator('[data-metric=odrAll]').getAttribute('class'), { timeout: 20_000 }).toContain('breach');
    await expect.poll(() => page.getByTestId('chart-orderDefectRate').locator('canvas').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('defect-orders').locator('tbody tr').count()).toBeGreaterThan(5);
    await page.screenshot({ path: 'test-results/demo-account-en-US.png', fullPage: true });

    await page.getByTestId('account-cases').locator('a').first().click();
    await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('More information requested');
    expect(await page.getByTestId('timeline').locator('.reply').count()).toBe(1);
    await expect.poll(() => page.getByTestId('due-list').locator('li').count()).toBeGreaterThan(0);
    const note = page.getByTestId('timeline').locator('form');
    await note.locator('input').fill('Sent from the old Seller Central login; the reply came to the support mailbox.');
    await note.locator('button').click();
    await expect.poll(() => page.getByTestId('timeline').locator('.annotation').textContent()).toContain('support mailbox');
    await page.screenshot({ path: 'test-results/demo-case-en-US.png', fullPage: true });

    await page.goto(`${served.app.url}/#/accounts`);
    await expect.poll(() => page.getByTestId('account-card').locator('.state-badge').textContent()).toBe('Deactivated');
    await expect.poll(() => page.getByTestId('account-card').locator('.figures .breach').first().textContent()).toMatch(/ODR\s*\d+\.\d\d%/);
    await page.screenshot({ path: 'test-results/accounts-en-US.png', fullPage: true });
    await page.goto(`${served.app.url}/#/settings`);
    await expect.poll(() => page.locator('select[aria-label^="Time zone"]').inputValue()).toBe('Asia/Shanghai');
    await page.screenshot({ path: 'test-results/settings-en-US.png', fullPage: true });
    await page.close();
  });

  it('fits a 390-pixel phone, in Chinese', async () => {
    const page = await served.browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    await page.goto(served.app.url);
    await expect.poll(() => page.getByTestId('account-card').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('account-card').locator('.figures > div').count(), { timeout: 20_000 }).toBe(4);
    await expect.poll(() => page.getByTestId('account-card').locator('.next-deadline').count(), { timeout: 20_000 }).toBe(1);
    expect(await overflows(page)).toBe(false);
    await page.screenshot({ path: 'test-results/accounts-phone-zh-CN.png', fullPage: true });
    await page.getByTestId('account-card').locator('a[href^="#/cases/"]').click();
    await page.waitForURL(/#\/cases\//);
    await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('要求补充信息');
    expect(await overflows(page)).toBe(false);
    await page.screenshot({ path: 'test-results/case-phone-zh-CN.png', fullPage: true });
    await page.locator('a[href$="/plan"]').first().click();
    await expect.poll(() => page.getByTestId('letter-editor').inputValue(), { timeout: 20_000 }).toContain('Dear Seller Performance team');
    expect(await overflows(page)).toBe(false);
    await page.screenshot({ path: 'test-results/plan-phone-zh-CN.png', fullPage: true });
    await page.close();
  });

  it('keeps both writers’ text when the plan is edited in two windows at once', async () => {
    const first = await served.browser.newPage({ locale: 'en-US' });
    await first.goto(served.app.url);
    await first.getByTestId('account-card').locator('a[href^="#/cases/"]').click();
    await first.waitForURL(/#\/cases\//);
    const planUrl = `${first.url()}/plan`;
    await first.goto(planUrl);
    const second = await served.browser.newPage({ locale: 'en-US' });
    await second.goto(planUrl);
    for (const page of [first, second]) await expect.poll(() => page.getByTestId('letter-editor').inputValue(), { timeout: 20_000 }).toContain('Dear Seller Performance team');

    await first.getByTestId('letter-editor').fill('Dear Seller Performance team,\n\nWritten in the first window.\n');
    await expect.poll(() => first.getByTestId('save-state').getAttribute('class'), { timeout: 20_000 }).toBe('save-state saved');
    await second.getByTestId('letter-editor').fill('Dear Seller Performance team,\n\nWritten in the second window.\n');
    await expect.poll(() => second.getByTestId('conflict').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await second.getByTestId('letter-editor').inputValue()).toContain('second window'); // nothing lost
    await second.screenshot({ path: 'test-results/plan-conflict-en-US.png', fullPage: true });
    await second.getByTestId('conflict').locator('button').first().click();
    await expect.poll(() => second.getByTestId('save-state').getAttribute('class'), { timeout: 20_000 }).toBe('save-state saved');
    await first.reload();
    await expect.poll(() => first.getByTestId('letter-editor').inputValue(), { timeout: 20_000 }).toContain('second window');

    // Text typed in an earlier visit that never reached the server is offered back.
    const caseId = /#\/cases\/([0-9a-f-]{36})/.exec(planUrl)![1]!;
    const key = JSON.stringify(`reinstate.unsaved.${caseId}`);
    await first.evaluate(`localStorage.setItem(${key}, ${JSON.stringify('Dear Seller Performance team,\n\nTyped while the server was away.\n')})`);
    await first.reload();
    await expect.poll(() => first.getByTestId('recovered').isVisible(), { timeout: 20_000 }).toBe(true);
    await first.getByTestId('recovered').locator('button').first().click();
    await expect.poll(() => first.getByTestId('letter-editor').inputValue()).toContain('server was away');
    await expect.poll(() => first.getByTestId('save-state').getAttribute('class'), { timeout: 20_000 }).toBe('save-state saved');
    expect(await first.evaluate(`localStorage.getItem(${key})`)).toBeNull();
    await first.close();
    await second.close();
  });
});
