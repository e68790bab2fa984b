/** The plan's cluster tiers and the same as a number of 亿元. */
export const TIERS = { 百亿级: 100, 千亿级: 1000, '2000亿级': 2000, 万亿级: 10000 } as const;
