import { describe, expect, it } from 'vitest';
import { idOf, useBrowserApp, WAIT } from './browser.js';

describe('when the database is away', () => {
  // Nothing listens on port 1: the service stays up and answers SERVICE_UNAVAILABLE, as in a real outage.
  const app = useBrowserApp({ neo4jUri: 'bolt://127.0.0.1:1' });

  it('a page says so in words and retries by itself every few seconds, never a blank page', async () => {
    const page = await app.open(`/chain/${idOf('Chain', 'smartphone')}`);
    app.expectConsoleErrors(page, /status of 50[03]/);
    let attempts = 0;
    page.on('request', (r) => void (r.url().endsWith('/graphql') && r.postData()?.includes('ChainMap') && attempts++));
    const notice = page.getByTestId('unavailable');
    await expect.poll(() => notice.innerText(), WAIT).toContain('数据库暂时无法访问');
    expect(await notice.innerText()).toMatch(/正在自动重试（\d 秒后）/);
    await app.shot(page, 'database-unavailable', { fullPage: false });
    const before = attempts;
    await expect.poll(() => attempts, { timeout: 12_000 }).toBeGreaterThan(before);
  });
});
