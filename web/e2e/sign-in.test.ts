import { describe, expect, it } from 'vitest';
import { addUser } from '../../src/account/users.js';
import { useWrites } from '../../test/writes.js';
import { idOf, useBrowserApp, WAIT } from './browser.js';

const PASSWORD = 'zhengzhou-chips-2015';

describe('signing in with a password', () => {
  const app = useBrowserApp();
  // Signing in starts a session in the graph: the fixture finds it by its label.
  const owned = useWrites({ track: ['Session', 'User'] });

  it('an officer of 郑州 signs in with a password, sees who and where they are, lands on 郑州, and signs out', async () => {
    await addUser(owned.db, {
      username: 'zhang-zz',
      name: '张科长',
      roles: ['officer'],
      place: '郑州',
      password: PASSWORD,
    });
    owned.node('user:zhang-zz');
    const page = await app.open('/');
    await page.getByRole('link', { name: '登录' }).click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('登录');
    await page.getByLabel('用户名').fill('zhang-zz');
    await page.getByLabel('密码').fill(PASSWORD);
    await app.shot(page, 'sign-in', { fullPage: false });
    await page.getByTestId('sign-in-form').getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('signed-in').innerText(), WAIT).toBe('张科长（招商人员） · 郑州');
    // From the home page, an officer with a home place starts on the workbench.
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/workbench');
    // The session is an httpOnly cookie: the page's scripts cannot read it, and no token is kept.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.evaluate(() => sessionStorage.getItem('chain-atlas.token'))).toBeNull();
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'chain_atlas_session', httpOnly: true, sameSite: 'Strict', path: '/' });
    await app.shot(page, 'signed-in-home', { fullPage: false });
    // The chain map opened without a place opens on the officer's home place.
    await page.goto(`${app.url}/chain/${idOf('Chain', 'smartphone')}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('place'), WAIT).toBe(idOf('Place', '郑州'));
    await expect.poll(() => page.title(), WAIT).toBe('智能手机产业链 · 郑州 · 产业链图谱');
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('芯片');
    await app.shot(page, 'signed-in-chain-map', { fullPage: false });
    await page.getByRole('button', { name: '退出' }).click();
    await expect.poll(() => page.getByRole('link', { name: '登录' }).count(), WAIT).toBe(1);
    expect(await owned.db.read('MATCH (s:Session {username: $u}) RETURN s', { u: 'zhang-zz' })).toEqual([]);
  });

  it('a wrong password is refused in Chinese, without saying whether the username exists', async () => {
    const page = await app.open('/signin');
    app.expectConsoleErrors(page, /status of 401 \(Unauthorized\)/);
    await page.getByLabel('用户名').fill('no-such-officer');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByTestId('sign-in-form').getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('sign-in-problem').innerText(), WAIT).toMatch(/^用户名或密码不正确。/);
    expect(await page.getByLabel('密码').inputValue()).toBe('');
    await app.shot(page, 'sign-in-refused', { fullPage: false });
    expect(await page.getByTestId('signed-in').count()).toBe(0);
  });

  it('an admin opens 用户管理 and makes an account for an officer of 洛阳', async () => {
    await addUser(owned.db, {
      username: 'admin-e2e',
      name: '管理员',
      roles: ['admin'],
      place: '河南',
      password: PASSWORD,
    });
    const page = await app.open('/signin');
    await page.getByLabel('用户名').fill('admin-e2e');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByTestId('sign-in-form').getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('signed-in').innerText(), WAIT).toBe('管理员（管理员） · 河南');
    await page.getByRole('link', { name: '用户管理' }).click();
    await expect
      .poll(() => page.locator('[data-username="admin-e2e"]').innerText(), WAIT)
      .toMatch(/admin-e2e\s+管理员\s+管理员\s+河南\s+正常/);
    await page.getByTestId('new-username').fill('e2e-luoyang');
    await page.getByTestId('new-name').fill('陈科长');
    await page.getByTestId('place-picker').selectOption({ label: '洛阳' });
    await page.getByTestId('new-password').fill('luoyang-peony-8');
    await page.getByTestId('new-user-form').getByRole('button', { name: '开设账号' }).click();
    await expect.poll(() => page.getByTestId('users-done').innerText(), WAIT).toBe('已开设账号 e2e-luoyang。');
    await expect
      .poll(() => page.locator('[data-username="e2e-luoyang"]').innerText(), WAIT)
      .toMatch(/e2e-luoyang\s+陈科长\s+招商人员\s+洛阳\s+正常\s+从未登录/);
    await app.shot(page, 'users-admin');
  });

  it('an officer changes their password on 我的账号, and signs in with the new one', async () => {
    await addUser(owned.db, {
      username: 'wu-kf',
      name: '吴科员',
      roles: ['officer'],
      place: '开封',
      password: PASSWORD,
    });
    const page = await app.open('/signin?next=/account');
    await page.getByLabel('用户名').fill('wu-kf');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByTestId('sign-in-form').getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('我的账号');
    await page.getByTestId('old-password').fill(PASSWORD);
    await page.getByTestId('new-password').fill('kaifeng-new-2016');
    await page.getByTestId('new-password-again').fill('kaifeng-new-2017');
    await page.getByTestId('change-password-form').getByRole('button', { name: '修改密码' }).click();
    expect(await page.getByTestId('change-password-problem').innerText()).toBe('两次输入的新密码不一致。');
    await page.getByTestId('new-password-again').fill('kaifeng-new-2016');
    await page.getByTestId('change-password-form').getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => page.getByTestId('change-password-done').innerText(), WAIT).toContain('密码已修改');
    await app.shot(page, 'account', { fullPage: false });
    await page.getByRole('button', { name: '退出' }).click();
    await page.goto(`${app.url}/signin`);
    await page.getByLabel('用户名').fill('wu-kf');
    await page.getByLabel('密码').fill('kaifeng-new-2016');
    await page.getByTestId('sign-in-form').getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByTestId('signed-in').innerText(), WAIT).toBe('吴科员（招商人员） · 开封');
  });
});
