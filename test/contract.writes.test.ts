import { describe, expect, it } from 'vitest';
import { idOf, operation, useTestApi } from './api.js';
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
