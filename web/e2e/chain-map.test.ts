import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idOf, OFFICE, PROJECTOR, SHOTS, useBrowserApp, WAIT } from './browser.js';

const SMARTPHONE = idOf('Chain', 'smartphone');
const MAJOR_EQUIPMENT = idOf('Chain', 'major-equipment');
const ZHENGZHOU = idOf('Place', '郑州');
const LUOYANG = idOf('Place', '洛阳');
const mapOf = (place = ZHENGZHOU) => `/chain/${SMARTPHONE}?place=${place}`;
const placeParam = (page: Page) => new URL(page.url()).searchParams.get('place');
const focused = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    link: document.activeElement?.getAttribute('data-link-id'),
    list: !!document.activeElement?.closest('.link-list'),
    text: document.activeElement?.textContent?.trim(),
  }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    await expect
      .poll(() => page.locator('.link-list [data-status]', { hasText: '整机' }).getAttribute('data-status'), WAIT)
      .toBe('TARGETED');
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
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
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
    for (const part of ['产业链报告', '智能手机产业链', '郑州', '打印于', '规划原文依据', '重点在芯片'])
      expect(printed).toContain(part);
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

  it('without a place, the picker says 河南（全省）, and from 郑州 the officer can go back to the province', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}`);
    const picker = page.getByTestId('place-picker');
    await expect.poll(() => picker.locator('option:checked').innerText(), WAIT).toBe('河南（全省）');
    // The subtitle names the place once the map's answer is in (the picker knows it before).
    await expect.poll(() => page.locator('.page-header .subtitle').innerText(), WAIT).toContain('从「河南」看');
    await picker.selectOption({ label: '郑州' });
    await expect.poll(() => placeParam(page), WAIT).toBe(ZHENGZHOU);
    await expect.poll(() => page.getByTestId('coverage').innerText(), WAIT).toContain('8%');
    await picker.selectOption({ label: '河南（全省）' });
    await expect.poll(() => placeParam(page), WAIT).toBeNull();
    await expect.poll(() => page.locator('.page-header .subtitle').innerText(), WAIT).toContain('从「河南」看');
    expect(await picker.locator('option:checked').innerText()).toBe('河南（全省）');
  });

  it("names 郑州's counties and districts without brackets inside brackets", async () => {
    const page = await app.open(mapOf());
    const options = page.getByTestId('place-picker').locator('option');
    await expect.poll(() => options.allInnerTexts(), WAIT).toContain('郑州 › 登封');
    for (const label of [
      ...(await options.allInnerTexts()),
      ...(await page
        .getByTestId('place-picker')
        .locator('optgroup')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('label') ?? ''))),
    ]) {
      expect(label).not.toMatch(/（[^）]*（/);
    }
  });

  it('types zz in the place picker to reach 郑州, as officers type pinyin initials', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}`);
    const picker = page.getByTestId('place-picker');
    await picker.locator('option', { hasText: '郑州' }).waitFor({ state: 'attached', ...WAIT });
    await picker.focus();
    await page.keyboard.type('zz');
    await expect.poll(() => placeParam(page), WAIT).toBe(ZHENGZHOU);
    await expect.poll(() => page.getByTestId('coverage').innerText(), WAIT).toContain('8%');
    await picker.focus();
    await page.keyboard.type('luoyang');
    await expect.poll(() => placeParam(page), WAIT).toBe(LUOYANG);
  });

  it('switching the place keeps the title, tabs and picker, asks in parallel, and says when it is still loading', async () => {
    const page = await app.open(mapOf());
    await page.locator('.link-list [data-status]').first().waitFor(WAIT);
    const asked: string[] = [];
    let answered = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      const op = /"operationName":"(\w+)"/.exec(body)?.[1] ?? /query (\w+)/.exec(body)?.[1] ?? '?';
      if (body.includes(LUOYANG)) asked.push(`${op}${answered ? ' (after the map)' : ''}`);
      if (op === 'ChainMap' && body.includes(LUOYANG)) {
        await sleep(5_000);
        answered = true;
      }
      await route.continue();
    });
    await page.getByTestId('place-picker').selectOption({ label: '洛阳' });
    await page.getByTestId('loading').waitFor(WAIT);
    expect(await page.locator('h1').innerText()).toBe('智能手机产业链');
    expect(await page.locator('.tabs a').count()).toBe(4);
    expect(await page.getByTestId('place-picker').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('loading').innerText(), { timeout: 4_500 }).toContain('仍在加载');
    await app.shot(page, 'chain-map-still-loading', { fullPage: false });
    // The picker's own question about 洛阳 went out while the map was still on its way.
    expect(asked).toContain('PlaceContext');
    await expect
      .poll(() => page.locator('.link-list [data-status]', { hasText: '整机' }).getAttribute('data-status'), WAIT)
      .toBe('TARGETED');
  });

  it('says the place was not found when the place in the URL does not exist, and titles an unknown chain once', async () => {
    const page = await app.open(`/chain/${SMARTPHONE}?place=${idOf('Place', '不存在的地方')}`);
    await expect.poll(() => page.getByTestId('not-found').innerText(), WAIT).toContain('未找到该地区');
    expect(await page.getByTestId('not-found').innerText()).not.toContain('产业链');
    const chain = await app.open(`/chain/${idOf('Chain', 'no-such-chain')}`);
    await expect.poll(() => chain.getByTestId('not-found').innerText(), WAIT).toContain('未找到该产业链');
    expect(await chain.title()).toBe('未找到该产业链 · 产业链图谱');
  });

  it('the exported SVG and PNG hold the title, place, date, the whole legend and the source, all inside the picture', async () => {
    const page = await app.open(mapOf());
    await page.locator('.map-inner [data-status]').first().waitFor(WAIT);
    const save = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const svg = (await save('导出 SVG')).toString('utf8');
    const viewer = await page.context().newPage();
    await viewer.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const measured = await viewer.evaluate(() => {
      const root = document.querySelector('body > svg') as SVGSVGElement;
      const frame = [...root.querySelectorAll(':scope > text')] as SVGTextElement[];
      return {
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: frame
          .map((t) => ({ text: t.textContent ?? '', box: t.getBBox() }))
          .map(({ text, box }) => ({ text, left: box.x, right: box.x + box.width, bottom: box.y + box.height })),
      };
    });
    const said = measured.texts.map((t) => t.text).join('');
    for (const part of [
      '智能手机产业链 · 郑州',
      '覆盖率 8%',
      '截至',
      '已覆盖：本地已有企业在这一环节生产经营。',
      '拟引进：本地尚无企业，规划已点名拟引进或争取的企业。',
      '缺口：本地尚无企业，规划也未点名引进对象。',
      '《先进制造业大省建设重点产业发展2015年实施方案》',
      '2015年5月14日',
    ]) {
      expect(said).toContain(part);
    }
    expect(said).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    for (const t of measured.texts) {
      expect(t.left, t.text).toBeGreaterThanOrEqual(0);
      expect(t.right, t.text).toBeLessThanOrEqual(measured.width);
      expect(t.bottom, t.text).toBeLessThanOrEqual(measured.height);
    }
    await viewer.screenshot({ path: `${SHOTS}/chain-map-exported-svg.png`, fullPage: true });
    const png = await save('导出 PNG');
    // PNG width and height (big-endian at bytes 16 and 20): the SVG's, at twice the size.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([measured.width * 2, measured.height * 2]);
  });

  it('from the 芯片 panel, the officer sees in place what 高通公司 would change, then whom else to approach for 芯片', async () => {
    const page = await app.open(mapOf());
    await page.locator('.link-list button', { hasText: '芯片' }).click();
    const panel = page.getByTestId('link-panel');
    const qualcomm = panel.locator('li', { hasText: '高通公司' });
    await qualcomm.getByRole('button', { name: /测算/ }).click();
    await expect
      .poll(() => qualcomm.getByTestId('what-if').innerText(), WAIT)
      .toMatch(/若高通公司落户郑州：覆盖率\s*8%\s*→\s*17%/);
    await app.shot(page, 'chain-map-chip-what-if', { fullPage: false });
    await panel.screenshot({ path: `${SHOTS}/chain-map-chip-panel-what-if.png` });
    await panel.getByRole('link', { name: /看看该找谁/ }).click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe(`/chain/${SMARTPHONE}/attract`);
    expect(new URL(page.url()).searchParams.get('link')).toBe(idOf('ChainLink', 'smartphone/chip'));
    const cards = page.getByTestId('recommendation');
    await expect.poll(() => cards.count(), WAIT).toBe(3);
    for (const text of await cards.allInnerTexts()) expect(text).toContain('芯片');
    await app.shot(page, 'attract-for-chip', { fullPage: false });
  });

  it('closing the panel returns focus to the link that opened it, from the list and from the map', async () => {
    const page = await app.open(mapOf());
    const inList = page.locator('.link-list button', { hasText: '电池' });
    await inList.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('link-panel').waitFor(WAIT);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => focused(page), WAIT)
      .toMatchObject({ tag: 'BUTTON', link: idOf('ChainLink', 'smartphone/battery'), list: true });
    const onMap = page.locator('.map-inner button[data-link-id]').filter({ hasText: '芯片' });
    await onMap.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('link-panel').getByRole('button', { name: '关闭环节详情' }).click();
    await expect
      .poll(() => focused(page), WAIT)
      .toMatchObject({ tag: 'BUTTON', link: idOf('ChainLink', 'smartphone/chip'), list: false });
  });

  it('at 1920 the map grows to fill its card', async () => {
    const page = await app.open(mapOf(), { viewport: PROJECTOR });
    await page.locator('.map-inner [data-status]').first().waitFor(WAIT);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const card = document.querySelector('.map-card')!;
            const inner = document.querySelector('.map-inner')!.getBoundingClientRect();
            return inner.width / (card.clientWidth - 40);
          }),
        WAIT,
      )
      .toBeGreaterThan(0.85);
    const scroll = await page.evaluate(() => {
      const s = document.querySelector('.map-scroll')!;
      return s.scrollWidth - s.clientWidth;
    });
    expect(scroll).toBeLessThanOrEqual(0);
    expect(
      await page.evaluate(() => document.querySelector('.map-inner')!.getBoundingClientRect().bottom),
    ).toBeLessThan(1080 + 200);
    await app.shot(page, 'chain-map-zhengzhou-1920', { fullPage: false });
  });

  it('at 1366 the longest names fit inside their boxes and the map needs no sideways scrolling', async () => {
    const page = await app.open(`/chain/${MAJOR_EQUIPMENT}?place=${LUOYANG}`, { viewport: OFFICE });
    await page.locator('.map-inner [data-status]').first().waitFor(WAIT);
    await page.waitForTimeout(300);
    const scroll = await page.evaluate(() => {
      const s = document.querySelector('.map-scroll')!;
      return s.scrollWidth - s.clientWidth;
    });
    expect(scroll).toBeLessThanOrEqual(0);
    for (const [key, name] of [
      ['metallurgy-mining', '冶金矿山大型成套装备'],
      ['construction-rail', '工程机械及轨道交通装备'],
    ] as const) {
      const button = await page
        .locator(`.map-inner button[data-link-id="${idOf('ChainLink', `major-equipment/${key}`)}"]`)
        .boundingBox();
      // The name as the box shows it, on one line or two: every text of the chart that is a piece of it.
      const texts = await page.locator('.chart svg text').evaluateAll(
        (els, n) =>
          els
            .filter((e) => (e.textContent ?? '').length >= 2 && n.includes(e.textContent ?? ''))
            .map((e) => {
              const r = e.getBoundingClientRect();
              return { text: e.textContent, left: r.left, right: r.right };
            }),
        name,
      );
      expect(texts.length, name).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t.left, `${t.text}`).toBeGreaterThanOrEqual(button!.x);
        expect(t.right, `${t.text}`).toBeLessThanOrEqual(button!.x + button!.width);
      }
    }
    await app.shot(page, 'chain-map-major-equipment-1366', { fullPage: false });
  });

  it("at 1366 the panel's main action is in view as it opens, with no second scrollbar", async () => {
    const page = await app.open(mapOf(), { viewport: OFFICE });
    await page.locator('.link-list button', { hasText: '芯片' }).click();
    const panel = page.getByTestId('link-panel');
    await expect.poll(() => panel.innerText(), WAIT).toContain('本地企业（0 家）');
    expect(await panel.evaluate((p) => p.scrollHeight - p.clientHeight)).toBeLessThanOrEqual(1);
    const action = await panel.getByRole('link', { name: /看看该找谁/ }).boundingBox();
    expect(action!.y + action!.height).toBeLessThanOrEqual(768);
    expect(action!.y).toBeGreaterThanOrEqual(0);
    await app.shot(page, 'chain-map-chip-panel-1366', { fullPage: false });
  });
});
