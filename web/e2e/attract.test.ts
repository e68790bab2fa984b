import { describe, expect, it } from 'vitest';
import { idOf, useBrowserApp, WAIT } from './browser.js';

describe('whom to attract', () => {
  const app = useBrowserApp();

  it('ranks enterprises for the smartphone chain in 郑州 with their reasons, and shows what attracting one would change', async () => {
    const page = await app.open(`/chain/${idOf('Chain', 'smartphone')}/attract?place=${idOf('Place', '郑州')}`);
    const cards = page.getByTestId('recommendation');
    await expect.poll(() => cards.count(), WAIT).toBeGreaterThan(2);
    const first = cards.first();
    expect(await first.locator('.reasons li').count()).toBeGreaterThan(0);
    expect(await first.innerText()).toContain('可补环节');
    await first.getByRole('button', { name: '测算：引进后会怎样' }).click();
    await expect.poll(() => first.getByTestId('what-if').innerText(), WAIT).toMatch(/覆盖率\s*8%\s*→\s*\d+%/);
    expect(await first.getByTestId('what-if').innerText()).toContain('可补齐的环节');
    await app.shot(page, 'attract');
  });
});
