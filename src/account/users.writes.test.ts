import { describe, expect, it } from 'vitest';
import { codes, idOf, useTestApi } from '../../test/api.js';
import { useWrites } from '../../test/writes.js';

const USERS = '{ users { username name roles place { name } active locked lastSignInAt } }';
const CREATE =
  'mutation ($input: CreateUserInput!) { createUser(input: $input) { username name roles place { id name } active locked } }';

describe('administrators manage users through the API', () => {
  const api = useTestApi();
  const owned = useWrites({ track: ['User', 'IssuedToken', 'RevokedToken'] });
  const input = (username: string, password = 'luoyang-peony-8') => ({
    username,
    name: '周主任',
    roles: ['OFFICER'],
    place: idOf('Place', '洛阳'),
    password,
  });

  it('an admin makes an officer of 洛阳, lists them, sets their password and disables them', async () => {
    const created = await api.run(CREATE, { input: input('admin-made-zhou') }, ['admin']);
    expect(created.errors).toBeUndefined();
    expect(created.data).toEqual({
      createUser: {
        username: 'admin-made-zhou',
        name: '周主任',
        roles: ['OFFICER'],
        place: { id: idOf('Place', '洛阳'), name: '洛阳' },
        active: true,
        locked: false,
      },
    });
    const listed = await api.run<{ users: { username: string }[] }>(USERS, {}, ['admin']);
    expect(listed.data!.users.find((u) => u.username === 'admin-made-zhou')).toEqual({
      username: 'admin-made-zhou',
      name: '周主任',
      roles: ['OFFICER'],
      place: { name: '洛阳' },
      active: true,
      locked: false,
      lastSignInAt: null,
    });
    expect(
      (
        await api.run('mutation { setUserPassword(username: "admin-made-zhou", password: "another-peony-9") }', {}, [
          'admin',
        ])
      ).data,
    ).toEqual({ setUserPassword: true });
    const signedIn = await api.run(
      'mutation { signIn(username: "admin-made-zhou", password: "another-peony-9") { viewer { name } } }',
    );
    expect(signedIn.data).toEqual({ signIn: { viewer: { name: '周主任' } } });
    expect((await api.run('mutation { disableUser(username: "admin-made-zhou") }', {}, ['admin'])).data).toEqual({
      disableUser: true,
    });
    expect(
      codes(
        await api.run(
          'mutation { signIn(username: "admin-made-zhou", password: "another-peony-9") { viewer { name } } }',
        ),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('a taken username, an unknown place and a weak password are refused in Chinese; nothing is made', async () => {
    await api.run(CREATE, { input: input('admin-made-twice') }, ['admin']);
    const taken = await api.run(CREATE, { input: input('admin-made-twice') }, ['admin']);
    expect(taken.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', messageZh: '用户名 admin-made-twice 已被使用。' },
    });
    const nowhere = await api.run(CREATE, { input: { ...input('admin-made-nowhere'), place: idOf('Place', '火星') } }, [
      'admin',
    ]);
    expect(nowhere.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', messageZh: '找不到该地区。' } });
    const weak = await api.run(CREATE, { input: input('admin-made-weak', 'short') }, ['admin']);
    expect(weak.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', messageZh: '密码至少 8 个字符。' },
    });
    expect(
      await owned.db.read('MATCH (u:User) WHERE u.username IN $names RETURN u', {
        names: ['admin-made-nowhere', 'admin-made-weak'],
      }),
    ).toEqual([]);
  });

  it('only admins manage users: others are FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    for (const roles of [['officer'], ['reader'], ['analyst']] as const) {
      expect(codes(await api.run(USERS, {}, [...roles]))).toEqual(['FORBIDDEN']);
      expect(codes(await api.run(CREATE, { input: input('not-made') }, [...roles]))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await api.run(USERS))).toEqual(['UNAUTHENTICATED']);
  });
});
