import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { gql } from '../../test/http-client.js';
import type { Page } from 'playwright-core';
import { useBrowserApp, WAIT } from './browser.js';

// The five plans of ../shared/source/plans, kept in the repo as the ingestion's fixtures.
const PLANS = 'src/ingest/fixtures/plans';
const NGIT = readFileSync(`${PLANS}/shandong-2023-ngit-innovation-action-plan.txt`, 'utf8');
const JINAN = readFileSync(`${PLANS}/jinan-2021-digital-pioneer-city-plan.txt`, 'utf8');
const NGIT_TITLE = '山东省新一代信息技术创新能力提升行动计划（2023—2025年）';
const JINAN_TITLE = '济南市加快数字化高质量发展建设数字先锋城市推进方案';
const KINDS = ['CHAIN', 'CHAIN_LINK', 'PLACE', 'CARRIER', 'TARGET', 'ENTERPRISE', 'PROJECT'];

describe('an editor brings in a plan, reviews it, publishes it and withdraws it in the web app', () => {
  const app = useBrowserApp();
  /** Every plan this file creates, removed afterwards: withdrawn when published, then deleted with its candidates, decisions and sections. */
  const created: string[] = [];
  let ngit = '';
  const api = async <T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const reply = await gql<T>(app.url + '/graphql', query, variables, ['editor']);
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data as T;
  };
  type Nodes<N> = { nodes: N[] };

  /** Ingests and publishes a plan through the API: everything of confidence 0.5 and above accepted, the rest rejected. */
  async function publishByApi(text: string, meta: Record<string, string>): Promise<string> {
    const { ingestPlan } = await api<{ ingestPlan: { id: string } }>(
      'mutation($input: IngestPlanInput!) { ingestPlan(input: $input) { id } }',
      { input: { text, ...meta } },
    );
    created.push(ingestPlan.id);
    for (const kind of KINDS)
      await api(
        'mutation($plan: ID!, $kind: CandidateKind!) { acceptCandidates(plan: $plan, kind: $kind, minConfidence: 0.5) { accepted } }',
        { plan: ingestPlan.id, kind },
      );
    const pending = await api<{ plan: { candidates: Nodes<{ id: string }> } }>(
      'query($id: ID!) { plan(id: $id) { candidates(status: PENDING, first: 500) { nodes { id } } } }',
      { id: ingestPlan.id },
    );
    for (const c of pending.plan.candidates.nodes)
      await api('mutation($c: ID!) { reviewCandidate(input: { candidate: $c, action: REJECT }) { id } }', { c: c.id });
    // What the preview still blocks on (a link whose chain was not accepted, a place outside the graph) is rejected too.
    const { plan } = await api<{
      plan: { publishPreview: { blockers: string[] }; candidates: Nodes<{ id: string; kind: string; name: string }> };
    }>(
      'query($id: ID!) { plan(id: $id) { publishPreview { blockers } candidates(status: ACCEPTED, first: 500) { nodes { id kind name } } } }',
      { id: ingestPlan.id },
    );
    const blocked = new Set(
      plan.publishPreview.blockers
        .map((b: string) => /^(?:link|place|carrier|target|project|enterprise|chain) (.+?): /.exec(b)?.[1])
        .filter(Boolean),
    );
    for (const c of plan.candidates.nodes.filter((c: { name: string }) => blocked.has(c.name)))
      await api('mutation($c: ID!) { reviewCandidate(input: { candidate: $c, action: REJECT }) { id } }', { c: c.id });
    await api('mutation($plan: ID!) { publishPlan(plan: $plan) { id status } }', { plan: ingestPlan.id });
    return ingestPlan.id;
  }

  afterAll(async () => {
    for (const id of created) {
      const [row] = await app.db.read<{ status: string }>('MATCH (p:Plan {id: $id}) RETURN p.status AS status', { id });
      if (row?.status === 'PUBLISHED')
        await api('mutation($plan: ID!) { withdrawPlan(plan: $plan, reason: "browser test cleanup") { id } }', {
          plan: id,
        });
      await app.db.write(
        `MATCH (p:Plan {id: $id})
         OPTIONAL MATCH (p)-[:HAS_CANDIDATE|HAS_DECISION]->(x)
         OPTIONAL MATCH (s:Section {planId: $id})
         DETACH DELETE x, s, p`,
        { id },
      );
    }
    // Withdrawing keeps a node one plan created while another plan also stated it (济南, the chain 信息安全), and withdrawing
    // the other does not remove it either (it did not create it): nothing refers to it afterwards, so the test removes it.
    await app.db.write('MATCH (n) WHERE n.createdByPlan IN $ids DETACH DELETE n', { ids: created });
  });

  it('an editor pastes the 2023 山东 plan with its title and date, and lands on its review page', async () => {
    const page = await app.open('/plans', { roles: ['editor'] });
    await page.getByTestId('new-plan').click();
    await page.getByTestId('plan-text').fill(NGIT);
    await page.getByTestId('meta-title').fill(NGIT_TITLE);
    await page.getByTestId('meta-issuer').fill('山东省科学技术厅');
    await page.getByTestId('meta-date').fill('2023-01-05');
    await page.getByTestId('meta-region').fill('山东');
    await app.shot(page, 'plans-ingest-form');
    await page.getByTestId('ingest-button').click();
    await page.waitForURL(/\/plans\/[^/]+$/, WAIT);
    ngit = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    created.push(ngit);
    await page.getByTestId('candidate').first().waitFor(WAIT);
    expect(await page.locator('h1').innerText()).toBe(NGIT_TITLE);
    await app.shot(page, 'plan-review');
  });

  const row = (page: Page, name: string) => page.locator(`[data-testid="candidate"][data-name="${name}"]`);
  const statusOf = (page: Page, name: string) => row(page, name).getAttribute('data-status');

  it('reviews places: accepts 青岛 with its button, rejects 黄河流域 with the r key, adds 济南 from a selection, accepts the rest above 90%', async () => {
    const page = await app.open(`/plans/${encodeURIComponent(ngit)}?kind=PLACE`, { roles: ['editor'] });
    await row(page, '青岛').waitFor(WAIT);
    await row(page, '青岛').getByTestId('accept').click();
    await expect.poll(() => statusOf(page, '青岛'), WAIT).toBe('ACCEPTED');
    await row(page, '黄河流域').focus();
    await page.keyboard.press('r');
    await expect.poll(() => statusOf(page, '黄河流域'), WAIT).toBe('REJECTED');
    // The rules missed 济南 in “济南、青岛等地创新策源能力进一步增强”: the reviewer selects it in the text.
    await page.evaluate(() => {
      const el = [...document.querySelectorAll('[data-testid="doc-text"] [data-start]')].find((e) =>
        e.textContent!.includes('济南、青岛等地'),
      )!;
      const node = el.firstChild!;
      const at = node.textContent!.indexOf('济南');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 2);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    const add = page.getByTestId('add-fact');
    await add.waitFor(WAIT);
    expect(await add.innerText()).toContain('“济南”');
    await page.getByTestId('add-kind').selectOption('PLACE');
    await page.getByTestId('add-place').fill('山东');
    await app.shot(page, 'plan-review-add-fact');
    await page.getByTestId('add-button').click();
    await row(page, '济南').waitFor(WAIT);
    await page.getByTestId('above-kind').selectOption('PLACE');
    await page.getByTestId('above-confidence').fill('90');
    await page.getByTestId('accept-above').click();
    await expect.poll(() => page.getByTestId('accepted-note').innerText(), WAIT).toContain('已采纳');
    await expect.poll(() => statusOf(page, '威海'), WAIT).toBe('ACCEPTED');
    expect(await page.getByTestId('decisions').innerText()).toContain('驳回');
    await app.shot(page, 'plan-review-places');
  });

  it('edits a link’s name with the e key, accepts the other with a, accepts chains, carriers and targets above a confidence, rejects the rest by keyboard', async () => {
    const page = await app.open(`/plans/${encodeURIComponent(ngit)}?kind=CHAIN_LINK`, { roles: ['editor'] });
    await row(page, '高端软件').waitFor(WAIT);
    await row(page, '高端软件').focus();
    await page.keyboard.press('e');
    await page.getByTestId('edit-name').fill('高端软件开发');
    await app.shot(page, 'plan-review-edit');
    await page.getByTestId('save-edit').click();
    await expect.poll(() => statusOf(page, '高端软件开发'), WAIT).toBe('ACCEPTED');
    await row(page, '人工智能').focus();
    await page.keyboard.press('a');
    await expect.poll(() => statusOf(page, '人工智能'), WAIT).toBe('ACCEPTED');
    for (const [kind, confidence] of [
      ['CHAIN', '55'],
      ['CARRIER', '60'],
      ['TARGET', '85'],
    ] as const) {
      await page.getByTestId('above-kind').selectOption(kind);
      await page.getByTestId('above-confidence').fill(confidence);
      await page.getByTestId('accept-above').click();
      await expect.poll(() => page.getByTestId('accepted-note').innerText(), WAIT).toContain(`不低于 ${confidence}%`);
    }
    // What is left (chains the rules were less sure of) is rejected one by one from the keyboard.
    await page.goto(`${app.url}/plans/${encodeURIComponent(ngit)}?kind=CHAIN&status=PENDING`);
    await page.getByTestId('candidate').first().waitFor(WAIT);
    for (let left = await page.getByTestId('candidate').count(); left > 0; left--) {
      await page.getByTestId('candidate').first().focus();
      await page.keyboard.press('r');
      await expect.poll(() => page.getByTestId('candidate').count(), WAIT).toBe(left - 1);
    }
    await expect.poll(() => page.getByTestId('left-to-review').innerText(), WAIT).toContain('尚有 0 条待审');
    await app.shot(page, 'plan-review-done');
  });

  it('reads the publish preview, then publishes', async () => {
    const page = await app.open(`/plans/${encodeURIComponent(ngit)}`, { roles: ['editor'] });
    await page.getByTestId('publish-button').click();
    const preview = page.getByTestId('publish-preview');
    await expect.poll(() => preview.innerText(), WAIT).toContain('新增到图谱');
    expect(await page.getByTestId('blockers').count()).toBe(0);
    expect(await page.getByTestId('preview-added').innerText()).toContain('高端软件开发');
    await app.shot(page, 'plan-publish-preview');
    await page.getByTestId('confirm-publish').click();
    await expect.poll(() => page.getByTestId('plan-status').innerText(), WAIT).toContain('已发布');
  });

  let chainId = '';
  let jinanPlace = '';
  it('opens the 信息产业 chain for 济南: its links, a quote from the new plan, and the plan’s title and date', async () => {
    const { plan } = await api<{ plan: { chains: { id: string; name: string }[] } }>(
      'query($id: ID!) { plan(id: $id) { chains { id name } } }',
      { id: ngit },
    );
    chainId = plan.chains.find((c) => c.name === '信息产业')!.id;
    jinanPlace = (await app.db.read<{ id: string }>("MATCH (p:Place {name: '济南'}) RETURN p.id AS id"))[0]!.id;
    const page = await app.open(`/chain/${encodeURIComponent(chainId)}?place=${encodeURIComponent(jinanPlace)}`);
    await expect.poll(() => page.getByTestId('chain-plans').innerText(), WAIT).toContain(NGIT_TITLE);
    expect(await page.getByTestId('chain-plans').innerText()).toContain('2023年1月5日');
    expect(await page.locator('.link-list').innerText()).toContain('高端软件开发');
    await page.locator('.link-list button', { hasText: '高端软件开发' }).click();
    await expect
      .poll(() => page.getByTestId('link-panel').innerText(), WAIT)
      .toContain('聚焦高端软件、人工智能等信息产业关键和薄弱环节');
    await app.shot(page, 'plan-chain-map-jinan');
  });

  it('compares the new plan with the 济南 2021 plan: chains in both or in one, each with its quote', async () => {
    const jinan = await publishByApi(JINAN, {
      title: JINAN_TITLE,
      issuer: '济南市人民政府办公厅',
      date: '2021-09-15',
      region: '济南',
    });
    const list = await app.open('/plans', { roles: ['editor'] });
    await list.locator('[data-testid="plan-row"]', { hasText: JINAN_TITLE }).waitFor(WAIT);
    await app.shot(list, 'plans-list');
    await list.locator('[data-testid="plan-row"]', { hasText: NGIT_TITLE }).getByRole('checkbox').check();
    await list.locator('[data-testid="plan-row"]', { hasText: JINAN_TITLE }).getByRole('checkbox').check();
    await list.getByTestId('compare-link').click();
    await list.getByTestId('compare-facts').waitFor(WAIT);
    expect(new URL(list.url()).searchParams.get('second')).toBe(jinan);
    const facts = await list.getByTestId('compare-facts').innerText();
    expect(facts).toContain('仅甲');
    expect(facts).toContain('聚焦高端软件');
    await app.shot(list, 'plans-compare');
  });

  it('withdraws the new plan after reading what is removed; the 济南 map no longer shows it', async () => {
    const page = await app.open(`/plans/${encodeURIComponent(ngit)}`, { roles: ['editor'] });
    await page.getByTestId('withdraw-button').click();
    expect(await page.getByTestId('withdraw-confirm').innerText()).toContain('从图谱中移除');
    await page.getByTestId('withdraw-reason').fill('浏览器测试：撤回');
    await app.shot(page, 'plan-withdraw-confirm');
    await page.getByTestId('confirm-withdraw').click();
    await expect.poll(() => page.getByTestId('plan-status').innerText(), WAIT).toContain('已撤回');
    const map = await app.open(`/chain/${encodeURIComponent(chainId)}?place=${encodeURIComponent(jinanPlace)}`);
    await expect.poll(() => map.locator('main, body').first().innerText(), WAIT).not.toContain('正在加载');
    const text = await map.locator('body').innerText();
    expect(text).not.toContain(NGIT_TITLE);
    expect(text).not.toContain('高端软件开发');
    await app.shot(map, 'plan-chain-map-after-withdraw');
  });

  it('uploads a plan as a .txt file, merges one of its chains into the graph’s; a reader sees neither the draft nor the import button', async () => {
    const page = await app.open('/plans', { roles: ['editor'] });
    await page.getByTestId('new-plan').click();
    await page.getByLabel('上传文件').check();
    await page.getByTestId('plan-file').setInputFiles(`${PLANS}/shandong-2019-clusters-ai-guiding-opinions.txt`);
    await page.getByTestId('meta-title').fill('关于大力推进“现代优势产业集群+人工智能”的指导意见');
    await page.getByTestId('meta-issuer').fill('山东省人民政府');
    await page.getByTestId('meta-date').fill('2019-05-24');
    await page.getByTestId('meta-region').fill('山东');
    await page.getByTestId('ingest-button').click();
    await page.waitForURL(/\/plans\/[^/]+$/, WAIT);
    created.push(decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!));
    await expect.poll(() => page.getByTestId('plan-status').innerText(), WAIT).toContain('草稿');
    await page.getByTestId('candidate').first().waitFor(WAIT);
    await app.shot(page, 'plan-review-uploaded');
    // 高端装备制造业 is what the graph already has as 重大装备产业链: the reviewer finds it and merges.
    await row(page, '高端装备制造业').getByTestId('merge').click();
    await page.getByTestId('merge-search').fill('重大装备');
    await page
      .getByTestId('merge-box')
      .getByRole('button', { name: /^产业链：重大装备产业链/ })
      .click();
    await expect.poll(() => statusOf(page, '高端装备制造业'), WAIT).toBe('ACCEPTED');
    expect(await row(page, '高端装备制造业').innerText()).toContain('并入图谱已有：重大装备产业链');
    await expect.poll(() => page.getByTestId('decisions').innerText(), WAIT).toContain('合并到图谱已有');

    const reader = await app.open('/plans');
    await reader.getByTestId('plan-row').first().waitFor(WAIT);
    expect(await reader.locator('[data-testid="plan-row"][data-status="DRAFT"]').count()).toBe(0);
    expect(await reader.getByTestId('new-plan').count()).toBe(0);
    expect(await reader.getByTestId('plans-reader-note').innerText()).toContain('规划编辑');
  });
});
