import { describe, expect, it } from 'vitest';
import { checkMove, hasReached, isBackward, nextStages } from './stages.js';

describe('moving a lead between stages', () => {
  it('moves forward, skipping stages, without a note', () => {
    expect(checkMove('CLUE', 'CONTACT', null, null)).toEqual({ ok: true });
    expect(checkMove('CONTACT', 'SIGNED', null, null)).toEqual({ ok: true });
  });
  it('needs a reason to go back, to pause and to lose, and says so in Chinese', () => {
    expect(checkMove('NEGOTIATING', 'CONTACT', null, null)).toMatchObject({
      ok: false,
      zh: '从“在谈”退回“接洽”须填写原因。',
    });
    expect(checkMove('NEGOTIATING', 'CONTACT', null, '对方换了负责人')).toEqual({ ok: true });
    expect(checkMove('CONTACT', 'PAUSED', null, ' ')).toMatchObject({ ok: false, zh: '暂停项目须填写原因。' });
    expect(checkMove('CONTACT', 'LOST', null, null)).toMatchObject({ ok: false, zh: '终止项目须填写原因。' });
  });
  it('refuses a move to the stage it is at, and pausing a lost lead', () => {
    expect(checkMove('SIGNED', 'SIGNED', null, 'x')).toMatchObject({ ok: false, zh: '该项目已处于“签约”阶段。' });
    expect(checkMove('LOST', 'PAUSED', 'CONTACT', 'x')).toMatchObject({ ok: false });
  });
  it('judges a paused lead by the stage it was paused from', () => {
    expect(isBackward('PAUSED', 'NEGOTIATING', 'NEGOTIATING')).toBe(false);
    expect(isBackward('PAUSED', 'CLUE', 'NEGOTIATING')).toBe(true);
    expect(hasReached('LOST', 'SIGNED', 'SIGNED')).toBe(true);
    expect(hasReached('PAUSED', 'CONTACT', 'SIGNED')).toBe(false);
  });
  it('offers every other stage, never pausing a lost lead', () => {
    expect(nextStages('CLUE')).toEqual([
      'CONTACT',
      'NEGOTIATING',
      'SIGNED',
      'STARTED',
      'PRODUCING',
      'FULL_OUTPUT',
      'PAUSED',
      'LOST',
    ]);
    expect(nextStages('LOST')).not.toContain('PAUSED');
  });
});
