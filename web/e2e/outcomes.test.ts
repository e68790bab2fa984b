import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/account/users.js';
import { issueToken } from '../../src/auth/tokens.js';
import { TEST_JWT_SECRET } from '../../test/api.js';
import { gql } from '../../test/http-client.js';
import { useWrites } from '../../test/writes.js';
import { idOf, useBrowserApp, WAIT } from './browser.js';

const PASSWORD = 'zhengzhou-outcomes-2015';
const ZHENGZHOU = idOf('Place', '郑州');
const LUOYANG = idOf('Place', '洛阳');
const QUALCOMM = idOf('Enterprise', '高通公司');
const CHIP = idOf('ChainLink', 'smartphone/chip');
const ZZ = { username: 'e2e-zz-outcomes', name: '赵科长', place: '郑州', placeId: ZHENGZHOU };
const LY = { username: 'e2e-ly-outcomes', name: '孙科长', place: '洛阳', placeId: LUOYANG };

/** A day `days` from today, `YYYY-MM-DD`, in China's time (the service's day). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

type Funnel = {
  total: number;
  paused: number;
  lost: number;
  stages: { stage: string; current: number; reached: number }[];
};
type HitRate = { topPerLink: number; total: { recommended: number; leads: number }; rows: unknown[] };

describe("an officer's workbench and 成效分析: what is due, what is late, how leads turn out", () => {
  const app = useBrowserApp();
  // Signing in starts sessions; following and marking the feed read write to the island: the fixture finds them by label.
  const owned = useWrites({ track: ['Session', 'User', 'Lead', 'LeadEvent', 'Interaction', 'Watch', 'FeedMark'] });
  let zzToken = '';
  let leadId = '';
  const api = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const reply = await gql<T>(app.url + '/graphql', query, variables, zzToken);
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data as T;
  };

  beforeAll(async () => {
    for (const u of [ZZ, LY])
      await addUser(owned.db, {
        username: u.username,
        name: u.name,
        roles: ['officer'],
        place: u.place,
        password: PASSWORD,
      });
    zzToken = `Bearer ${await issueToken(TEST_JWT_SECRET, ZZ.username, ['officer'], 1, undefined, { name: ZZ.name, place: ZHENGZHOU })}`;
    // A lead of 郑州 on 高通 for 芯片, contacted, with a next action that fell due three days ago.
    const { createLead } = await api<{ createLead: { lead: { id: string; version: number } } }>(
      'mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id version } } }',
      { input: { enterprise: QUALCOMM, place: ZHENGZHOU, link: CHIP, note: '浏览器测试' } },
    );
    leadId = createLead.lead.id;
    await api('mutation($id: ID!, $v: Int!) { moveLead(id: $id, stage: CONTACT, version: $v) { lead { id } } }', {
      id: leadId,
      v: createLead.lead.version,
    });
    await api('mutation($input: InteractionInput!) { recordInteraction(input: $input) { interaction { id } } }', {
      input: {
        lead: leadId,
        kind: 'VISIT',
        date: dayFromToday(-10),
        summary: '赴高通拜访，介绍郑州智能终端产业园',
        nextAction: { summary: '寄送园区资料和招商政策', due: dayFromToday(-3) },
      },
    });
  });

  async function signIn(username: string): Promise<Page> {
    const page = await app.open('/');
    await page.getByRole('link', { name: '登录' }).click();
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByTestId('sign-in-form').getByRole('button', { name: '登录' }).click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/workbench');
    return page;
  }

  it('an officer of 郑州 signs in and lands on 工作台: the overdue action, the alert, my leads by stage and the feed', async () => {
    const page = await signIn(ZZ.username);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('工作台');
    await expect
      .poll(() => page.getByRole('navigation', { name: '主导航' }).innerText(), WAIT)
      .toMatch(/工作台[\s\S]*成效分析/);

    const todo = page.getByTestId('todo-item').filter({ hasText: '高通公司' });
    await todo.first().waitFor(WAIT);
    expect(await todo.innerText()).toMatch(
      /已逾期 3 天[\s\S]*高通公司[\s\S]*芯片 · 郑州 · 接洽[\s\S]*寄送园区资料和招商政策/,
    );
    expect(await todo.getByRole('link', { name: '高通公司' }).getAttribute('href')).toBe(`/leads/${leadId}`);

    const { alerts } = await api<{ alerts: { kind: string; message: string; lead: { id: string } }[] }>(
      '{ alerts { kind message lead { id } } }',
    );
    const overdue = alerts.find((a) => a.lead.id === leadId && a.kind === 'OVERDUE_ACTION')!;
    expect(overdue.message).toBe('下一步工作已逾期 3 天');
    const alert = page.getByTestId('alert-item').filter({ hasText: overdue.message });
    expect(await alert.innerText()).toMatch(/逾期[\s\S]*高通公司[\s\S]*负责人 赵科长[\s\S]*下一步工作已逾期 3 天/);
    expect(await alert.getByRole('link', { name: '高通公司' }).getAttribute('href')).toBe(`/leads/${leadId}`);

    const contact = page.getByTestId('my-leads').locator('td[data-stage="CONTACT"] a');
    expect(await contact.innerText()).toBe('1');
    expect(await contact.getAttribute('href')).toBe('/pipeline?mine=1&stage=CONTACT');
    expect(await page.getByTestId('my-leads').locator('h2').innerText()).toContain('共 1 个');

    const feed = page.getByTestId('feed-item');
    await expect.poll(() => feed.count(), WAIT).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('feed').innerText()).toContain('最近 30 天');
    await app.shot(page, 'workbench-1366');

    await page.getByTestId('mark-seen').click();
    await page.getByTestId('feed-empty').waitFor(WAIT);
    expect(await page.getByTestId('feed').innerText()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 以来，0 条/);
  });

  it("opens 成效分析: the funnel as a chart and a table with the API's counts, the hit rate with its total first, CSV and print", async () => {
    const page = await signIn(ZZ.username);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '成效分析' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBe(ZHENGZHOU);
    await page.getByTestId('funnel-chart').locator('svg').waitFor(WAIT);

    const { funnel } = await api<{ funnel: Funnel }>(
      'query($place: ID) { funnel(place: $place) { total paused lost stages { stage current reached } } }',
      { place: ZHENGZHOU },
    );
    expect(funnel.total).toBeGreaterThanOrEqual(1);
    const rows = await page
      .getByTestId('funnel-table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => {
          const cells = [...tr.children].map((c) => (c as HTMLElement).innerText.trim());
          return { stage: tr.getAttribute('data-stage'), current: Number(cells[1]), reached: Number(cells[2]) };
        }),
      );
    expect(rows).toEqual(funnel.stages);
    expect(await page.getByTestId('funnel-totals').innerText()).toContain(`共 ${funnel.total} 个项目`);
    // The chart draws the stages and a bar label per number.
    const chartText = await page.getByTestId('funnel-chart').locator('svg').textContent();
    for (const word of ['线索', '接洽', '达产', '累计到达', '当前']) expect(chartText).toContain(word);
    // The table says conversion to the next stage in words.
    expect(await page.locator('tr[data-stage="CLUE"]').innerText()).toMatch(/→ 接洽 \d+(\.\d)?%/);

    const { recommendationHitRate: hits } = await api<{ recommendationHitRate: HitRate }>(
      'query($place: ID) { recommendationHitRate(place: $place) { topPerLink total { recommended leads } rows { recommended } } }',
      { place: ZHENGZHOU },
    );
    const hitRows = page.getByTestId('hit-row');
    await hitRows.first().waitFor(WAIT);
    expect(await hitRows.count()).toBe(hits.rows.length + 1);
    expect(await hitRows.first().innerText()).toMatch(
      new RegExp(`^合计\\s+1 个地区\\s+${hits.total.recommended}\\s+${hits.total.leads}\\s`),
    );
    expect(await page.getByTestId('hits-explained').innerText()).toContain(
      `每个缺失环节按推荐排名前 ${hits.topPerLink} 家计入`,
    );
    await app.shot(page, 'outcomes-1366');

    for (const [button, header] of [
      ['export-funnel', '阶段,当前,累计到达,转化率（到下一阶段）,平均停留天数,中位停留天数'],
      ['export-hits', '产业链,地区,推荐企业数,成为线索,线索率,签约,签约率,投产,投产率'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
      expect(download.suggestedFilename()).toMatch(/^招商成效-郑州-\d{4}-\d{2}-\d{2}-(转化漏斗|推荐命中率)\.csv$/);
      const bytes = readFileSync((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe(header);
      if (button === 'export-hits') expect(lines[1]).toMatch(new RegExp(`^合计,1 个地区,${hits.total.recommended},`));
      else expect(lines[1]).toMatch(new RegExp(`^线索,${funnel.stages[0]!.current},${funnel.stages[0]!.reached},`));
    }

    await page.emulateMedia({ media: 'print' });
    // About an A4 page's width, as the printer lays it out.
    await page.setViewportSize({ width: 794, height: 1123 });
    const printed = await page.locator('body').innerText();
    for (const part of ['招商成效分析 · 郑州 · 全部产业链 · 打印于', '转化漏斗', '推荐命中率', '合计'])
      expect(printed).toContain(part);
    expect(printed).not.toMatch(/导出|打印报告|只看我的|登录/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await app.shot(page, 'outcomes-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The period: a typing slip is refused in words; a period after today's leads counts none.
    await page.getByTestId('from-filter').fill('2026-02-30');
    await page.getByTestId('from-filter').press('Enter');
    await page.getByTestId('from-filter').blur();
    expect(await page.getByRole('alert').innerText()).toContain('不是日期，请按 2026-01-01 的格式填写');
    await page.getByTestId('from-filter').fill(dayFromToday(2).replace(/-/g, '/'));
    await page.getByTestId('from-filter').blur();
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), WAIT).toBe(dayFromToday(2));
    await page.getByTestId('funnel-empty').waitFor(WAIT);
    expect(await page.getByTestId('funnel-chart').count()).toBe(0);
    await page.getByTestId('from-filter').fill('');
    await page.getByTestId('from-filter').blur();
    await expect.poll(() => new URL(page.url()).searchParams.get('from'), WAIT).toBeNull();

    // Only mine: the filter goes into the URL and the API is asked for this officer's leads.
    await page.getByTestId('only-mine').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('owner'), WAIT).toBe(ZZ.username);
    await expect.poll(() => page.getByTestId('funnel-totals').innerText(), WAIT).toContain('共 1 个项目');
  });

  it('follows 高通公司 from its enterprise page and 智能手机产业链 from its map, sees them on the workbench, and stops following there', async () => {
    const page = await signIn(ZZ.username);
    await page.goto(`${app.url}/enterprise/${QUALCOMM}`);
    const follow = page.getByTestId('follow-button');
    await follow.waitFor(WAIT);
    const words = async () => (await follow.innerText()).replace(/\s+/g, ' ');
    expect(await words()).toBe('☆ 关注');
    await follow.click();
    await expect.poll(words, WAIT).toBe('★ 已关注');
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await app.shot(page, 'enterprise-followed', { fullPage: false });

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作台' }).click();
    const watched = page.getByTestId('watch-item').filter({ hasText: '高通公司' });
    await watched.waitFor(WAIT);
    expect(await watched.innerText()).toMatch(/^企业\s*高通公司\s*取消关注$/);
    expect(await watched.getByRole('link', { name: '高通公司' }).getAttribute('href')).toBe(`/enterprise/${QUALCOMM}`);
    await watched.getByRole('button', { name: '取消关注高通公司' }).click();
    await page.getByTestId('watch-empty').waitFor(WAIT);

    // The chain map's header follows the chain.
    await page.goto(`${app.url}/chain/${idOf('Chain', 'smartphone')}?place=${ZHENGZHOU}`);
    const followChain = page.getByTestId('follow-button');
    await followChain.waitFor(WAIT);
    await followChain.click();
    await expect.poll(async () => (await followChain.innerText()).replace(/\s+/g, ' '), WAIT).toBe('★ 已关注');
    await app.shot(page, 'chain-map-followed', { fullPage: false });
    await page.goto(`${app.url}/workbench`);
    const chain = page.getByTestId('watch-item').filter({ hasText: '智能手机产业链' });
    await chain.waitFor(WAIT);
    expect(await chain.innerText()).toMatch(/^产业链\s*智能手机产业链\s*取消关注$/);
  });

  it('an officer of 洛阳 sees an empty workbench: no alerts, nothing due, nothing of 郑州', async () => {
    const page = await signIn(LY.username);
    await page.getByTestId('alerts-empty').waitFor(WAIT);
    await page.getByTestId('todo-empty').waitFor(WAIT);
    await page.getByTestId('feed-empty').waitFor(WAIT);
    const main = await page.locator('main').innerText();
    expect(main).toContain('洛阳的招商项目目前没有逾期、停滞或延期的情况');
    expect(main).not.toMatch(/高通公司|郑州/);
    expect(await page.getByTestId('my-leads').locator('h2').innerText()).toContain('共 0 个');
    await app.shot(page, 'workbench-empty-luoyang');
  });

  it('without signing in, 工作台 and 成效分析 ask to sign in, in Chinese', async () => {
    for (const path of ['/workbench', '/pipeline/outcomes']) {
      const page = await app.open(path);
      const prompt = page.getByTestId('sign-in-prompt');
      await prompt.waitFor(WAIT);
      expect(await prompt.innerText()).toMatch(/只对已登录的招商人员开放。请先登录。/);
      expect(await prompt.getByRole('link', { name: '登录' }).getAttribute('href')).toMatch(/^\/signin\?next=/);
      if (path === '/workbench') await app.shot(page, 'workbench-anonymous', { fullPage: false });
    }
  });
});
