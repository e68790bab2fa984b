import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEnterprises } from '../../src/import/import.js';
import { createLogger } from '../../src/logger.js';
import { useWrites } from '../../test/writes.js';
import { idOf, useBrowserApp, WAIT } from './browser.js';

describe('an officer imports an enterprise list in the web app', () => {
  const app = useBrowserApp();
  // The officer's imports are made in the browser: the fixture finds them by their label, and undoes them.
  useWrites({ track: ['Import', 'Lead', 'LeadEvent'] });

  it('a reader is asked to sign in, and sees no import controls', async () => {
    const page = await app.open('/import');
    await expect.poll(() => page.getByTestId('import-sign-in').innerText(), WAIT).toContain('招商人员');
    expect(await page.getByTestId('import-sign-in').innerText()).not.toMatch(/officer/i);
    expect(await page.getByTestId('drop-zone').count()).toBe(0);
  });

  it('drops the GBK sample, reads the dry-run report, confirms, watches it run, finds 中国一拖 in 洛阳, then undoes it', async () => {
    const page = await app.open('/import', { roles: ['officer'] });
    await page.getByTestId('drop-zone').waitFor(WAIT);
    // Officers are never told to run commands on the server.
    expect(await page.locator('main').innerText()).not.toMatch(/npm|officer/i);
    expect(await page.locator('main').innerText()).toContain('管理员');
    await app.shot(page, 'import-empty');
    await page.getByTestId('file-input').setInputFiles('seed/examples/enterprises-luoyang-gbk.csv');
    expect(await page.getByTestId('chosen-file').innerText()).toContain('enterprises-luoyang-gbk.csv');
    await page.getByTestId('check-button').click();
    const report = page.getByTestId('check-report');
    await expect.poll(() => report.innerText(), WAIT).toContain('GBK');
    expect(await page.getByTestId('to-create').innerText()).toBe('1');
    expect(await page.getByTestId('to-merge').innerText()).toBe('2');
    expect(await report.innerText()).toContain('第 4 行：洛阳LYC轴承有限公司 → 洛阳轴承');
    expect(await report.innerText()).toContain('忽略的列：联系人');
    await app.shot(page, 'import-checked');
    await page.getByTestId('run-button').click();
    await expect.poll(() => page.getByTestId('import-status').innerText(), WAIT).toBe('已完成');
    await expect
      .poll(() => page.getByTestId('import-history').locator('tbody tr').first().getAttribute('data-status'), WAIT)
      .toBe('DONE');
    await app.shot(page, 'import-done');

    const map = await app.open(`/chain/${idOf('Chain', 'major-equipment')}?place=${idOf('Place', '洛阳')}`);
    await expect
      .poll(
        () => map.locator('.link-list button[data-status]', { hasText: '现代农业装备' }).getAttribute('data-status'),
        WAIT,
      )
      .toBe('COVERED');
    await map.locator('.link-list button', { hasText: '现代农业装备' }).click();
    await expect.poll(() => map.getByTestId('link-panel').innerText(), WAIT).toContain('中国一拖集团有限公司');
    expect(await map.getByTestId('link-panel').innerText()).toContain('导入文件 enterprises-luoyang-gbk.csv 第 3 行');

    await page.getByTestId('undo-button').first().click();
    await page.getByTestId('confirm-undo').click();
    await expect
      .poll(() => page.getByTestId('import-history').locator('tbody tr').first().getAttribute('data-status'), WAIT)
      .toBe('UNDONE');
  });

  it('a file with problems is refused with every problem and its line; nothing can be confirmed', async () => {
    const page = await app.open('/import', { roles: ['officer'] });
    await page.getByTestId('file-input').setInputFiles('seed/examples/fixtures/bad-rows.csv');
    await page.getByTestId('check-button').click();
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.innerText(), WAIT).toContain('发现 4 个问题');
    expect(await problems.innerText()).toContain('第 3 行：图谱中没有与“火星”对应的地方');
    expect(await problems.innerText()).toContain(
      '第 2 行：统一社会信用代码“91410100MA00000011”校验码不符：第 18 位应为 X',
    );
    expect(await page.getByTestId('run-button').count()).toBe(0);
    await app.shot(page, 'import-problems');
  });

  it('an enterprise imported twice from the same file says where its record comes from once', async () => {
    const bytes = readFileSync('seed/examples/enterprises-luoyang-gbk.csv');
    for (let i = 0; i < 2; i++)
      await importEnterprises(app.db, bytes, 'enterprises-luoyang-gbk.csv', createLogger('silent'), 'officer-wang');
    const page = await app.open(`/enterprise/${idOf('Enterprise', '中国一拖集团有限公司')}`);
    const record = page.locator('h2', { hasText: '记录来源' }).locator('xpath=following-sibling::ul[1]');
    await expect.poll(() => record.innerText(), WAIT).toContain('enterprises-luoyang-gbk.csv 第 3 行');
    const lines = (await record.innerText())
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(new Set(lines).size, lines.join(' | ')).toBe(lines.length);
    expect(lines.filter((l) => l.includes('第 3 行'))).toHaveLength(1);
    await app.shot(page, 'enterprise-imported-twice');
  });

  it('an officer of 郑州 chooses 招商项目台账, checks the ledger (its dry run), imports it as leads, and undoes it; a bad ledger lists its problems by line', async () => {
    const page = await app.open('/import', { roles: ['officer'], place: idOf('Place', '郑州') });
    await page.getByTestId('kind-leads').check();
    await page.getByTestId('file-input').setInputFiles('seed/examples/leads-zhengzhou.xlsx');
    expect(await page.getByTestId('drop-zone').innerText()).toContain(
      '阶段（线索、接洽、在谈、签约、开工、暂停、终止）',
    );
    await page.getByTestId('check-button').click();
    const report = page.getByTestId('check-report');
    await expect.poll(() => report.innerText(), WAIT).toContain('招商项目台账');
    expect(await page.getByTestId('to-lead').innerText()).toBe('4');
    expect(await page.getByTestId('to-merge').innerText()).toBe('4');
    expect(await report.innerText()).toContain('第 2 行：高通公司（按名称或简称找到）');
    await app.shot(page, 'import-ledger-checked');
    await page.getByTestId('run-button').click();
    await expect.poll(() => page.getByTestId('import-status').innerText(), WAIT).toBe('已完成');
    expect(await page.getByTestId('import-progress').innerText()).toContain('建立招商项目 4 个');
    const history = page.getByTestId('import-history').locator('tbody tr').first();
    await expect.poll(() => history.innerText(), WAIT).toContain('招商项目台账');
    await page.getByTestId('undo-button').first().click();
    expect(await page.locator('.confirm').innerText()).toContain('招商项目');
    await page.getByTestId('confirm-undo').click();
    await expect.poll(() => history.getAttribute('data-status'), WAIT).toBe('UNDONE');

    await page.getByTestId('file-input').setInputFiles('seed/examples/fixtures/leads-bad.csv');
    await page.getByTestId('check-button').click();
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.innerText(), WAIT).toContain('发现 5 个问题');
    expect(await problems.innerText()).toContain('第 4 行：“洛阳”不在您的辖区内：只能导入郑州及下辖地区的招商项目');
    expect(await problems.innerText()).toContain('第 6 行：“投产”的项目不能导入：投产及以后阶段请在项目页面确认');
    expect(await page.getByTestId('run-button').count()).toBe(0);
    await app.shot(page, 'import-ledger-problems');
  });
});
