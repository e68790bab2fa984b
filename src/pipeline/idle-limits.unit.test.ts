import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { idleLimits } from './idle-limits.js';

describe('how long a lead may stay idle at a stage before it raises an alert', () => {
  it('is 45 days for 线索 and 接洽 and 30 for 在谈 by default, and PIPELINE_IDLE_DAYS changes or adds stages', () => {
    expect(idleLimits(undefined)).toEqual({ CLUE: 45, CONTACT: 45, NEGOTIATING: 30 });
    expect(idleLimits('NEGOTIATING=20, SIGNED=60')).toEqual({ CLUE: 45, CONTACT: 45, NEGOTIATING: 20, SIGNED: 60 });
  });
  it('a bad value stops the service at start, naming the variable', () => {
    expect(() => loadConfig({ PIPELINE_IDLE_DAYS: 'CLUE=soon' })).toThrow(/PIPELINE_IDLE_DAYS: STAGE=DAYS pairs/);
    expect(() => idleLimits('PAUSED=3')).toThrow(/"PAUSED=3" is not STAGE=DAYS/);
  });
});
