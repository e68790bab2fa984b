import type { EntityModel, SourceModel, TargetModel } from '../model.js';
import { TIERS } from '../cluster/tiers.js';
import type { InWords } from '../language.js';
import { sourcesOf } from '../graph/index.js';

export type FigureRow = { target: TargetModel; subject: EntityModel & { name: string }; category: string | null };

export type Finding = {
  check: InWords;
  subject: EntityModel;
  stated: number;
  computed: number;
  difference: number;
  unit: string;
  consistent: boolean;
  statedSources: SourceModel[];
  partSources: SourceModel[];
  explanation: InWords;
};

/**
 * The plan checked against itself. Each check compares a figure the plan states with
 * the sum of parts it states elsewhere, keeping both sets of quotes; nothing is fixed.
 */
export function checkPlan(rows: FigureRow[]): Finding[] {
  const findings: Finding[] = [];
  const of = (kind: string, metric: string) =>
    rows.filter((r) => r.subject.kind === kind && r.target.metric === metric);
  /** A sector's main revenue target: the one keyed <sector>-revenue (floors and ranges are separate targets). */
  const sectorRevenue = of('Sector', 'REVENUE').filter((r) => r.target.key === `${r.subject.key}-revenue`);
  const province = (metric: string) => of('Place', metric);

  const add = (check: InWords, whole: FigureRow, parts: FigureRow[], partsLabel: InWords) => {
    if (whole.target.value == null || !parts.length) return;
    const stated = whole.target.value;
    const computed = parts.reduce((sum, p) => sum + (p.target.value ?? 0), 0);
    const difference = Math.round((computed - stated) * 100) / 100;
    // Exact: the plan's figures are exact numbers (1.16万亿元 is 11600亿元), so any difference is reported.
    const consistent = Math.abs(difference) < 0.01;
    const unit = whole.target.unit;
    findings.push({
      check,
      subject: whole.subject,
      stated,
      computed,
      difference,
      unit,
      consistent,
      statedSources: sourcesOf(whole.target),
      partSources: parts.flatMap((p) => sourcesOf(p.target).slice(0, 1)),
      explanation: consistent
        ? {
            EN: `The plan states ${stated}${unit}; ${partsLabel.EN} add up to ${computed}${unit}: consistent.`,
            ZH: `规划写明${stated}${unit}；${partsLabel.ZH}合计${computed}${unit}，一致。`,
          }
        : {
            EN: `The plan states ${stated}${unit}, but ${partsLabel.EN} add up to ${computed}${unit} (${difference > 0 ? '+' : ''}${difference}${unit}).`,
            ZH: `规划写明${stated}${unit}，但${partsLabel.ZH}合计${computed}${unit}（${difference > 0 ? '多' : '少'}${Math.abs(difference)}${unit}）。`,
          },
    });
  };

  for (const whole of of('Category', 'REVENUE')) {
    const parts = sectorRevenue.filter((r) => r.category === whole.subject.key);
    const sectors = new Set(
      rows.filter((r) => r.subject.kind === 'Sector' && r.category === whole.subject.key).map((r) => r.subject.id),
    ).size;
    const which =
      parts.length === sectors
        ? { EN: `its ${parts.length} sectors`, ZH: `所属 ${parts.length} 个产业` }
        : {
            EN: `the ${parts.length} of its ${sectors} sectors that state one`,
            ZH: `所属 ${sectors} 个产业中写明收入目标的 ${parts.length} 个`,
          };
    add(
      {
        EN: `${whole.subject.name} revenue = sum of its sectors' revenue`,
        ZH: `${whole.subject.name}主营业务收入 = 所属产业收入之和`,
      },
      whole,
      parts,
      { EN: `the revenue targets of ${which.EN}`, ZH: `${which.ZH}的收入目标` },
    );
  }
  for (const whole of province('REVENUE')) {
    const parts = of('Category', 'REVENUE');
    add(
      { EN: "province revenue = sum of the categories' revenue", ZH: '全省主营业务收入 = 各类别收入之和' },
      whole,
      parts,
      { EN: `the revenue targets of its ${parts.length} categories`, ZH: `${parts.length} 个类别的收入目标` },
    );
  }
  for (const whole of province('KEY_PROJECTS')) {
    const parts = of('Sector', 'KEY_PROJECTS');
    add(
      { EN: "province key projects = sum of the sectors' key projects", ZH: '全省重点项目数 = 各产业重点项目数之和' },
      whole,
      parts,
      { EN: `the key-project counts of ${parts.length} sectors`, ZH: `${parts.length} 个产业的重点项目数` },
    );
  }
  for (const tier of Object.keys(TIERS)) {
    const named = (r: FigureRow) => r.target.label.includes(tier) || (r.target.text ?? '').includes(tier);
    for (const whole of province('CLUSTERS').filter(named)) {
      const parts = of('Sector', 'CLUSTERS').filter(named);
      add(
        {
          EN: `province ${tier} clusters = sum of the sectors' ${tier} cluster targets`,
          ZH: `全省${tier}产业集群数 = 各产业${tier}集群目标之和`,
        },
        whole,
        parts,
        { EN: `the ${tier} cluster counts of ${parts.length} sectors`, ZH: `${parts.length} 个产业的${tier}集群数` },
      );
    }
  }
  return findings;
}
