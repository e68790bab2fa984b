import { requireRole } from '../auth/guard.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/graphql.generated.js';
import { importEnterprises, ImportRowsError } from './import.js';
import { ImportFileError } from './parse.js';

/** Larger lists go through `npm run import`. */
const MAX_CSV_BYTES = 1_000_000;

export const importResolvers: Resolvers = {
  Mutation: {
    importEnterprises: async (_p, { csv, fileName }, ctx) => {
      requireRole(ctx.principal, 'officer');
      const bytes = new TextEncoder().encode(csv);
      if (bytes.length > MAX_CSV_BYTES) throw badInput(`csv is larger than ${MAX_CSV_BYTES} bytes; use npm run import.`, { argument: 'csv' });
      try {
        return await importEnterprises(ctx.db, bytes, fileName ?? 'upload.csv', ctx.log);
      } catch (err) {
        if (err instanceof ImportRowsError) throw badInput(`Nothing was imported: ${err.problems.length} problem(s), first: ${err.problems[0]}`, { argument: 'csv', problems: err.problems });
        if (err instanceof ImportFileError) throw badInput(`Nothing was imported: ${err.message}.`, { argument: 'csv' });
        throw err;
      }
    },
  },
};
