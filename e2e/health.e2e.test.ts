import { describe, expect, it } from 'vitest';
import { useServedApp } from './served-app.ts';

describe('the served app', () => {
  const served = useServedApp();

  it('shows the installation health and switches to Chinese', async () => {
    const page = await served.browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 720 } });
    await page.goto(`${served.app.url}/#/health`);
    await expect.poll(() => page.getByTestId('health-status').textContent()).toBe('Everything is working.');
    expect(await page.locator('dd').nth(1).textContent()).toBe('Embedded PostgreSQL (PGlite)');
    await page.screenshot({ path: 'test-results/health-en.png', fullPage: true });

    await page.getByTestId('language-select').selectOption('zh-CN');
    expect(await page.getByTestId('health-status').textContent()).toBe('一切正常。');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.screenshot({ path: 'test-results/health-zh-CN.png', fullPage: true });

    // The choice is remembered across a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('health-status').textContent()).toBe('一切正常。');
  });

  it('follows a Chinese browser', async () => {
    const page = await served.browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${served.app.url}/#/health`);
    await expect.poll(() => page.locator('h2').textContent()).toBe('安装状态');
  });
});
