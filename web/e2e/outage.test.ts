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

  it('when the network fails, the page says the connection failed, not the database', async () => {
    const page = await app.open('/');
    app.expectConsoleErrors(page, /status of 50[03]|ERR_FAILED|ERR_INTERNET_DISCONNECTED/);
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.goto(`${app.url}/chain/${idOf('Chain', 'smartphone')}`);
    const notice = page.getByTestId('unavailable');
    await expect.poll(() => notice.innerText(), WAIT).toContain('无法连接服务器');
    expect(await notice.innerText()).not.toContain('数据库');
    expect(await notice.innerText()).toContain('网络');
    await app.shot(page, 'network-unavailable', { fullPage: false });
  });

  it('an unexpected server error is said in Chinese with its reference for the report, never the English or Java text', async () => {
    const page = await app.open('/');
    app.expectConsoleErrors(page, /status of 50[03]/);
    const answers = [
      {
        message: 'Internal server error (reference 3f2a91c0; the detail is in the service log).',
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          reference: '3f2a91c0',
          messageZh: '服务器内部错误（编号 3f2a91c0），请联系管理员。',
        },
      },
      {
        message: 'The query was refused: Neo.ClientError.Statement.SyntaxError: Invalid input',
        extensions: { code: 'BAD_USER_INPUT', neo4jCode: 'Neo.ClientError.Statement.SyntaxError' },
      },
    ];
    for (const error of answers) {
      await page.unrouteAll();
      await page.route('**/graphql', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [error], data: null }),
        }),
      );
      await page.goto(`${app.url}/chain/${idOf('Chain', 'smartphone')}`);
      const alert = page.locator('main [role="alert"]').first();
      await expect.poll(() => alert.innerText(), WAIT).toMatch(/[\u4e00-\u9fff]/);
      const said = await page.locator('main').innerText();
      expect(said).not.toMatch(/Internal server error|Neo\.|ClientError|refused|query/i);
      if (error.extensions.reference) expect(said).toContain('3f2a91c0');
      await app.shot(page, error.extensions.reference ? 'server-error-reference' : 'server-error-database', {
        fullPage: false,
      });
    }
  });
});
