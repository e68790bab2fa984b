/** A recommendation's score as officers read it: a number out of 1 with two decimals, e.g. `0.27`. */
export const scoreWords = (score: number) => (Math.round(score * 100) / 100).toFixed(2);

/**
 * Ranks in the order given (best first), equal scores sharing a rank as in sport
 * (1, 1, 3): the score compared as shown, so two rows that read the same are never
 * ranked apart. `tied` says the rank is shared.
 */
export function rankWithTies(scores: number[]): { rank: number; tied: boolean }[] {
  const shown = scores.map(scoreWords);
  const ranks = shown.map((s) => shown.indexOf(s) + 1);
  return ranks.map((rank) => ({ rank, tied: ranks.filter((r) => r === rank).length > 1 }));
}
