import { describe, expect, it } from 'vitest';
import { idOf, PROJECTOR, useBrowserApp, WAIT } from './browser.js';

const SMARTPHONE = idOf('Chain', 'smartphone');
const ZHENGZHOU = idOf('Place', '郑州');

describe('whom to attract', () => {
  const app = useBrowserApp();

  it('ranks enterprises for the smartphone chain in 郑州 with their reasons, and shows what attracting one would change', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}/attract?place=${ZHENGZHOU}`);
    const cards = page.getByTestId('recommendation');
    await expect.poll(() => cards.count(), WAIT).toBeGreaterThan(2);
    const first = cards.first();
    expect(await first.locator('.reasons li').count()).toBeGreaterThan(0);
    expect(await first.innerText()).toContain('可补环节');
    await first.getByRole('button', { name: '测算：引进后会怎样' }).click();
    await expect.poll(() => first.getByTestId('what-if').innerText(), WAIT).toMatch(/覆盖率\s*8%\s*→\s*\d+%/);
    expect(await first.getByTestId('what-if').innerText()).toContain('可补齐的环节');
    await app.shot(page, 'attract');
    await app.shot(
      await app
        .open(`/chain/${SMARTPHONE}/attract?place=${ZHENGZHOU}`, { viewport: PROJECTOR })
        .then(async (p) => (await p.getByTestId('recommendation').first().waitFor(WAIT), p)),
      'attract-1920',
      { fullPage: false },
    );
  });

  it('gives enterprises with equal scores the same rank (并列), shows the score as a score, and explains it in words', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}/attract?place=${ZHENGZHOU}`);
    const cards = page.getByTestId('recommendation');
    await expect.poll(() => cards.count(), WAIT).toBe(14);
    const ranks = await cards.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-rank')));
    const scores = await page.getByTestId('score').allInnerTexts();
    // Ten enterprises each fill one of 郑州's missing links the plan names them for; four fill one it names no one for.
    expect(ranks).toEqual([...Array(10).fill('1'), ...Array(4).fill('11')]);
    expect(await cards.nth(0).innerText()).toContain('并列');
    expect(await cards.nth(10).innerText()).toContain('并列');
    expect(scores[0]).toBe('0.27');
    expect(scores[13]).toBe('0.07');
    expect(await cards.first().innerText()).not.toContain('%');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/权重|0\.8|再加 0\.2/);
    expect(text).toContain('得分相同的企业并列');
  });

  it('without a place the picker says 河南（全省）, and the officer can go back to it from 郑州', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}/attract`);
    const picker = page.getByTestId('place-picker');
    await expect.poll(() => picker.locator('option:checked').innerText(), WAIT).toBe('河南（全省）');
    await picker.selectOption({ label: '郑州' });
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBe(ZHENGZHOU);
    await expect.poll(() => page.locator('.page-header .subtitle').innerText(), WAIT).toContain('郑州');
    await picker.selectOption({ label: '河南（全省）' });
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBeNull();
    await expect.poll(() => page.locator('.page-header .subtitle').innerText(), WAIT).toContain('河南');
  });

  it('prints the list with a title, the place, the date and the source, without buttons or instructions', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}/attract?place=${ZHENGZHOU}`);
    await page.getByTestId('recommendation').first().waitFor(WAIT);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    for (const part of [
      '招商对象',
      '智能手机产业链',
      '郑州',
      '打印于',
      '《先进制造业大省建设重点产业发展2015年实施方案》',
      '高通公司',
    ])
      expect(printed).toContain(part);
    expect(printed).not.toMatch(/导出|测算|登录|API 浏览器/);
    expect(await page.locator('button:visible, select:visible, input:visible').count()).toBe(0);
    await app.shot(page, 'attract-print');
  });
});
