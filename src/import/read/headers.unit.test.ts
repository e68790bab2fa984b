import { describe, expect, it } from 'vitest';
import { fileKindOf, HEADER_NAMES, headerProblem, LEAD_HEADER_NAMES, mapHeaders, mapLeadHeaders } from './headers.js';

describe('import headers', () => {
  it('knows every column by its English and Chinese headers', () => {
    for (const [column, names] of Object.entries(HEADER_NAMES)) {
      for (const name of names) expect(mapHeaders([name]).columns, `${name}`).toEqual([column]);
    }
  });

  it('maps a registry export: Chinese headers, a BOM, spaces and case do not matter, other columns are ignored once', () => {
    const map = mapHeaders([
      '\uFEFF企业名称',
      ' 统一社会信用代码 ',
      '注册地址',
      '所属行业',
      '法定代表人',
      '成立日期',
      'Note',
    ]);
    expect(map.columns).toEqual(['name', 'creditCode', 'place', 'sectors', null, null, 'note']);
    expect(map.ignored).toEqual(['法定代表人', '成立日期']);
    expect(headerProblem(map)).toBeNull();
  });

  it('takes a column from its first header when two name it', () => {
    expect(mapHeaders(['名称', '企业名称']).columns).toEqual(['name', null]);
  });

  it('says which columns are missing', () => {
    expect(headerProblem(mapHeaders(['company', 'city']))).toEqual({
      EN: 'the header row needs name (企业名称/名称), place (所在地/所在地区/地区/注册地址/地址), links (产业链环节) or sectors (所属行业)',
      ZH: '表头缺少这些列：企业名称（或 名称）；所在地（或 所在地区、地区、注册地址、地址）；产业链环节或所属行业',
    });
    expect(headerProblem(mapHeaders(['名称', '地址']))?.EN).toBe(
      'the header row needs links (产业链环节) or sectors (所属行业)',
    );
  });

  it('tells a lead ledger (a 阶段 column) from an enterprise list, and asks when a header could be either', () => {
    for (const [column, names] of Object.entries(LEAD_HEADER_NAMES))
      for (const name of names) expect(mapLeadHeaders([name]).columns, `${name}`).toEqual([column]);
    expect(fileKindOf(['企业名称', '产业链', '环节', '地区', '阶段', '备注'])).toEqual({ kind: 'LEADS' });
    expect(fileKindOf(['企业名称', '所在地', '产业链环节', '备注'])).toEqual({ kind: 'ENTERPRISES' });
    expect(fileKindOf(['企业名称', '地区', '所属行业', '阶段'])).toMatchObject({
      problem: { ZH: '表头既有“阶段”又有“所属行业”，无法判断是招商项目台账还是企业名单：请选择文件类型后重新检查' },
    });
  });
});
