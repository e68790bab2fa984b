import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/account/users.js';
import { UNLAND_PROJECT } from '../../src/pipeline/queries.js';
import { useWrites } from '../../test/writes.js';
import { dayInChina } from '../src/lib/pipeline.js';
import { idOf, useBrowserApp, WAIT, type BrowserApp } from './browser.js';

const PASSWORD = 'zhengzhou-chips-2015';
const SMARTPHONE = idOf('Chain', 'smartphone');
const ZHENGZHOU = idOf('Place', '郑州');
const QUALCOMM = idOf('Enterprise', '高通公司');
const mapOf = (place = ZHENGZHOU) => `/chain/${SMARTPHONE}?place=${place}`;

/** Signs in with a password on the sign-in page and waits for the header to say who. */
async function signIn(app: BrowserApp, username: string, who: string, next = '/'): Promise<Page> {
  const page = await app.open(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByTestId('sign-in-form').getByRole('button', { name: '登录' }).click();
  await expect.poll(() => page.getByTestId('signed-in').innerText(), WAIT).toBe(who);
  return page;
}

/** On the lead page: chooses a stage in the move form, confirms, and waits for the stage bar to show it. */
async function moveTo(page: Page, word: string, note?: string) {
  const form = page.getByTestId('move-form');
  await form.getByRole('button', { name: word, exact: true }).click();
  if (note) await form.getByRole('textbox').last().fill(note);
  await form.getByRole('button', { name: `确认改为“${word}”` }).click();
  await expect
    .poll(() => page.locator('[data-testid="stage-bar"] [aria-current="step"]').innerText(), WAIT)
    .toContain(word);
}

/** On the enterprise page: 芯片 as the link, where the enterprise could fill more than one. */
async function chooseChip(start: ReturnType<Page['getByTestId']>) {
  const links = start.getByRole('combobox', { name: /为哪个环节/ });
  if (await links.count()) await links.selectOption({ label: '芯片（智能手机产业链）' });
}

const leadIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

describe('the 招商 pipeline, as officers of 郑州 and 洛阳 use it', () => {
  const app = useBrowserApp();
  // Signing in starts sessions; opening a lead is audited (AuditEntry): the fixture finds them by label.
  const owned = useWrites({ track: ['Session', 'User', 'Lead', 'LeadEvent', 'Interaction', 'AuditEntry'] });

  beforeAll(async () => {
    await addUser(owned.db, {
      username: 'zhang-pipe',
      name: '张科长',
      roles: ['officer'],
      place: '郑州',
      password: PASSWORD,
    });
    await addUser(owned.db, {
      username: 'liu-pipe',
      name: '刘科长',
      roles: ['officer'],
      place: '洛阳',
      password: PASSWORD,
    });
  });

  it('张科长 starts a lead on 高通公司 from the 芯片 panel, visits, negotiates, and takes it to 投产: 芯片 turns COVERED with the project as its source', async () => {
    const page = await signIn(app, 'zhang-pipe', '张科长（招商人员） · 郑州');
    await page.goto(app.url + mapOf());
    await page.locator('.map-inner button', { hasText: '芯片' }).click();
    const panel = page.getByTestId('link-panel');
    const start = panel.getByRole('button', { name: '建立招商线索：高通公司' });
    await start.waitFor(WAIT);
    await expect.poll(() => panel.getByTestId('link-pipeline').innerText(), WAIT).toContain('还没有这一环节的招商项目');
    await app.shot(page, 'pipeline-link-panel-start');
    await start.click();
    await panel.getByTestId('lead-created').getByRole('link', { name: '打开招商项目 →' }).click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('高通公司 · 芯片（郑州）');
    const leadId = leadIdOf(page);
    // The project lands on the chain map at 投产; undone after the test as a move back would undo it.
    owned.undo(() => owned.db.write(UNLAND_PROJECT, { enterprise: QUALCOMM, lead: leadId, prefix: `${leadId}\t` }));
    expect(await page.getByTestId('origin').innerText()).toMatch(/^规划原文「.*高通公司.*」$/);
    expect(await page.getByTestId('owner').innerText()).toBe('张科长');
    expect(await page.title()).toContain('高通公司 · 芯片（郑州）');

    // A visit with a next action due in a week.
    const visit = page.getByTestId('interaction-form');
    expect(await visit.getByLabel('方式').inputValue()).toBe('VISIT');
    await visit.getByLabel('姓名').fill('李经理');
    await visit.getByLabel('职务或单位').fill('投资发展部');
    await visit.getByLabel('电话', { exact: true }).fill('13812345678');
    await visit.getByLabel('内容摘要').fill('走访高通公司，介绍郑州航空港区的芯片配套和政策。');
    await visit.getByLabel('下一步工作（可不填）').fill('报送项目建议书');
    const due = dayInChina(7);
    expect(await visit.getByLabel('完成期限').inputValue()).toBe(due);
    await visit.getByRole('button', { name: '保存对接记录' }).click();
    await visit.getByTestId('interaction-done').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('next-action').innerText(), WAIT).toContain(`报送项目建议书，期限 ${due}`);
    await expect
      .poll(() => page.getByTestId('timeline').innerText(), WAIT)
      .toContain('李经理（投资发展部），13812345678');

    await moveTo(page, '在谈');
    await expect.poll(() => page.getByTestId('timeline').innerText(), WAIT).toContain('张科长：线索 → 在谈');
    await app.shot(page, 'pipeline-lead-page');
    // Printed, the lead is a one-page project card: no forms, the stage bar, figures and timeline.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('move-form').isVisible()).toBe(false);
    await app.shot(page, 'pipeline-lead-print');
    await page.emulateMedia({ media: 'screen' });

    // Back on the chain map, 芯片 says 在谈 beside its status, and its panel lists the lead.
    await page.goto(app.url + mapOf());
    const chip = page.locator('.link-list li', { hasText: '芯片' });
    await expect.poll(() => chip.getByTestId('link-lead-stage').innerText(), WAIT).toContain('招商在谈');
    expect(await chip.locator('[data-status]').getAttribute('data-status')).toBe('TARGETED');
    await app.shot(page, 'pipeline-map-negotiating');
    await chip.getByRole('button', { name: '芯片' }).click();
    await expect
      .poll(() => page.getByTestId('link-leads').innerText(), WAIT)
      .toMatch(/在谈\s*高通公司\s*郑州 · 负责人 张科长/);

    // 洛阳 sees none of it: no lead on its board, no badge on 郑州's map, and the lead's page is not found.
    const liu = await signIn(app, 'liu-pipe', '刘科长（招商人员） · 洛阳', '/pipeline');
    await expect.poll(() => liu.locator('h1').innerText(), WAIT).toBe('招商项目');
    await expect
      .poll(() => liu.locator('.board .column h2').allInnerTexts(), WAIT)
      .toEqual(
        ['线索', '接洽', '在谈', '签约', '开工', '投产', '达产'].map((w) =>
          expect.stringMatching(new RegExp(`${w}\\s*0 个`)),
        ),
      );
    expect(await liu.locator('.lead-card').count()).toBe(0);
    await app.shot(liu, 'pipeline-luoyang-board');
    await liu.goto(app.url + mapOf());
    await liu.locator('.link-list [data-status]').first().waitFor(WAIT);
    expect(await liu.getByTestId('link-lead-stage').count()).toBe(0);
    await liu.goto(`${app.url}/leads/${encodeURIComponent(leadId)}`);
    await expect.poll(() => liu.getByTestId('not-found').innerText(), WAIT).toContain('未找到该招商项目');
    await app.shot(liu, 'pipeline-luoyang-view');
    // The enterprise page: 郑州 sees its lead and the visit; 洛阳 sees the enterprise and nothing of the pipeline.
    await page.goto(`${app.url}/enterprise/${QUALCOMM}`);
    await expect
      .poll(() => page.getByTestId('enterprise-leads').innerText(), WAIT)
      .toMatch(/在谈\s*芯片（郑州）[\s\S]*走访[\s\S]*李经理/);
    await app.shot(page, 'pipeline-enterprise-leads');
    await liu.goto(`${app.url}/enterprise/${QUALCOMM}`);
    await liu.getByTestId('enterprise-lead-start').waitFor(WAIT);
    expect(await liu.getByTestId('enterprise-leads').count()).toBe(0);

    // 签约, 开工, 投产: the enterprise becomes local to 芯片 in 郑州.
    await page.goto(`${app.url}/leads/${encodeURIComponent(leadId)}`);
    await moveTo(page, '签约');
    await moveTo(page, '开工');
    await moveTo(page, '投产');
    await expect
      .poll(() => page.getByTestId('timeline').innerText(), WAIT)
      .toContain('招商项目 高通公司 · 芯片（郑州）');
    await page.goto(app.url + mapOf());
    const covered = page.locator('.link-list li', { hasText: '芯片' });
    await expect.poll(() => covered.locator('[data-status]').getAttribute('data-status'), WAIT).toBe('COVERED');
    expect(await covered.getByTestId('link-lead-stage').count()).toBe(0);
    await covered.getByRole('button', { name: '芯片' }).click();
    const source = page.locator('[data-testid="link-panel"] .sources li[data-kind="PROJECT"]');
    await expect
      .poll(() => source.innerText(), WAIT)
      .toMatch(/招商项目 高通公司 · 芯片（郑州） ?于 \d{4}-\d{2}-\d{2} 投产，记录人 张科长/);
    await expect.poll(() => page.getByTestId('link-panel').innerText(), WAIT).toContain('本地企业（1 家）');
    await app.shot(page, 'pipeline-map-covered');

    // The weekly report from the board: the Excel workbook and the CSV, with the project at 投产 and no contact.
    await page.goto(`${app.url}/pipeline`);
    await page.getByTestId('export-leads').waitFor(WAIT);
    await expect
      .poll(() => page.locator('.lead-card').allInnerTexts(), WAIT)
      .toEqual([expect.stringContaining('高通公司')]);
    await app.shot(page, 'pipeline-board-export');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^项目信息采集表-郑州-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^序号,项目名称,企业名称,/);
    expect(lines.slice(1).some((l) => l.includes('高通公司') && l.includes('投产'))).toBe(true);
    expect(bytes.toString('utf8')).not.toContain('13812345678');
  }, 150_000);

  it('two pages on the same lead: a move in one, and the other is told in Chinese who changed it and what it is now', async () => {
    const first = await signIn(app, 'zhang-pipe', '张科长（招商人员） · 郑州', `/enterprise/${QUALCOMM}`);
    const start = first.getByTestId('enterprise-lead-start');
    await start.waitFor(WAIT);
    await expect.poll(() => start.getByTestId('place-picker').inputValue(), WAIT).toBe(ZHENGZHOU);
    await chooseChip(start);
    await start.getByRole('button', { name: '建立招商线索：高通公司' }).click();
    await start.getByRole('link', { name: '打开招商项目 →' }).click();
    await expect.poll(() => first.locator('h1').innerText(), WAIT).toBe('高通公司 · 芯片（郑州）');
    const second = await first.context().newPage();
    await second.goto(first.url());
    await second.getByTestId('move-form').waitFor(WAIT);
    await moveTo(first, '接洽');
    // The second page still holds version 1.
    app.expectConsoleErrors(second, /status of 409/);
    const form = second.getByTestId('move-form');
    await form.getByRole('button', { name: '在谈', exact: true }).click();
    await form.getByRole('button', { name: '确认改为“在谈”' }).click();
    await expect
      .poll(() => second.getByTestId('move-problem').innerText(), WAIT)
      .toMatch(/该项目已被张科长于 .+ 修改，当前为“接洽”阶段（版本 2）。您的修改未保存/);
    await expect
      .poll(() => second.locator('[data-testid="stage-bar"] [aria-current="step"]').innerText(), WAIT)
      .toContain('接洽');
    await app.shot(second, 'pipeline-conflict', { fullPage: false });
    // Starting the same lead again is refused, naming the stage, with a link to the lead.
    await first.goto(`${app.url}/enterprise/${QUALCOMM}`);
    const again = first.getByTestId('enterprise-lead-start');
    await chooseChip(again);
    await again.getByRole('button', { name: '建立招商线索：高通公司' }).click();
    await expect
      .poll(() => again.getByTestId('start-lead-problem').innerText(), WAIT)
      .toContain('已有招商项目（接洽阶段）');
    await again.getByRole('link', { name: '查看已有项目 →' }).click();
    await expect.poll(() => first.locator('h1').innerText(), WAIT).toBe('高通公司 · 芯片（郑州）');
  });

  it('an officer starts a lead on a recommendation and moves it on the board with the arrow keys', async () => {
    const page = await signIn(
      app,
      'zhang-pipe',
      '张科长（招商人员） · 郑州',
      `/chain/${SMARTPHONE}/attract?place=${ZHENGZHOU}`,
    );
    const row = page.getByTestId('recommendation').first();
    await row.waitFor(WAIT);
    const name = await row.locator('h2').innerText();
    await row.getByRole('button', { name: `建立招商线索：${name}` }).click();
    await row.getByTestId('lead-created').waitFor(WAIT);
    await app.shot(page, 'pipeline-attract-started', { fullPage: false });
    await page.getByRole('link', { name: '招商项目', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBe(ZHENGZHOU);
    const card = page.locator('.column[data-stage="CLUE"] .lead-card', { hasText: name });
    await card.waitFor(WAIT);
    expect(await page.getByTestId('board-keys').innerText()).toContain('键盘操作');
    await app.shot(page, 'pipeline-board');
    await card.focus();
    await page.keyboard.press('ArrowRight');
    const moved = page.locator('.column[data-stage="CONTACT"] .lead-card', { hasText: name });
    await moved.waitFor(WAIT);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.column')?.getAttribute('data-stage')), WAIT)
      .toBe('CONTACT');
    expect(await page.getByTestId('board-done').innerText()).toBe(`已将${name}从“线索”改为“接洽”。`);
    // Back one stage needs a reason: asked for, then Enter confirms.
    await page.keyboard.press('ArrowLeft');
    await moved.getByTestId('card-note').waitFor(WAIT);
    await page.keyboard.type('对方暂无投资计划，回到线索');
    await page.keyboard.press('Enter');
    await page.locator('.column[data-stage="CLUE"] .lead-card', { hasText: name }).waitFor(WAIT);
    await app.shot(page, 'pipeline-board-moved');
  });
});
