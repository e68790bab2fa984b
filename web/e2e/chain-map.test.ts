import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idOf, PROJECTOR, useBrowserApp, WAIT } from './browser.js';

const SMARTPHONE = idOf('Chain', 'smartphone');
const ZHENGZHOU = idOf('Place', '郑州');
const LUOYANG = idOf('Place', '洛阳');
const mapOf = (place = ZHENGZHOU) => `/chain/${SMARTPHONE}?place=${place}`;

describe('the chain map, as an officer in 郑州 uses it', () => {
  const app = useBrowserApp();

  it('shows 智能手机 in 郑州: 芯片 targeted, 整机 covered, in the chart and in the list, with the coverage', async () => {
    const page = await app.open(mapOf());
    const chart = page.locator('.map-inner [data-status]');
    const list = page.locator('.link-list [data-status]');
    await expect.poll(() => chart.count(), WAIT).toBe(12);
    expect(await list.count()).toBe(12);
    for (const where of [chart, list]) {
      expect(await where.filter({ hasText: '芯片' }).getAttribute('data-status')).toBe('TARGETED');
      expect(await where.filter({ hasText: '整机' }).getAttribute('data-status')).toBe('COVERED');
    }
    await expect.poll(() => page.getByTestId('coverage').innerText(), WAIT).toContain('8%');
    // The chart itself is ECharts' SVG with the links' names as text.
    expect(await page.locator('.chart svg text', { hasText: '摄像模组' }).count()).toBeGreaterThan(0);
    expect(await page.title()).toBe('智能手机产业链 · 郑州 · 产业链图谱');
    await app.shot(page, 'chain-map-zhengzhou');
  });

  it("opens the 芯片 panel and reads the plan's sentence, with its section and date", async () => {
    const page = await app.open(mapOf());
    await page.locator('.map-inner button', { hasText: '芯片' }).click();
    const panel = page.getByTestId('link-panel');
    await expect.poll(() => panel.innerText(), WAIT).toContain('本地企业（0 家）');
    const text = await panel.innerText();
    expect(text).toContain('高通公司');
    expect(text).toContain('积极争取高通公司');
    expect(text).toContain('二（一）1');
    expect(text).toContain('2015年5月14日');
    expect(new URL(page.url()).searchParams.get('link')).toBe(idOf('ChainLink', 'smartphone/chip'));
    await app.shot(page, 'chain-map-chip-panel', { fullPage: false });
  });

  it('is operated with the keyboard: into the map with Tab, along it with the arrows, open with Enter, close with Escape', async () => {
    const page = await app.open(mapOf());
    await page.locator('.map-inner [data-status]').first().waitFor();
    await page.locator('.map-inner button[tabindex="0"]').focus();
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await page.getByTestId('link-panel').waitFor();
    expect(await page.locator('#panel-title').innerText()).toBe(second!.split('，')[0]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('link-panel').count(), WAIT).toBe(0);
    // Only one tab stop inside the map.
    expect(await page.locator('.map-inner button[tabindex="0"]').count()).toBe(1);
  });

  it('the place picker changes the URL and the map: in 洛阳 整机 is only targeted', async () => {
    const page = await app.open(mapOf());
    await page.locator('.link-list [data-status]').first().waitFor();
    await page.getByTestId('place-picker').selectOption({ label: '洛阳' });
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBe(LUOYANG);
    await expect.poll(() => page.locator('.link-list [data-status]', { hasText: '整机' }).getAttribute('data-status'), WAIT).toBe('TARGETED');
    // The URL is the view: opening it again shows 洛阳.
    const again = await app.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => again.getByTestId('place-picker').inputValue(), WAIT).toBe(LUOYANG);
  });

  it('without a place, shows the province', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}`, { viewport: PROJECTOR });
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('智能手机产业链');
    await expect.poll(() => page.locator('.page-header .subtitle').innerText(), WAIT).toContain('河南');
    await app.shot(page, 'chain-map-province-1920');
  });

  it('exports the map as PNG and SVG and the link statuses as CSV that Excel opens', async () => {
    const page = await app.open(mapOf());
    await page.locator('.map-inner [data-status]').first().waitFor();
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const csv = await save('导出 CSV');
    expect(csv.name).toMatch(/^智能手机产业链-郑州-\d{4}-\d{2}-\d{2}-环节状态\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain('环节,阶段,状态');
    expect(text).toMatch(/芯片,上游,拟引进,[^\r]*展讯公司、联芯公司、高通公司|芯片,上游,拟引进,[^\r]*高通公司/);
    const svg = await save('导出 SVG');
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.bytes.toString('utf8')).toContain('智能手机产业链 · 郑州');
    expect(svg.bytes.toString('utf8')).toContain('摄像模组');
    const png = await save('导出 PNG');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.bytes.length).toBeGreaterThan(20_000);
  });

  it('prints a one-page A4 chain report: title, place, date, map, gap table, sources', async () => {
    const page = await app.open(mapOf());
    await page.locator('.map-inner [data-status]').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    const printed = await page.locator('main').innerText();
    for (const part of ['产业链报告', '智能手机产业链', '郑州', '打印于', '规划原文依据', '重点在芯片']) expect(printed).toContain(part);
    await app.shot(page, 'chain-map-print');
    // The plan's longest chain, for the whole province, fits one page too.
    const longest = await app.open(`/chain/${idOf('Chain', 'auto-parts')}`);
    await expect.poll(() => longest.locator('.map-inner button[data-status]').count(), WAIT).toBe(18);
    await longest.emulateMedia({ media: 'print' });
    const pdf2 = await longest.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf2.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });

  it('says so when the chain in the URL does not exist', async () => {
    const page = await app.open(`/chain/${idOf('Chain', 'no-such-chain')}`);
    await expect.poll(() => page.getByTestId('not-found').innerText(), WAIT).toContain('未找到该产业链');
    const malformed = await app.open('/chain/%3F%3F%3F');
    await expect.poll(() => malformed.getByTestId('not-found').innerText(), WAIT).toContain('未找到该产业链');
    await app.shot(malformed, 'chain-map-unknown-id');
  });
});
