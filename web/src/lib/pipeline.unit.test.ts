import { describe, expect, it } from 'vitest';
import {
  ALL_STAGES,
  dayInChina,
  furthestActiveStage,
  moveNeedsNote,
  neighbours,
  noteLabel,
  ORDERED_STAGES,
  originWords,
  STAGE_ICONS,
  STAGE_WORDS,
  stageLabel,
  timeline,
  chinaTime,
} from './pipeline';

describe('lead stages', () => {
  it('are seven in order, with 暂停 and 终止 aside, each with its own word and icon', () => {
    expect(ORDERED_STAGES.map((s) => STAGE_WORDS[s]).join(' ')).toBe('线索 接洽 在谈 签约 开工 投产 达产');
    expect(ALL_STAGES.slice(7).map((s) => STAGE_WORDS[s])).toEqual(['暂停', '终止']);
    expect(new Set(ALL_STAGES.map((s) => STAGE_WORDS[s])).size).toBe(9);
    expect(new Set(ALL_STAGES.map((s) => STAGE_ICONS[s])).size).toBe(9);
  });

  it('say where in the order they stand', () => {
    expect(stageLabel('NEGOTIATING')).toBe('在谈（第 3 步，共 7 步）');
    expect(stageLabel('PAUSED')).toBe('暂停');
  });

  it('have a previous and a next stage, none before 线索 or after 达产; a paused lead resumes where it stood', () => {
    expect(neighbours('CLUE')).toEqual({ previous: null, next: 'CONTACT' });
    expect(neighbours('SIGNED')).toEqual({ previous: 'NEGOTIATING', next: 'STARTED' });
    expect(neighbours('FULL_OUTPUT')).toEqual({ previous: 'PRODUCING', next: null });
    expect(neighbours('PAUSED', 'NEGOTIATING')).toEqual({ previous: null, next: 'NEGOTIATING' });
  });
});

describe('which moves need a note', () => {
  it('forward moves, skipping stages or not, need none', () => {
    expect(moveNeedsNote('CLUE', 'CONTACT')).toBe(false);
    expect(moveNeedsNote('CLUE', 'SIGNED')).toBe(false);
    expect(noteLabel('CLUE', 'CONTACT')).toBe('备注');
  });

  it('backward moves, pausing and ending need the reason', () => {
    expect(moveNeedsNote('NEGOTIATING', 'CONTACT')).toBe(true);
    expect(noteLabel('NEGOTIATING', 'CONTACT')).toBe('退回原因');
    expect(moveNeedsNote('CLUE', 'PAUSED')).toBe(true);
    expect(noteLabel('CLUE', 'PAUSED')).toBe('暂停原因');
    expect(moveNeedsNote('SIGNED', 'LOST')).toBe(true);
    expect(noteLabel('SIGNED', 'LOST')).toBe('终止原因');
  });

  it('resuming a paused lead where it stood, or later, needs none; earlier needs the reason', () => {
    expect(moveNeedsNote('PAUSED', 'NEGOTIATING', 'NEGOTIATING')).toBe(false);
    expect(moveNeedsNote('PAUSED', 'SIGNED', 'NEGOTIATING')).toBe(false);
    expect(moveNeedsNote('LOST', 'CLUE', 'NEGOTIATING')).toBe(true);
  });
});

describe("a link's pipeline badge", () => {
  it('names the furthest active stage; producing and lost leads are not active', () => {
    expect(furthestActiveStage(['CLUE', 'NEGOTIATING', 'CONTACT'])).toBe('NEGOTIATING');
    expect(furthestActiveStage(['PRODUCING', 'LOST'])).toBeNull();
    expect(furthestActiveStage(['PAUSED', 'LOST'])).toBe('PAUSED');
    expect(furthestActiveStage(['PAUSED', 'CLUE'])).toBe('CLUE');
    expect(furthestActiveStage([])).toBeNull();
  });
});

describe('where a lead came from, in words', () => {
  it('says the rank and score of a recommendation, the plan’s sentence, an import line, or the officer’s own', () => {
    expect(originWords({ origin: 'RECOMMENDATION', rank: 2, score: 0.8512 })).toBe('推荐第 2 名，得分 0.85');
    expect(originWords({ origin: 'PLAN', quote: '积极争取高通公司' })).toBe('规划原文「积极争取高通公司」');
    expect(originWords({ origin: 'IMPORT', file: '郑州.csv', line: 3 })).toBe('导入 郑州.csv 第 3 行');
    expect(originWords({ origin: 'OWN' })).toBe('自行发现');
  });
});

describe('days in the officers’ time zone', () => {
  it('are counted in UTC+8', () => {
    expect(dayInChina(0, new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
    expect(dayInChina(7, new Date('2026-12-06T01:00:00Z'))).toBe('2026-12-13');
  });
});

describe("a lead's timeline", () => {
  it('puts events and interactions together, newest first, an interaction standing for its own event', () => {
    const events = [
      { at: '2026-12-01T01:00:00Z', kind: 'CREATED' },
      { at: '2026-12-02T01:00:00Z', kind: 'INTERACTION' },
      { at: '2026-12-03T01:00:00Z', kind: 'MOVED' },
    ];
    const interactions = [{ recordedAt: '2026-12-02T01:00:00Z', summary: '走访' }];
    expect(timeline(events, interactions).map((e) => e.event?.kind ?? e.interaction?.summary)).toEqual([
      'MOVED',
      '走访',
      'CREATED',
    ]);
    expect(chinaTime('2026-12-06T17:05:00Z')).toBe('2026-12-07 01:05');
  });
});
