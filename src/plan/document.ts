/**
 * The one document the graph's quotes come from, as its Plan node states it
 * (seed/data/plan.yaml; a test checks the two agree). Sources name it and its date.
 */
export const PLAN_DOCUMENT = {
  title: '先进制造业大省建设重点产业发展2015年实施方案',
  date: '2015-05-14',
} as const;
