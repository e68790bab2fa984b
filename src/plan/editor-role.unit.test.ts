import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { requireRole } from '../auth/guard.js';
import { ANONYMOUS, issueToken, ROLES, verifyToken, type Role } from '../auth/tokens.js';
import { mayEditPlans } from '../privacy/fields.js';
import { visibleTo } from '../privacy/visibility.js';

const SECRET = 'editor-role-test-secret-0000000000000000';
const as = (...roles: Role[]) => ({ subject: 'someone', roles });
const code = (fn: () => void) => {
  try {
    fn();
    return 'OK';
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('the editor role: ingest, review, publish and withdraw plans; see drafts', () => {
  it('a token issued with the editor role verifies with it', async () => {
    expect(ROLES).toContain('editor');
    const principal = await verifyToken(SECRET, await issueToken(SECRET, 'editor-1', ['editor'], 1));
    expect(principal).toMatchObject({ subject: 'editor-1', roles: ['editor'] });
  });

  it('editors and admins pass the plan mutations’ guard; other roles are refused, anonymous callers asked for a token', () => {
    expect(
      [as('editor'), as('admin'), as('reader', 'editor')].map((p) => code(() => requireRole(p, 'editor'))),
    ).toEqual(['OK', 'OK', 'OK']);
    expect([as('reader'), as('officer'), as('analyst')].map((p) => code(() => requireRole(p, 'editor')))).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(code(() => requireRole(ANONYMOUS, 'editor'))).toBe('UNAUTHENTICATED');
  });

  it('only editors and admins see a draft, a candidate or a decision; a published plan is everyone’s', () => {
    const hidden = [{ kind: 'Plan', status: 'DRAFT' }, { kind: 'Candidate' }, { kind: 'ReviewDecision' }];
    for (const who of [as('editor'), as('admin')])
      expect(hidden.map((n) => visibleTo(who, n))).toEqual([true, true, true]);
    for (const who of [ANONYMOUS, as('reader'), as('officer'), as('analyst')]) {
      expect(mayEditPlans(who)).toBe(false);
      expect(hidden.map((n) => visibleTo(who, n))).toEqual([false, false, false]);
      expect(visibleTo(who, { kind: 'Plan', status: 'PUBLISHED' })).toBe(true);
    }
  });

  it('npm run token names the editor role among those it issues', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/auth/cli.ts', '--help'], {
      timeout: 60_000,
    });
    expect(stdout).toContain('reader, officer, analyst, editor, admin');
  });
});
