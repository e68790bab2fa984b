import { describe, expect, it } from 'vitest';
import { writeProblem } from './write-problem';

describe('a refused write on a lead', () => {
  it('is said in the server’s Chinese, with the current stage and version of a conflict', () => {
    const messageZh =
      '该项目已被张科长于 2026-12-07 09:30 修改，当前为“在谈”阶段（版本 3）。您的修改未保存，请刷新后重试。';
    expect(
      writeProblem({
        graphQLErrors: [
          {
            message: 'The lead changed',
            extensions: { code: 'CONFLICT', messageZh, current: { stage: 'NEGOTIATING', version: 3 } },
          },
        ],
      }),
    ).toEqual({ message: messageZh, current: { stage: 'NEGOTIATING', version: 3 } });
  });

  it('names the lead that already exists', () => {
    expect(
      writeProblem({
        graphQLErrors: [
          {
            message: 'There is already a lead',
            extensions: {
              code: 'BAD_USER_INPUT',
              messageZh: '该企业在本地区此环节已有招商项目（线索阶段）。',
              existingLead: 'TGVhZDox',
            },
          },
        ],
      }),
    ).toEqual({ message: '该企业在本地区此环节已有招商项目（线索阶段）。', existingLead: 'TGVhZDox' });
  });

  it('is nothing when nothing went wrong', () => {
    expect(writeProblem(undefined)).toBeNull();
  });
});
