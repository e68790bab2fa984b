import type { Source } from '../generated/graphql.generated.js';
import { sourcesOf } from '../graph/sources.js';
import type { EntityModel, TargetModel } from '../model.js';
import { TIERS } from '../cluster/tiers.js';

export type FigureRow = { target: TargetModel; subject: EntityModel & { name: string }; category: string | null };

export type Finding = {
  check: string;
  subject: EntityModel;
  stated: number;
  computed: number;
  difference: number;
  unit: string;
  consistent: boolean;
  statedSources: Source[];
  partSources: Source[];
  explanation: string;
};


/**
 * The plan checked against itself. Each check compares a figure the plan states with
 * the sum of parts it states elsewhere, keeping both sets of quotes; nothing is fixed.
 */
export function checkPlan(rows: FigureRow[]): Finding[] {
  const findings: Finding[] = [];
  const of = (kind: string, metric: string) => rows.filter((r) => r.subject.kind === kind && r.target.metric === metric);
  /** A sector's main revenue target: the one keyed <sector>-revenue (floors and ranges are separate targets). */
  const sectorRevenue = of('Sector', 'REVENUE').filter((r) => r.target.key === `${r.subject.key}-revenue`);
  const province = (metric: string) => of('Place', metric);

  const add = (check: string, whole: FigureRow, parts: FigureRow[], partsLabel: string) => {
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
        ? `The plan states ${stated}${unit}; ${partsLabel} add up to ${computed}${unit}: consistent.`
        : `The plan states ${stated}${unit}, but ${partsLabel} add up to ${computed}${unit} (${difference > 0 ? '+' : ''}${difference}${unit}).`,
    });
  };

  for (const whole of of('Category', 'REVENUE')) {
    const parts = sectorRevenue.filter((r) => r.category === whole.subject.key);
    const sectors = new Set(rows.filter((r) => r.subject.kind === 'Sector' && r.category === whole.subject.key).map((r) => r.subject.id)).size;
    const which = parts.length === sectors ? `its ${parts.length} sectors` : `the ${parts.length} of its ${sectors} sectors that state one`;
    add(`${whole.subject.name} revenue = sum of its sectors' revenue`, whole, parts, `the revenue targets of ${which}`);
  }
  for (const whole of province('REVENUE')) {
    const parts = of('Category', 'REVENUE');
    add('province revenue = sum of the categories\' revenue', whole, parts, `the revenue targets of its ${parts.length} categories`);
  }
  for (const whole of province('KEY_PROJECTS')) {
    const parts = of('Sector', 'KEY_PROJECTS');
    add('province key projects = sum of the sectors\' key projects', whole, parts, `the key-project counts of ${parts.length} sectors`);
  }
  for (const tier of Object.keys(TIERS)) {
    const named = (r: FigureRow) => r.target.label.includes(tier) || (r.target.text ?? '').includes(tier);
    for (const whole of province('CLUSTERS').filter(named)) {
      const parts = of('Sector', 'CLUSTERS').filter(named);
      add(`province ${tier} clusters = sum of the sectors' ${tier} cluster targets`, whole, parts, `the ${tier} cluster counts of ${parts.length} sectors`);
    }
  }
  return findings;
}
