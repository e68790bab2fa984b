import { describe, expect, it } from 'vitest';
import { addUser } from '../src/account/users.js';
import { verifyToken } from '../src/auth/tokens.js';
import { codes, idOf, operation, TEST_JWT_SECRET, useTestApi } from './api.js';
import { useWrites } from './writes.js';

describe('the contract operation that writes, on the seeded graph', () => {
  const api = useTestApi();
  // RecordActual answers with the target, not the actual's id: the new actuals are found by label.
  useWrites({ track: ['Actual'] });

  it('RecordActual: an officer records a figure; attainment follows; history is kept', async () => {
    const target = idOf('Target', 'electronics-revenue');
    const first = await api.run(
      operation('record-actual'),
      { input: { target, value: 1725, asOf: '2015-06-30', note: 'contract test' } },
      ['officer'],
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordActual.target).toMatchObject({ id: target, value: 3450, attainment: 0.5 });
    const second = await api.run(
      operation('record-actual'),
      { input: { target, value: 3105, asOf: '2015-09-30', note: 'contract test' } },
      ['officer'],
    );
    expect(second.data!.recordActual.target.attainment).toBeCloseTo(0.9);
    expect(second.data!.recordActual.target.actuals).toEqual([
      { value: 3105, asOf: '2015-09-30', note: 'contract test' },
      { value: 1725, asOf: '2015-06-30', note: 'contract test' },
    ]);
  });
});

describe('the pipeline contract operation that signs in, on the seeded graph', () => {
  const api = useTestApi();
  // SignIn records the token it issues (by its id): found by label.
  const owned = useWrites({ track: ['IssuedToken'] });

  it('SignIn: an officer of 郑州 signs in with a password and gets a bearer token, their name, roles and home place', async () => {
    await addUser(owned.db, {
      username: 'contract-zhang',
      name: '张科长',
      roles: ['officer'],
      place: '郑州',
      password: 'correct horse 8',
    });
    owned.node('user:contract-zhang');
    const { data, errors } = await api.run(operation('sign-in'), {
      username: 'contract-zhang',
      password: 'correct horse 8',
    });
    expect(errors).toBeUndefined();
    expect(data!.signIn.viewer).toEqual({
      name: '张科长',
      roles: ['OFFICER'],
      place: { id: idOf('Place', '郑州'), name: '郑州' },
    });
    const principal = await verifyToken(TEST_JWT_SECRET, data!.signIn.token);
    expect(principal).toMatchObject({
      subject: 'contract-zhang',
      roles: ['officer'],
      name: '张科长',
      place: idOf('Place', '郑州'),
    });
    const wrong = await api.run(operation('sign-in'), { username: 'contract-zhang', password: 'wrong horse 8' });
    expect(wrong.data).toBeNull();
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the pipeline contract operations on leads, on the seeded graph', () => {
  const api = useTestApi();
  useWrites({ track: ['Lead', 'LeadEvent', 'AuditEntry'] });
  const zhang = {
    username: 'contract-zhang',
    name: '张科长',
    roles: ['officer'] as const,
    place: idOf('Place', '郑州'),
  };
  const liu = { username: 'contract-liu', name: '刘科长', roles: ['officer'] as const, place: idOf('Place', '洛阳') };
  const officer = (p: typeof zhang) => ({ ...p, roles: [...p.roles] });
  const qualcomm = idOf('Enterprise', '高通公司');
  const chip = idOf('ChainLink', 'smartphone/chip');

  it('CreateLead, Leads and MoveLead: an officer of 郑州 starts a lead on 高通 for 芯片, lists it, and moves it; a stale version is CONFLICT', async () => {
    const created = await api.run(
      operation('create-lead'),
      { input: { enterprise: qualcomm, place: idOf('Place', '郑州'), link: chip, origin: 'PLAN', note: '芯片环节' } },
      officer(zhang),
    );
    expect(created.errors).toBeUndefined();
    const lead = created.data!.createLead.lead;
    expect(lead).toEqual({
      id: expect.any(String),
      stage: 'CLUE',
      version: 1,
      enterprise: { id: qualcomm, name: '高通公司' },
      link: { id: chip, name: '芯片' },
      place: { id: idOf('Place', '郑州'), name: '郑州' },
      owner: { name: '张科长' },
      origin: 'PLAN',
    });

    const listed = await api.run(operation('leads'), { place: idOf('Place', '郑州'), first: 10 }, officer(zhang));
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.leads.totalCount).toBe(1);
    expect(listed.data!.leads.pageInfo.hasNextPage).toBe(false);
    const { origin: _origin, ...listedFields } = lead;
    expect(listed.data!.leads.edges.map((e) => e.node)).toEqual([{ ...listedFields, nextAction: null }]);
    expect((await api.run(operation('leads'), { stage: 'SIGNED' }, officer(zhang))).data!.leads.totalCount).toBe(0);

    const moved = await api.run(
      operation('move-lead'),
      { id: lead.id, stage: 'CONTACT', version: 1, note: '首次电话' },
      officer(zhang),
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveLead.lead).toEqual({ id: lead.id, stage: 'CONTACT', version: 2 });

    const stale = await api.run(
      operation('move-lead'),
      { id: lead.id, stage: 'NEGOTIATING', version: 1 },
      officer(zhang),
    );
    expect(stale.data).toBeNull();
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions).toMatchObject({ current: { stage: 'CONTACT', version: 2 } });
    expect(String(stale.errors![0]!.extensions!.messageZh)).toContain('张科长');

    // 洛阳 sees none of it: an empty page, and the lead itself is as if it did not exist.
    expect((await api.run(operation('leads'), {}, officer(liu))).data!.leads).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    const moveByLiu = await api.run(
      operation('move-lead'),
      { id: lead.id, stage: 'NEGOTIATING', version: 2 },
      officer(liu),
    );
    expect(codes(moveByLiu)).toEqual(['BAD_USER_INPUT']);
    expect(moveByLiu.errors![0]!.message).toBe(`id: no Lead has the id "${lead.id}".`);
    // A reader or analyst signed in: an empty page; no token: UNAUTHENTICATED.
    expect((await api.run(operation('leads'), {}, ['analyst'])).data!.leads.totalCount).toBe(0);
    expect(codes(await api.run(operation('leads'), {}))).toEqual(['UNAUTHENTICATED']);
  });
});
