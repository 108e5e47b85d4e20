import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useServedApp } from './served-app.ts';

const cli = new URL('../packages/cli/bin/reinstate.js', import.meta.url).pathname;

/** Once users exist, the app asks who you are, sends its CSRF token with every change, and signs out. */
describe('signing in', () => {
  const served = useServedApp();

  it('asks for a sign-in once a user exists, then works as that user', async () => {
    const added = spawnSync(process.execPath, [cli, '--data-dir', served.app.dataDir, 'user', 'add', 'agent', '--role', 'owner', '--password-stdin'], {
      input: 'a long enough password\n',
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
      timeout: 120_000,
    });
    expect(added.status, added.stderr).toBe(0);

    const page = await served.browser.newPage({ locale: 'en-US' });
    await page.goto(served.app.url);
    await expect.poll(() => page.locator('#sign-in-title').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('sign-in-user').fill('agent');
    await page.getByTestId('sign-in-password').fill('a wrong password');
    await page.locator('form button[type=submit]').click();
    await expect.poll(() => page.locator('[role=alert]').textContent()).toMatch(/wrong/);
    await page.getByTestId('sign-in-password').fill('a long enough password');
    await page.locator('form button[type=submit]').click();
    await expect.poll(() => page.locator('#accounts-title').isVisible(), { timeout: 20_000 }).toBe(true);

    // A change goes through: the session's CSRF token rides along.
    await page.locator('form input').first().fill('Signed-in store');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(/#\/accounts\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: 'test-results/signed-in-en-US.png', fullPage: true });

    // The owner adds a viewer from the settings screen.
    await page.goto(`${served.app.url}/#/settings`);
    const form = page.getByTestId('add-user');
    await form.locator('input').first().fill('reader');
    await form.locator('input[type=password]').fill('another long password');
    await form.locator('select').selectOption('viewer');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('#users-title').locator('xpath=..').textContent()).toContain('reader');
    await page.screenshot({ path: 'test-results/settings-users-en-US.png', fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('#sign-in-title').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.locator('#sign-in-title').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.close();
  });
});
