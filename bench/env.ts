/**
 * The scale tools use a database of their own, beside the development one, so a
 * national graph never mixes with the plan you work on. Environment variables win.
 */
export const BENCH_ENV = {
  NEO4J_DATA_DIR: '.data/bench',
  NEO4J_EMBEDDED_PORT: '7688',
  NEO4J_HEAP: '4g',
  NEO4J_PAGECACHE: '6g',
  LOG_LEVEL: 'info',
};
