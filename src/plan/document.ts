import { toGlobalId } from '../ids.js';

/**
 * The curated plan the seed's quotes come from, as its Plan node states it
 * (seed/data/plan.yaml; a test checks the two agree). A seeded fact's `sourceQuotes`
 * are quotes of this plan; facts of published plans name theirs in `planSources`.
 */
export const PLAN_DOCUMENT = {
  key: 'henan-2015-key-industries',
  id: toGlobalId('Plan', 'henan-2015-key-industries'),
  title: '先进制造业大省建设重点产业发展2015年实施方案',
  date: '2015-05-14',
} as const;
