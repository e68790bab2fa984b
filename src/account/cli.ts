import { parseArgs } from 'node:util';
import { destination, pino } from 'pino';
import { alignedTable } from '../cli.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { applyMigrations } from '../db/migrations.js';
import { ROLES, type Role } from '../auth/tokens.js';
import { addUser, disableUser, listUsers, setPassword } from './users.js';

const USAGE = `usage:
  npm run user -- add USERNAME --name NAME --role ROLE [--role ROLE] --place PLACE --password-stdin   add a user
  npm run user -- list                                                                             the users, by username
  npm run user -- passwd USERNAME --password-stdin                                                 set a password (clears a lock, ends sessions)
  npm run user -- disable USERNAME                                                                 disable a user (ends sessions, revokes tokens)
ROLE is one of ${ROLES.join(', ')}. PLACE is the home place, by name or id (a county, a city, or 河南 for provincial staff).
The password is read from standard input (one line), never from the command line, so it stays out of the shell's history:
  printf '%s\\n' "$PASSWORD" | npm run user -- add admin --name 管理员 --role admin --place 河南 --password-stdin`;

/** `npm run user`: adds, lists, re-passwords and disables users, in the configured database. */
async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      place: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || command === '--help' || command === '-h' || !command) {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const username = positionals[0];
  if (command === 'list') {
    const rows = await withDatabase(listUsers);
    const day = (ms: number | null) => (ms ? new Date(ms).toISOString().slice(0, 16).replace('T', ' ') : '');
    const state = (r: (typeof rows)[number]) =>
      !r.active
        ? 'disabled'
        : r.lockedUntil && r.lockedUntil > Date.now()
          ? `locked until ${day(r.lockedUntil)}`
          : 'active';
    for (const line of alignedTable(
      ['username', 'name', 'roles', 'place', 'state', 'last sign-in', 'created'],
      rows.map((r) => [
        r.username,
        r.name,
        r.roles.join(','),
        r.place ?? '',
        state(r),
        day(r.lastSignInAt),
        day(r.createdAt),
      ]),
    ))
      console.log(line);
    if (!rows.length) console.log('(no users yet: add the first admin with npm run user -- add …)');
    return 0;
  }
  if (!['add', 'passwd', 'disable'].includes(command)) throw new Error(`unknown command ${command}\n${USAGE}`);
  if (!username) throw new Error(`${command} needs a USERNAME\n${USAGE}`);
  if (command === 'disable') {
    if (!(await withDatabase((db) => disableUser(db, username)))) throw new Error(`no user is named ${username}`);
    console.log(
      `${username} is disabled: their sessions ended and their tokens are revoked (the service refuses them within 5 seconds)`,
    );
    return 0;
  }
  if (!values['password-stdin'])
    throw new Error('--password-stdin is required: give the password on standard input, never as an argument');
  const password = await readPassword();
  if (command === 'passwd') {
    if (!(await withDatabase((db) => setPassword(db, username, password))))
      throw new Error(`no user is named ${username}`);
    console.log(`the password of ${username} is set; their other sessions ended`);
    return 0;
  }
  const added = await withDatabase((db) =>
    addUser(db, {
      username,
      name: values.name ?? '',
      roles: (values.role ?? []) as Role[],
      place: values.place ?? '',
      password,
    }),
  );
  console.log(
    `added ${added.username} (${(values.role ?? []).join(', ')}) of ${added.place}; they sign in on the web app's 登录 page, or with the signIn mutation`,
  );
  return 0;
}

/** The first line of standard input, without its line end. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY)
    process.stderr.write('password, then Enter (a terminal shows what you type: prefer a pipe): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (!password) throw new Error('no password on standard input');
  return password;
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

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`user: ${err.message}`);
    process.exit(1);
  },
);
