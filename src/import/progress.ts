/** What a long step reports as it goes. */
export type ProgressEvent = { phase: 'check' | 'write' | 'undo'; done: number; total?: number };
export type Progress = (event: ProgressEvent) => void;

/** Below this many rows an import says nothing while it runs. */
const QUIET_BELOW = 5_000;
const WORDS = { check: 'checked', write: 'written', undo: 'undone' } as const;

/**
 * A progress reporter for a terminal: past a few thousand rows, a line every two seconds
 * on stderr with the rows done, the rate, and the time left when the total is known.
 */
export function terminalProgress(
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  everyMs = 2_000,
): Progress {
  const started = new Map<string, number>();
  let last = 0;
  return ({ phase, done, total }) => {
    const now = Date.now();
    if (!started.has(phase)) started.set(phase, now);
    if (done < QUIET_BELOW || (now - last < everyMs && done !== total)) return;
    last = now;
    const seconds = Math.max((now - started.get(phase)!) / 1000, 0.001);
    const rate = done / seconds;
    const left = total && rate > 0 ? `, about ${Math.ceil((total - done) / rate)} s left` : '';
    write(
      `${WORDS[phase]} ${done.toLocaleString('en')}${total ? `/${total.toLocaleString('en')}` : ''} rows (${Math.round(rate).toLocaleString('en')} rows/s${left})`,
    );
  };
}
