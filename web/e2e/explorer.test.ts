import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_DIR } from '../../test/api.js';
import { useBrowserApp, WAIT } from './browser.js';

describe('the API explorer at /graphiql, for front-end teams and analysts', () => {
  const app = useBrowserApp();

  it('opens offline with every contract operation as an example tab, runs one, and browses the schema docs', async () => {
    const page = await app.open('/graphiql', { viewport: { width: 1920, height: 1080 } });
    const tabs = page.locator('.graphiql-tab');
    const operations = readdirSync(CONTRACT_DIR).filter((f) => f.endsWith('.graphql')).length;
    expect(operations).toBe(14);
    await expect.poll(() => tabs.count(), WAIT).toBe(operations);
    await tabs.filter({ hasText: 'ChainGaps' }).click();
    // The editors load their contents a moment after the page: run once the variables are in.
    await expect.poll(() => page.locator('.graphiql-editor-tool').innerText(), WAIT).toContain('"chain"');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').innerText(), WAIT).toContain('coverage');
    expect(await page.locator('.result-window').innerText()).toContain('智能手机产业链');
    await page.getByRole('button', { name: /documentation/i }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), WAIT).toContain('Query');
    await app.shot(page, 'graphiql', { fullPage: false });
  });
});
