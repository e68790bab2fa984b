import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idOf, PROJECTOR, useBrowserApp, WAIT } from './browser.js';

const SMARTPHONE = idOf('Chain', 'smartphone');
const place = (name: string) => idOf('Place', name);

describe('comparing cities and the province at a glance', () => {
  const app = useBrowserApp();

  it('compares the smartphone chain in 郑州, 鹤壁 and 洛阳 as a grid of statuses', async () => {
    const page = await app.open(
      `/chain/${SMARTPHONE}/compare?places=${[place('郑州'), place('鹤壁'), place('洛阳')].join(',')}`,
    );
    const grid = page.getByTestId('compare-grid');
    await grid.waitFor(WAIT);
    expect(await grid.locator('thead th.place').allInnerTexts()).toEqual([
      expect.stringContaining('郑州'),
      expect.stringContaining('鹤壁'),
      expect.stringContaining('洛阳'),
    ]);
    const assembly = grid.locator('tbody tr', { hasText: '整机' });
    expect(
      await assembly.locator('td').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-status'))),
    ).toEqual(['COVERED', 'COVERED', 'TARGETED']);
    expect(await assembly.locator('td').first().innerText()).toContain('已覆盖');
    await app.shot(page, 'compare');
  });

  it('adding a city with its checkbox puts it in the URL; with one city it asks for another', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}/compare?places=${place('郑州')}`);
    await expect.poll(() => page.getByTestId('empty').innerText(), WAIT).toContain('请至少再选 1 个地区');
    await page.getByTestId('compare-开封').check();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('places'), WAIT)
      .toBe(`${place('郑州')},${place('开封')}`);
    await page.getByTestId('compare-grid').waitFor(WAIT);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF环节,阶段,郑州,开封')).toBe(true);
  });

  it("the tile map colours each of the province's 18 cities by coverage, and a tile opens that city's map", async () => {
    const page = await app.open(`/province?chain=${SMARTPHONE}`, { viewport: PROJECTOR });
    const tiles = page.getByTestId('tile-map').locator('a');
    await expect.poll(() => tiles.count(), WAIT).toBe(18);
    const zhengzhou = tiles.filter({ hasText: '郑州' });
    expect(await zhengzhou.innerText()).toContain('8%');
    expect(await zhengzhou.getAttribute('data-coverage')).toBe(String(1 / 12));
    await app.shot(page, 'province-tiles-1920');
    await zhengzhou.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBe(place('郑州'));
    expect(new URL(page.url()).pathname).toBe(`/chain/${SMARTPHONE}`);
  });

  it("without a chain in the URL the province view starts from the plan's first chain, 智能手机, and the picker changes it", async () => {
    const page = await app.open('/province');
    await expect.poll(() => new URL(page.url()).searchParams.get('chain'), WAIT).toBe(SMARTPHONE);
    await expect
      .poll(() => page.getByTestId('tile-map').locator('a', { hasText: '郑州' }).innerText(), WAIT)
      .toContain('8%');
    await page.getByTestId('chain-picker').selectOption({ label: '汽车零部件产业链' });
    await expect.poll(() => new URL(page.url()).searchParams.get('chain'), WAIT).toBe(idOf('Chain', 'auto-parts'));
    await expect.poll(() => page.locator('#tiles-title').innerText(), WAIT).toContain('汽车零部件产业链');
    // Once the new name shows, the tiles are the new chain's, never the first chain's answer
    // under the new name: 郑州 has 宇通 on 整车, 1 of the 18 links.
    expect(await page.getByTestId('tile-map').locator('a', { hasText: '郑州' }).innerText()).toContain(
      '覆盖 1/18 环节',
    );
    await app.shot(page, 'province-tiles');
  });

  it('prints the province at a glance with a title, the chain, the date and the source, without buttons or instructions', async () => {
    const page = await app.open(`/province?chain=${SMARTPHONE}`);
    await expect.poll(() => page.getByTestId('tile-map').locator('a').count(), WAIT).toBe(18);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    for (const part of [
      '全省概览',
      '智能手机产业链',
      '河南',
      '打印于',
      '《先进制造业大省建设重点产业发展2015年实施方案》',
      '郑州',
    ])
      expect(printed).toContain(part);
    expect(printed).not.toMatch(/导出|点击|登录|API 浏览器/);
    expect(await page.locator('button:visible, select:visible, input:visible').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await app.shot(page, 'province-print');
  });
});
