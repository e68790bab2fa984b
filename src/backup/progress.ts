import type { Logger } from '../logger.js';

/** Counts nodes and relationships as they pass and logs how far along it is, every few seconds. */
export class Progress {
  nodes = 0;
  relationships = 0;
  private readonly started = performance.now();
  private lastLog = this.started;

  constructor(
    private readonly log: Logger,
    private readonly doing: string,
    private readonly of: { nodes: number; relationships: number },
    private readonly everyMs = 5_000,
  ) {}

  /** Call after each line; cheap when it is not time to log. */
  tick(): void {
    if ((this.nodes + this.relationships) % 1024 !== 0) return;
    const now = performance.now();
    if (now - this.lastLog < this.everyMs) return;
    this.lastLog = now;
    const done = this.nodes + this.relationships;
    const total = this.of.nodes + this.of.relationships;
    const pct = total ? Math.min(100, Math.round((done / total) * 100)) : 100;
    this.log.info(
      {
        nodes: this.nodes,
        relationships: this.relationships,
        of: this.of,
        seconds: this.seconds(),
        rssMb: Math.round(process.memoryUsage.rss() / 1048576),
      },
      `${this.doing}: ${this.nodes} of ${this.of.nodes} nodes, ${this.relationships} of ${this.of.relationships} relationships (${pct}%)`,
    );
  }

  seconds(): number {
    return Math.round((performance.now() - this.started) / 100) / 10;
  }
}
