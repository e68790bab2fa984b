import { describe, expect, it } from 'vitest';
import { idOf, useTestApi } from './api.js';

describe('projects the text names without an owner, through the API', () => {
  const api = useTestApi();
  type Named = { name: string };
  type Project = Named & {
    enterprise: Named | null;
    place: Named | null;
    sector: Named | null;
    cluster: Named | null;
    sources: { quote: string | null }[];
  };
  const page = async (where: Record<string, unknown>) => {
    const { data, errors } = await api.run<{ projects: { totalCount: number; edges: { node: Project }[] } }>(
      `query($where: ProjectWhere) { projects(where: $where, first: 100) { totalCount edges { node { name enterprise { name } place { name } sector { name } cluster { name } sources { quote } } } } }`,
      { where },
    );
    expect(errors).toBeUndefined();
    return data!.projects;
  };

  it("are found with hasEnterprise: false, each with its place, its sector and the plan's sentence", async () => {
    const ownerless = await page({ hasEnterprise: false });
    const owned = await page({ hasEnterprise: true });
    const all = await page({});
    expect(ownerless.totalCount + owned.totalCount).toBe(all.totalCount);
    expect(
      ownerless.edges.every(({ node }) => node.enterprise === null && node.place !== null && node.sources.length > 0),
    ).toBe(true);
    const names = ownerless.edges.map(({ node }) => node.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'WR103卷筒纸印刷机首台（套）示范应用',
        '大型海湾路桥建设成套施工装备首台（套）示范应用',
        '安阳精密铸造产业园项目',
        '开封市精细化工产业集聚区示范项目',
        '中国第二代卫星导航系统重大专项区域示范项目',
        '中小企业公共服务平台网络项目',
      ]),
    );
  });

  it('a park project is in its sector and its carrier', async () => {
    const { edges } = await page({ nameContains: '开封市精细化工', sector: idOf('Sector', 'chemicals') });
    expect(edges).toEqual([
      {
        node: expect.objectContaining({
          name: '开封市精细化工产业集聚区示范项目',
          enterprise: null,
          place: { name: '开封市精细化工产业集聚区' },
          sector: { name: '化工' },
          cluster: { name: '开封市精细化工产业集聚区' },
        }),
      },
    ]);
  });

  it("an institution's project names the institution as its owner", async () => {
    const { edges } = await page({ enterprise: idOf('Enterprise', '河南省电子产品质量监督检验所') });
    expect(edges.map(({ node }) => [node.name, node.enterprise?.name, node.place?.name])).toEqual([
      ['河南省电子产品质量监督检验所智能终端检测公共服务平台项目', '河南省电子产品质量监督检验所', '河南'],
    ]);
  });
});
