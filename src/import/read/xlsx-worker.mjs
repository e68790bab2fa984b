// The worker thread that parses a workbook (xlsx-read.ts starts it). The process runs
// TypeScript through tsx (`npm start`, `npm run import`) or through vitest; a worker thread
// starts with neither, so it registers tsx itself, then loads the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-worker.ts');
