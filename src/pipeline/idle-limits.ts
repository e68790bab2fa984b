import { ORDERED_STAGES } from './stages.js';

/** Idle limits per stage in days, from `PIPELINE_IDLE_DAYS` ("CLUE=45,CONTACT=45,NEGOTIATING=30", the default). */
export function idleLimits(text = process.env.PIPELINE_IDLE_DAYS): Record<string, number> {
  const limits: Record<string, number> = { CLUE: 45, CONTACT: 45, NEGOTIATING: 30 };
  if (!text) return limits;
  for (const part of text.split(',')) {
    const [stage, days] = part.split('=').map((s) => s.trim());
    if (!stage || !(ORDERED_STAGES as readonly string[]).includes(stage) || !/^\d+$/.test(days ?? ''))
      throw new Error(`PIPELINE_IDLE_DAYS: "${part}" is not STAGE=DAYS with a stage of ${ORDERED_STAGES.join(', ')}`);
    limits[stage] = Number(days);
  }
  return limits;
}
