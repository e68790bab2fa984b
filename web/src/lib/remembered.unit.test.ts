import { describe, expect, it } from 'vitest';
import { readRemembered } from './remembered';

describe('the remembered place and chain', () => {
  it('reads a place, the province chosen on purpose, and a chain', () => {
    expect(readRemembered('{"place":"UGxhY2U66YOR5bee","chain":"Q2hhaW46c21hcnRwaG9uZQ"}')).toEqual({
      place: 'UGxhY2U66YOR5bee',
      chain: 'Q2hhaW46c21hcnRwaG9uZQ',
    });
    expect(readRemembered('{"place":null}')).toEqual({ place: null });
  });

  it('forgets what it cannot trust', () => {
    expect(readRemembered(null)).toEqual({});
    expect(readRemembered('not json')).toEqual({});
    expect(readRemembered('[1]')).toEqual({});
    expect(readRemembered('{"place":"<script>","chain":42}')).toEqual({});
  });
});
