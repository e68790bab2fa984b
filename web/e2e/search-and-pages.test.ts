import { describe, expect, it } from 'vitest';
import { idOf, PROJECTOR, useBrowserApp, WAIT } from './browser.js';

describe('finding things, and the pages they open', () => {
  const app = useBrowserApp();

  it('the home page lists the 19 key industries in their four categories, each with its targets and chains', async () => {
    const page = await app.open('/');
    await expect.poll(() => page.getByTestId('sector-card').count(), WAIT).toBe(19);
    const text = await page.locator('main').innerText();
    for (const category of ['高成长性制造业', '战略性新兴产业', '传统支柱产业', '生产性服务业'])
      expect(text).toContain(category);
    const electronics = page.getByTestId('sector-card').filter({ hasText: '电子信息' });
    expect(await electronics.innerText()).toContain('智能手机产业链');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);
    await app.shot(page, 'home');
    const big = await app.open('/', { viewport: PROJECTOR });
    await big.getByTestId('sector-card').first().waitFor();
    await app.shot(big, 'home-1920');
  });

  it('search by the initials fsk finds 富士康集团, and Enter opens its page with every stance and its quote', async () => {
    const page = await app.open('/');
    await page.getByTestId('search-input').fill('fsk');
    await expect.poll(() => page.getByTestId('search-hit').first().innerText(), WAIT).toContain('富士康集团');
    await app.shot(page, 'search-fsk', { fullPage: false });
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('富士康集团');
    expect(new URL(page.url()).pathname).toBe(`/enterprise/${idOf('Enterprise', '富士康集团')}`);
    const stances = page.getByTestId('stance');
    expect(await stances.count()).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).toContain('郑州航空港区');
    expect(await stances.first().locator('blockquote').count()).toBeGreaterThan(0);
    await app.shot(page, 'enterprise-foxconn');
  });

  it('from the home page, picks 智能手机 and 郑州 and opens their chain map', async () => {
    const page = await app.open('/');
    await page
      .getByTestId('quick-chain')
      .locator('option', { hasText: '智能手机产业链' })
      .waitFor({ state: 'attached', ...WAIT });
    await page.getByTestId('quick-chain').selectOption({ label: '智能手机产业链' });
    await page.getByTestId('place-picker').selectOption({ label: '郑州' });
    await page.getByRole('button', { name: '查看产业链图谱' }).click();
    await expect
      .poll(() => page.url(), WAIT)
      .toContain(`/chain/${idOf('Chain', 'smartphone')}?place=${idOf('Place', '郑州')}`);
    await expect.poll(() => page.locator('.map-inner button[data-status]').count(), WAIT).toBe(12);
  });

  it('search with the arrow keys, and a search that finds nothing says what to try', async () => {
    const page = await app.open('/');
    await page.getByTestId('search-input').fill('郑州');
    await page.getByTestId('search-hit').first().waitFor(WAIT);
    await page.getByTestId('search-input').press('ArrowDown');
    await page.getByTestId('search-input').press('Enter');
    await expect
      .poll(() => new URL(page.url()).pathname, WAIT)
      .toMatch(/^\/(place|enterprise|cluster|project|chain|sector)\//);
    const none = await app.open('/');
    await none.getByTestId('search-input').fill('zzqqxx');
    await expect.poll(() => none.locator('.results').innerText(), WAIT).toContain('没有找到');
  });

  it('a place page shows the links it lacks most, its enterprises and clusters', async () => {
    const page = await app.open(`/place/${idOf('Place', '郑州')}`);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toContain('郑州');
    const text = await page.locator('main').innerText();
    expect(text).toContain('最该补的环节');
    expect(text).toContain('富士康集团');
    await app.shot(page, 'place-zhengzhou');
  });

  it('a sector page shows its chains, clusters and targets with their quotes', async () => {
    const page = await app.open(`/sector/${idOf('Sector', 'electronics')}`);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('电子信息');
    const text = await page.locator('main').innerText();
    expect(text).toContain('智能手机产业链');
    expect(text).toContain('规划目标');
    await app.shot(page, 'sector-electronics');
  });

  it('the plan consistency page shows each finding with both sets of quotes, mismatches first', async () => {
    const page = await app.open('/consistency');
    const findings = page.getByTestId('finding');
    await expect.poll(() => findings.count(), WAIT).toBeGreaterThan(3);
    const first = await findings.first().innerText();
    expect(first).toContain('不一致');
    expect(await page.locator('main').innerText()).toContain(
      '规划写明33030亿元，但所属 6 个产业的收入目标合计33430亿元（多400亿元）',
    );
    expect(await findings.first().locator('blockquote').count()).toBeGreaterThanOrEqual(2);
    await app.shot(page, 'consistency');
  });

  it('a cluster and a project have pages of their own, with the plan sentence behind them', async () => {
    const { data } = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ clusters(where: { minTierYi: 1000 }) { id name } projects(first: 1) { edges { node { id name } } } }',
      }),
    }).then((r) => r.json());
    const cluster = await app.open(`/cluster/${data.clusters[0].id}`);
    await expect.poll(() => cluster.locator('h1').innerText(), WAIT).toBe(data.clusters[0].name);
    expect(await cluster.locator('blockquote').count()).toBeGreaterThan(0);
    await app.shot(cluster, 'cluster');
    const project = await app.open(`/project/${data.projects.edges[0].node.id}`);
    await expect.poll(() => project.locator('h1').innerText(), WAIT).toBe(data.projects.edges[0].node.name);
    await app.shot(project, 'project');
  });

  it('an unknown enterprise or page says so in words', async () => {
    const page = await app.open(`/enterprise/${idOf('Enterprise', '不存在的公司')}`);
    await expect.poll(() => page.getByTestId('not-found').innerText(), WAIT).toContain('未找到该企业');
    const wrongKind = await app.open(`/enterprise/${idOf('Place', '郑州')}`);
    await expect.poll(() => wrongKind.getByTestId('not-found').innerText(), WAIT).toContain('未找到该企业');
    const nowhere = await app.open('/no/such/page');
    await expect.poll(() => nowhere.getByTestId('not-found').innerText(), WAIT).toContain('页面不存在');
    await app.shot(nowhere, 'not-found');
  });

  it('the home form starts at 河南（全省）, opens the province map, and types pinyin initials to pick a chain', async () => {
    const page = await app.open('/');
    const picker = page.getByTestId('place-picker');
    await expect.poll(() => picker.locator('option:checked').innerText(), WAIT).toBe('河南（全省）');
    const chains = page.getByTestId('quick-chain');
    await chains.locator('option', { hasText: '汽车零部件产业链' }).waitFor({ state: 'attached', ...WAIT });
    await chains.focus();
    await page.keyboard.type('qclbj');
    await expect.poll(() => chains.inputValue(), WAIT).toBe(idOf('Chain', 'auto-parts'));
    await page.getByRole('button', { name: '查看产业链图谱' }).click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe(`/chain/${idOf('Chain', 'auto-parts')}`);
    expect(new URL(page.url()).searchParams.get('place')).toBeNull();
  });

  it("remembers the officer's last place and chain: the home form and 全省概览 start there on the next visit", async () => {
    const page = await app.open(`/chain/${idOf('Chain', 'auto-parts')}`);
    await page
      .getByTestId('place-picker')
      .locator('option', { hasText: '郑州' })
      .waitFor({ state: 'attached', ...WAIT });
    await page.getByTestId('place-picker').selectOption({ label: '郑州' });
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBe(idOf('Place', '郑州'));
    // Remembered once the map for 郑州 has come (宇通 on 整车: 1 of 18 links).
    await expect.poll(() => page.getByTestId('coverage').innerText(), WAIT).toContain('18 个环节中 1 个');
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.getByTestId('place-picker').locator('option:checked').innerText(), WAIT).toBe('郑州');
    await expect.poll(() => page.getByTestId('quick-chain').inputValue(), WAIT).toBe(idOf('Chain', 'auto-parts'));
    await app.shot(page, 'home-remembered');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '全省概览' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('chain'), WAIT).toBe(idOf('Chain', 'auto-parts'));
    await expect.poll(() => page.locator('#tiles-title').innerText(), WAIT).toContain('汽车零部件产业链');
  });

  it("following a link moves focus to the new page's heading and announces the page", async () => {
    const page = await app.open('/');
    await page.getByTestId('sector-card').first().waitFor(WAIT);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '目标进度' }).click();
    await expect
      .poll(
        () =>
          page.evaluate(() => ({
            tag: document.activeElement?.tagName,
            text: document.activeElement?.textContent?.trim(),
          })),
        WAIT,
      )
      .toEqual({ tag: 'H1', text: '目标进度' });
    await expect.poll(() => page.getByTestId('route-announcer').innerText(), WAIT).toContain('目标进度');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), WAIT).toBe('H1');
    expect(await page.getByTestId('route-announcer').innerText()).toContain('首页');
  });
});
