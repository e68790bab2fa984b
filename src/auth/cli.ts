import { parseArgs } from 'node:util';
import { issueToken, ROLES, type Role } from './tokens.js';

/** `npm run token -- --subject alice --role officer [--role analyst] [--days 30]`: prints a bearer token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { subject: { type: 'string' }, role: { type: 'string', multiple: true }, days: { type: 'string', default: '30' } },
  });
  const secret = process.env.AUTH_JWT_SECRET;
  const roles = (values.role ?? []) as Role[];
  const bad = roles.filter((r) => !ROLES.includes(r));
  if (!secret || secret.length < 32) throw new Error('set AUTH_JWT_SECRET (32+ characters), the same as the server\'s');
  if (!values.subject) throw new Error('--subject is required (who the token is for)');
  if (!roles.length || bad.length) throw new Error(`--role must be one of ${ROLES.join(', ')}${bad.length ? ` (not ${bad.join(', ')})` : ''}`);
  console.log(await issueToken(secret, values.subject, roles, Number(values.days)));
}

main().catch((err: Error) => {
  console.error(`token: ${err.message}`);
  process.exit(1);
});
