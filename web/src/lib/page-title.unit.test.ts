import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title';

describe('tab titles', () => {
  it('say what the page shows, then the app, never the app twice', () => {
    expect(pageTitle('智能手机产业链 · 郑州')).toBe('智能手机产业链 · 郑州 · 产业链图谱');
    expect(pageTitle('产业链图谱')).toBe('产业链图谱');
    expect(pageTitle('')).toBe('产业链图谱');
    expect(pageTitle(null)).toBe('产业链图谱');
  });
});
