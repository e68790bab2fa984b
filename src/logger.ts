import { pino, type Logger } from 'pino';

export type { Logger };

/** The service's structured logger: JSON lines on stdout, one per event. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'chain-atlas' } });
}
