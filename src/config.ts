import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { idleLimits } from './pipeline/idle-limits.js';
import { DEFAULT_ACCOUNT_POLICY, type AccountPolicy } from './account/policy.js';

/** Byte sizes as Neo4j writes them: 512m, 2g, 1024k. */
const byteSize = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g');

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A size for the JVM heap or page cache: an eighth of the machine, within bounds. */
function machineShare(minMb: number, maxMb: number): string {
  const eighthMb = Math.floor(os.totalmem() / 1024 / 1024 / 8);
  return `${Math.min(maxMb, Math.max(minMb, eighthMb))}m`;
}

const schema = z
  .object({
    // Safe unless asked otherwise: `npm start` on a shared server is production (`npm run dev` is development).
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    NEO4J_URI: z.string().url().optional(),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().default('neo4j'),

    NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
    NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
    NEO4J_CACHE_DIR: z.string().default('.cache/neo4j'),
    NEO4J_HEAP: byteSize.default(machineShare(512, 4096)),
    NEO4J_PAGECACHE: byteSize.default(machineShare(256, 4096)),
    JAVA_HOME: z.string().optional(),

    SEED_ON_START: boolean.default('true'),
    AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
    READS_REQUIRE_TOKEN: boolean.default('false'),
    INTROSPECTION: boolean.optional(),
    LANDING_PAGE: boolean.optional(),
    GRAPHIQL: boolean.optional(),
    CORS_ORIGINS: z.string().optional(),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
    UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).default(20_000_000),
    UPLOAD_QUOTA_BYTES: z.coerce.number().int().min(1024).optional(),
    UPLOADS_PER_OFFICER: z.coerce.number().int().min(1).default(10),
    UPLOAD_RETENTION_MINUTES: z.coerce.number().int().min(1).default(30),
    UPLOAD_DIR: z.string().optional(),
    XLSX_UNPACKED_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1_048_576)
      .default(300 * 1024 * 1024),
    XLSX_READ_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(120),
    CLI_XLSX_UNPACKED_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1_048_576)
      .default(1024 * 1024 * 1024),
    MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    MAX_ALIASES: z.coerce.number().int().min(1).default(20),
    MAX_COST: z.coerce.number().int().min(10).default(20000),
    MAX_TOKENS: z.coerce.number().int().min(100).default(2000),
    MAX_LIST_ITEMS: z.coerce.number().int().min(10).default(100),
    MAX_RESPONSE_BYTES: z.coerce.number().int().min(10_000).default(8_000_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(8),
    MAX_QUEUED: z.coerce.number().int().min(0).default(1000),
    RESULT_CACHE_ENTRIES: z.coerce.number().int().min(0).default(500),
    DATA_KEY: z.string().min(32, 'at least 32 characters').optional(),
    DATA_KEY_FILE: z.string().default('.data/data.key'),
    CYPHER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    SIGN_IN_TOKEN_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    // Read where alerts are made (src/pipeline/outcomes.ts); checked here so a bad value stops the start, not an alert.
    PIPELINE_IDLE_DAYS: z
      .string()
      .optional()
      .refine(
        (text) => {
          try {
            idleLimits(text);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'STAGE=DAYS pairs separated by commas, e.g. CLUE=45,CONTACT=45,NEGOTIATING=30' },
      ),
    SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    SIGN_IN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    SIGN_IN_SLOWDOWN_MS: z.coerce.number().int().min(0).max(10_000).default(500),
  })
  .superRefine((e, ctx) => {
    if (e.UPLOAD_QUOTA_BYTES !== undefined && e.UPLOAD_QUOTA_BYTES < e.UPLOAD_LIMIT_BYTES) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['UPLOAD_QUOTA_BYTES'],
        message: 'at least UPLOAD_LIMIT_BYTES (one upload must fit)',
      });
    }
  });

/** The uploads folder holds this many largest uploads unless UPLOAD_QUOTA_BYTES says otherwise. */
const QUOTA_UPLOADS = 10;

/** What one request may cost, and what the HTTP surface exposes. */
export type HttpLimits = {
  readsRequireToken: boolean;
  introspection: boolean;
  landingPage: boolean;
  /** The bundled API explorer at /graphiql. */
  graphiql: boolean;
  /** Allowed browser origins; `*` for any, empty for none (same-origin only). */
  corsOrigins: string[];
  bodyLimitBytes: number;
  /** Largest file an officer may upload to POST /uploads for an import. */
  uploadLimitBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  /** Most items in any one list argument (`nodes(ids:)` …); each also counts towards the cost. */
  maxListItems: number;
  /** Largest answer in bytes of JSON; a larger one is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  rateLimitPerMinute: number;
  /** Requests executing at once; more wait in a queue of at most `maxQueued`, beyond which they get 503. */
  maxInFlight: number;
  maxQueued: number;
};

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  seedOnStart: boolean;
  /** Analytics answers kept while the database is unchanged; 0 turns the cache off. */
  resultCacheEntries: number;
  /** Secret that signs bearer tokens (HS256); without it no token is accepted. */
  jwtSecret: string | undefined;
  http: HttpLimits;
  /** Users' browser sessions, signIn's tokens and the locking of accounts after failed sign-ins. */
  accounts: AccountPolicy;
  /** Analysts' Cypher: queries at once (those still finishing on the database included), and the time each may take. */
  cypher: { concurrency: number; timeoutMs: number };
  /** Officers' imports: where uploads wait and what they may take, and what reading a workbook may cost. */
  imports: {
    uploadDir: string;
    uploads: {
      /** The largest upload (the same as http.uploadLimitBytes). */
      fileBytes: number;
      /** All uploads waiting, together. */
      quotaBytes: number;
      /** Uploads one officer may have waiting. */
      perOfficer: number;
      /** How long an upload waits to be checked and imported. */
      retentionMs: number;
    };
    /** What an uploaded workbook's XML may unpack to, and how long its parse may take (the service). */
    xlsxUnpackedBytes: number;
    xlsxTimeoutMs: number;
    /** What a workbook's XML may unpack to for `npm run import`. */
    cliXlsxUnpackedBytes: number;
  };
  neo4j: {
    /** Set when an external server is used; unset means the embedded database. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
  };
  embedded: {
    port: number;
    dataDir: string;
    cacheDir: string;
    heap: string;
    pageCache: string;
    javaHome: string | undefined;
  };
};

/** Reads and validates the environment once; throws one message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    resultCacheEntries: e.RESULT_CACHE_ENTRIES,
    jwtSecret: e.AUTH_JWT_SECRET,
    http: {
      readsRequireToken: e.READS_REQUIRE_TOKEN,
      // Open for exploring in development, closed in production unless asked for.
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
      landingPage: e.LANDING_PAGE ?? e.NODE_ENV !== 'production',
      graphiql: e.GRAPHIQL ?? e.NODE_ENV !== 'production',
      corsOrigins: (e.CORS_ORIGINS ?? (e.NODE_ENV === 'production' ? '' : '*'))
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxCost: e.MAX_COST,
      maxTokens: e.MAX_TOKENS,
      maxListItems: e.MAX_LIST_ITEMS,
      maxResponseBytes: e.MAX_RESPONSE_BYTES,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      maxInFlight: e.MAX_IN_FLIGHT,
      maxQueued: e.MAX_QUEUED,
    },
    cypher: { concurrency: e.CYPHER_CONCURRENCY, timeoutMs: e.CYPHER_TIMEOUT_MS },
    accounts: {
      ...DEFAULT_ACCOUNT_POLICY,
      sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
      sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
      tokenDays: e.SIGN_IN_TOKEN_DAYS,
      maxFailures: e.SIGN_IN_MAX_FAILURES,
      lockMs: e.SIGN_IN_LOCK_MINUTES * 60_000,
      slowdownMs: e.SIGN_IN_SLOWDOWN_MS,
    },
    imports: {
      uploadDir: e.UPLOAD_DIR ? path.resolve(cwd, e.UPLOAD_DIR) : path.join(os.tmpdir(), 'chain-atlas-uploads'),
      uploads: {
        fileBytes: e.UPLOAD_LIMIT_BYTES,
        quotaBytes: e.UPLOAD_QUOTA_BYTES ?? QUOTA_UPLOADS * e.UPLOAD_LIMIT_BYTES,
        perOfficer: e.UPLOADS_PER_OFFICER,
        retentionMs: e.UPLOAD_RETENTION_MINUTES * 60_000,
      },
      xlsxUnpackedBytes: e.XLSX_UNPACKED_LIMIT_BYTES,
      xlsxTimeoutMs: e.XLSX_READ_TIMEOUT_SECONDS * 1000,
      cliXlsxUnpackedBytes: e.CLI_XLSX_UNPACKED_LIMIT_BYTES,
    },
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    embedded: {
      port: e.NEO4J_EMBEDDED_PORT,
      dataDir: path.resolve(cwd, e.NEO4J_DATA_DIR),
      cacheDir: path.resolve(cwd, e.NEO4J_CACHE_DIR),
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      javaHome: e.JAVA_HOME,
    },
  };
}
