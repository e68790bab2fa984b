import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../test/http-client.js';
import { idOf, useBrowserApp, WAIT } from './browser.js';

const PLANS = '/work/shared/source/plans';
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
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const reply = await gql(app.url + '/graphql', query, variables, ['editor']);
    if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data;
  };

  /** Ingests and publishes a plan through the API: everything of confidence 0.5 and above accepted, the rest rejected. */
  async function publishByApi(text: string, meta: Record<string, string>): Promise<string> {
    const { ingestPlan } = await api('mutation($input: IngestPlanInput!) { ingestPlan(input: $input) { id } }', { input: { text, ...meta } });
    created.push(ingestPlan.id);
    for (const kind of KINDS) await api('mutation($plan: ID!, $kind: CandidateKind!) { acceptCandidates(plan: $plan, kind: $kind, minConfidence: 0.5) { accepted } }', { plan: ingestPlan.id, kind });
    const pending = await api('query($id: ID!) { plan(id: $id) { candidates(status: PENDING, first: 500) { nodes { id } } } }', { id: ingestPlan.id });
    for (const c of pending.plan.candidates.nodes) await api('mutation($c: ID!) { reviewCandidate(input: { candidate: $c, action: REJECT }) { id } }', { c: c.id });
    const { plan } = await api('query($id: ID!) { plan(id: $id) { publishPreview { blockers } } }', { id: ingestPlan.id });
    console.log('preview blockers', JSON.stringify(plan.publishPreview.blockers));
    await api('mutation($plan: ID!) { publishPlan(plan: $plan) { id status } }', { plan: ingestPlan.id });
    return ingestPlan.id;
  }

  afterAll(async () => {
    for (const id of created) {
      const [row] = await app.db.read<{ status: string }>('MATCH (p:Plan {id: $id}) RETURN p.status AS status', { id });
      if (row?.status === 'PUBLISHED') await api('mutation($plan: ID!) { withdrawPlan(plan: $plan, reason: "browser test cleanup") { id } }', { plan: id });
      await app.db.write(
        `MATCH (p:Plan {id: $id})
         OPTIONAL MATCH (p)-[:HAS_CANDIDATE|HAS_DECISION]->(x)
         OPTIONAL MATCH (s:Section {planId: $id})
         DETACH DELETE x, s, p`,
        { id },
      );
    }
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
    const chains = await api('query($id: ID!) { plan(id: $id) { candidates(first: 500) { nodes { kind name chain place value unit confidence status } } } }', { id: ngit });
    console.log(JSON.stringify(chains.plan.candidates.nodes));
    await app.shot(page, 'plan-review');
  });
});
