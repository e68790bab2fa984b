import { problemOf } from './problem';
import type { LeadStage } from './pipeline';

type ErrorLike = Parameters<typeof problemOf>[0];

/** Why a write on a lead was refused, in words, with what the server says beside them. */
export type WriteProblem = {
  /** The officer's words: the server's messageZh where it gives one. */
  message: string;
  /** Someone changed the lead first: its stage and version now. */
  current?: { stage: LeadStage; version: number };
  /** The lead that already exists for the enterprise, place and link. */
  existingLead?: string;
};

/** A refused write in words, keeping the conflict's current state and the existing lead's id. */
export function writeProblem(error: ErrorLike): WriteProblem | null {
  const problem = problemOf(error);
  if (!problem) return null;
  const extensions = error?.graphQLErrors?.[0]?.extensions ?? {};
  const current = extensions.current as WriteProblem['current'] | undefined;
  const existing = extensions.existingLead;
  return {
    message: problem.message,
    ...(extensions.code === 'CONFLICT' && current ? { current } : {}),
    ...(typeof existing === 'string' ? { existingLead: existing } : {}),
  };
}
