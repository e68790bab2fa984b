import { afterEach, vi } from 'vitest';

/**
 * Set up before every unit file. Unit files share their workers' modules (isolate: false,
 * which halves the layer's time): a test that fails while it fakes the clock must not
 * leave the next file's tests with a fake one.
 */
afterEach(() => {
  vi.useRealTimers();
});
