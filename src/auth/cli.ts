import { parseArgs } from 'node:util';
import { destination, pino } from 'pino';
import { alignedTable } from '../cli.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { applyMigrations } from '../db/migrations.js';
import {
  FORGET_EXPIRED_REVOCATIONS,
  ISSUED_TOKENS,
  RECORD_ISSUED_TOKEN,
  REVOKE_TOKENS,
  TOKENS_OF_SUBJECT,
} from './queries.js';
import { issueToken, MAX_TOKEN_DAYS, ROLES, tokenDays, tokenFacts, type Role } from './tokens.js';

const USAGE = `usage:
  npm run token -- --subject NAME --role ROLE [--role ROLE] [--days 1-${MAX_TOKEN_DAYS}]   issue a token (default 30 days)
  npm run token -- list                                                 the tokens issued here, newest first
  npm run token -- revoke TOKEN_OR_ID [...]                             revoke tokens (refused within seconds)
  npm run token -- revoke --subject NAME                                revoke every token of a subject
ROLE is one of ${ROLES.join(', ')}. The service and this command need the same AUTH_JWT_SECRET.`;

/** `npm run token`: issues, lists and revokes bearer tokens, recorded in the configured database. */
async function main(): Promise<number> {
  const [first, ...rest] = process.argv.slice(2);
  const command = first === 'list' || first === 'revoke' ? first : 'issue';
  const args = command === 'issue' ? process.argv.slice(2) : rest;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: command === 'revoke',
    options: {
      subject: { type: 'string' },
      role: { type: 'string', multiple: true },
      days: { type: 'string', default: '30' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const secret = process.env.AUTH_JWT_SECRET;
  if (command === 'issue') {
    const roles = (values.role ?? []) as Role[];
    const bad = roles.filter((r) => !ROLES.includes(r));
    if (!secret || secret.length < 32)
      throw new Error("set AUTH_JWT_SECRET (32+ characters), the same as the server's");
    if (!values.subject) throw new Error('--subject is required (who the token is for)');
    if (!roles.length || bad.length)
      throw new Error(`--role must be one of ${ROLES.join(', ')}${bad.length ? ` (not ${bad.join(', ')})` : ''}`);
    let days: number;
    try {
      days = tokenDays(values.days);
    } catch (err) {
      throw new Error(`--${(err as Error).message}`, { cause: err });
    }
    const token = await issueToken(secret, values.subject, roles, days);
    const facts = tokenFacts(token);
    await withDatabase((db) =>
      db.write(RECORD_ISSUED_TOKEN, {
        id: facts.id,
        subject: facts.subject,
        roles,
        issuedAt: Date.now(),
        expiresAt: facts.expiresAt,
      }),
    );
    console.log(token);
    console.error(
      `token ${facts.id} for ${facts.subject} (${roles.join(', ')}), valid until ${new Date(facts.expiresAt).toISOString().slice(0, 10)}; revoke it with npm run token -- revoke ${facts.id}`,
    );
    return 0;
  }
  if (command === 'list') {
    const rows = await withDatabase((db) =>
      db.read<{
        id: string;
        subject: string;
        roles: string[];
        issuedAt: number;
        expiresAt: number;
        revokedAt: number | null;
      }>(ISSUED_TOKENS),
    );
    const day = (ms: number | null) => (ms ? new Date(ms).toISOString().slice(0, 10) : '');
    printTable(
      ['id', 'subject', 'roles', 'issued', 'expires', 'revoked'],
      rows.map((r) => [r.id, r.subject, r.roles.join(','), day(r.issuedAt), day(r.expiresAt), day(r.revokedAt)]),
    );
    return 0;
  }
  if (!values.subject && !positionals.length) throw new Error(`revoke needs tokens, token ids or --subject\n${USAGE}`);
  const revoked = await withDatabase(async (db) => {
    const tokens = positionals.map((given) =>
      given.split('.').length === 3
        ? tokenFacts(given)
        : { id: given, subject: null, expiresAt: Date.now() + MAX_TOKEN_DAYS * 86_400_000 },
    );
    if (values.subject)
      tokens.push(
        ...(await db.read<{ id: string; subject: string; expiresAt: number }>(TOKENS_OF_SUBJECT, {
          subject: values.subject,
          now: Date.now(),
        })),
      );
    await db.write(FORGET_EXPIRED_REVOCATIONS, { now: Date.now() });
    const [row] = await db.write<{ revoked: number }>(REVOKE_TOKENS, { tokens, now: Date.now() });
    return row?.revoked ?? 0;
  });
  console.log(
    `revoked ${revoked} ${revoked === 1 ? 'token' : 'tokens'}; the service refuses ${revoked === 1 ? 'it' : 'them'} within 5 seconds`,
  );
  return 0;
}

/** Runs `work` on the configured database (a running service's embedded Neo4j, else one started here, else NEO4J_URI). */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = pino({ level: 'warn' }, destination(2));
  const { db, embedded } = await connect(config, log, { reuseRunning: true });
  try {
    await applyMigrations(db, log);
    return await work(db);
  } finally {
    await db.close();
    await embedded?.stop();
  }
}

/** A plain aligned table on stdout. */
function printTable(header: string[], rows: string[][]): void {
  for (const line of alignedTable(header, rows)) console.log(line);
  if (!rows.length) console.log('(no tokens issued here yet)');
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`token: ${err.message}`);
    process.exit(1);
  },
);
