import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Sealer } from './seal.js';

/** Where the data key is kept when DATA_KEY is not set (created on first use, readable by its owner only). */
export const DEFAULT_DATA_KEY_FILE = '.data/data.key';

let current: Sealer | undefined;

/**
 * The process's sealer, from `DATA_KEY` (a secret of 32+ characters) or else the key
 * file at `DATA_KEY_FILE` (default `.data/data.key`, made with 32 random bytes the first
 * time). Every process of one deployment (the service, `npm run import`, a second API
 * instance) must use the same key; keep it with the backups, which hold sealed values.
 */
export function sealer(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Sealer {
  if (current) return current;
  const secret = env.DATA_KEY;
  if (secret !== undefined && secret !== '') {
    if (secret.length < 32) throw new Error('DATA_KEY must be at least 32 characters');
    return (current = new Sealer(secret));
  }
  const file = path.resolve(cwd, env.DATA_KEY_FILE || DEFAULT_DATA_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`${file} does not hold a data key (32+ characters)`);
  return (current = new Sealer(key));
}
