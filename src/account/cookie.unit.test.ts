import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, sessionCookie, sessionIdIn } from './cookie.js';
import { slowdownFor } from './policy.js';

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Strict, for the whole site, and Secure over https', () => {
    expect(sessionCookie('abc', 3_600_000, false)).toBe(
      'chain_atlas_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600',
    );
    expect(sessionCookie('abc', 3_600_000, true)).toBe(
      'chain_atlas_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600; Secure',
    );
    expect(clearedSessionCookie(true)).toBe(
      'chain_atlas_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure',
    );
  });

  it('is found among the other cookies of a Cookie header', () => {
    expect(sessionIdIn('a=1; chain_atlas_session=x-y_z; b=2')).toBe('x-y_z');
    expect(sessionIdIn('a=1')).toBeUndefined();
    expect(sessionIdIn('chain_atlas_session=')).toBeUndefined();
    expect(sessionIdIn(undefined)).toBeUndefined();
  });
});

describe('failed sign-ins slow down', () => {
  it('from the second failure in a row, by a step each time, at most four steps', () => {
    expect([1, 2, 3, 5, 9].map((n) => slowdownFor(n, { slowdownMs: 500 }))).toEqual([0, 500, 1000, 2000, 2000]);
  });
});
