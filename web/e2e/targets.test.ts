import { describe, expect, it } from 'vitest';
import { sealer } from '../../src/privacy/data-key.js';
import { useWrites } from '../../test/writes.js';
import { idOf, useBrowserApp, WAIT } from './browser.js';

describe('targets: checking progress, and recording an actual', () => {
  const app = useBrowserApp();
  // The officer records the actual in the browser: the fixture finds it by its label.
  useWrites({ track: ['Actual'] });

  it('a reader sees every target with its baseline and attainment, and no write control', async () => {
    for (const roles of [undefined, ['reader' as const]]) {
      const page = await app.open(`/targets?sector=${idOf('Sector', 'electronics')}`, { roles });
      const rows = page.getByTestId('target-row');
      await expect.poll(() => rows.count(), WAIT).toBeGreaterThan(2);
      expect(await page.getByTestId('record-button').count()).toBe(0);
      expect(await page.getByTestId('read-only-hint').innerText()).toContain('登录后可录入');
      const revenue = rows
        .filter({ has: page.locator('[data-target-key="electronics-revenue"]') })
        .or(page.locator('[data-target-key="electronics-revenue"]'));
      expect(await revenue.first().innerText()).toContain('尚未录入');
      if (!roles) await app.shot(page, 'targets-reader');
    }
  });

  it("an officer signs in by pasting a token (the developers' way), records an actual, and sees the attainment move", async () => {
    const page = await app.open(`/targets?sector=${idOf('Sector', 'electronics')}`);
    await page.getByRole('link', { name: '登录' }).click();
    await page.getByText('开发人员：使用访问令牌').click();
    await page.getByTestId('token-input').fill(await app.token(['officer']));
    await app.shot(page, 'sign-in-token', { fullPage: false });
    await page.getByTestId('token-form').getByRole('button', { name: '使用令牌登录' }).click();
    await expect.poll(() => page.getByTestId('signed-in').innerText(), WAIT).toContain('officer-wang（招商人员）');
    const row = page.locator('[data-target-key="electronics-revenue"]');
    await row.getByTestId('record-button').click();
    await page.getByTestId('actual-value').fill('1725');
    await page.getByTestId('record-form').getByRole('button', { name: '保存' }).click();
    await expect.poll(() => row.innerText(), WAIT).toContain('1,725');
    expect(await row.innerText()).toMatch(/\d+%/);
    // 3450亿元 planned, 1725亿元 reached: how far is left, in words.
    expect(await row.innerText()).toContain('还差 1,725亿元');
    expect(await row.locator('[role="meter"]').getAttribute('aria-valuenow')).not.toBeNull();
    await app.shot(page, 'targets-officer-recorded');
    const [stored] = await app.db.read<{ value: number; by: string }>(
      "MATCH (:Target {key: 'electronics-revenue'})-[:HAS_ACTUAL]->(a:Actual) RETURN a.value AS value, a.recordedBy AS by",
    );
    // Who recorded it is private: sealed in the graph, and officer-wang under the data key.
    expect(stored!.by).toMatch(/^sealed:v1:/);
    expect({ ...stored, by: sealer().unseal(stored!.by) }).toEqual({ value: 1725, by: 'officer-wang' });
  });

  it('a bad token is refused at sign-in, in words', async () => {
    const page = await app.open('/targets');
    app.expectConsoleErrors(page, /status of 401 \(Unauthorized\)/);
    await page.getByRole('link', { name: '登录' }).click();
    await page.getByText('开发人员：使用访问令牌').click();
    await page.getByTestId('token-input').fill('not-a-token');
    await page.getByTestId('token-form').getByRole('button', { name: '使用令牌登录' }).click();
    await expect
      .poll(() => page.getByTestId('token-form').locator('[role="alert"]').innerText(), WAIT)
      .toContain('令牌无效');
    expect(await page.getByTestId('signed-in').count()).toBe(0);
  });

  it('explains the implied baseline in words, and keeps the category filter consistent with the sector', async () => {
    const electronics = idOf('Sector', 'electronics');
    for (const query of [`sector=${electronics}`, `category=TRADITIONAL_PILLAR&sector=${electronics}`]) {
      const page = await app.open(`/targets?${query}`);
      await expect.poll(() => page.getByTestId('target-row').count(), WAIT).toBeGreaterThan(2);
      expect(await page.getByTestId('category-filter').inputValue()).toBe('HIGH_GROWTH');
      expect(await page.getByTestId('sector-filter').inputValue()).toBe(electronics);
      const text = await page.locator('main').innerText();
      expect(text).toContain('推算基数');
      expect(text).toMatch(/推算基数[^。]*由[^。]*目标[^。]*增长率[^。]*倒推/);
      if (query.startsWith('sector')) await app.shot(page, 'targets-electronics');
    }
  });
});
