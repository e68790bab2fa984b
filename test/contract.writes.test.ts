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
