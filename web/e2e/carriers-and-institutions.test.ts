import { describe, expect, it } from 'vitest';
import { idOf, useBrowserApp, WAIT } from './browser.js';

describe('the whole plan in the app: carriers, institutions, projects without an owner', () => {
  const app = useBrowserApp();

  it('search finds a wind-power base as a 基地, and its page shows its place, link and the plan sentence', async () => {
    const page = await app.open('/');
    await page.getByTestId('search-input').fill('许昌整机装备');
    const hit = page.getByTestId('search-hit').filter({ hasText: '许昌整机装备风电产业基地' });
    await expect.poll(() => hit.innerText(), WAIT).toContain('基地');
    await hit.click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('许昌整机装备风电产业基地');
    expect(await page.getByTestId('carrier-kind').innerText()).toBe('基地');
    const text = await page.locator('main').innerText();
    expect(text).toContain('许昌');
    expect(text).toContain('整机总装');
    expect(text).toContain('五大风电产业基地建设');
    await app.shot(page, 'carrier-wind-base');
  });

  it('a designation of several cities lists them all: 国家级服务外包示范城市 in 郑州 and 洛阳', async () => {
    const page = await app.open(`/cluster/${idOf('Cluster', '国家级服务外包示范城市')}`);
    await expect.poll(() => page.getByTestId('carrier-kind').innerText(), WAIT).toBe('示范城市（国家级）');
    const places = await page.locator('.facts dd').nth(1).innerText();
    expect(places).toBe('郑州、洛阳');
  });

  it('a university is an institution, not an enterprise: labelled so in search and on its page', async () => {
    const page = await app.open('/');
    await page.getByTestId('search-input').fill('郑州大学');
    const hit = page.getByTestId('search-hit').filter({ hasText: '郑州大学' }).first();
    await expect.poll(() => hit.innerText(), WAIT).toContain('高等院校');
    await hit.click();
    await expect.poll(() => page.getByTestId('institution').innerText(), WAIT).toContain('不计入企业数量和产业链覆盖');
    await app.shot(page, 'institution');
  });

  it('a place and a sector show their carriers by kind, and a project without an owner says so', async () => {
    const place = await app.open(`/place/${idOf('Place', '郑州')}`);
    const carriers = place.getByTestId('carriers');
    await expect.poll(() => carriers.innerText(), WAIT).toContain('产业集群');
    expect(await carriers.innerText()).toContain('园区');
    const sector = await app.open(`/sector/${idOf('Sector', 'chemicals')}`);
    const projects = sector.getByTestId('sector-projects');
    await expect.poll(() => projects.innerText(), WAIT).toContain('开封市精细化工产业集聚区示范项目');
    expect(await projects.locator('li', { hasText: '开封市精细化工产业集聚区示范项目' }).innerText()).toContain(
      '未写明承担企业',
    );
    await app.shot(sector, 'sector-chemicals');
    await projects.getByRole('link', { name: '开封市精细化工产业集聚区示范项目' }).click();
    await expect.poll(() => sector.getByTestId('no-owner').innerText(), WAIT).toBe('规划未写明承担企业');
    expect(await sector.locator('main').innerText()).toContain('开封');
  });
});
