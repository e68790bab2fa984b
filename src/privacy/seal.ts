import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const PREFIX = 'sealed:v1:';

/**
 * Private values sealed with AES-256-GCM under the service's data key: what the graph
 * stores, what analysts' Cypher and backups see, is `sealed:v1:` and ciphertext; only
 * code holding the key (the API, for the roles allowed) reads the value.
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(secret: string | Buffer) {
    // Any secret of 32+ characters, or 32 random bytes: hashed to the 256-bit key.
    this.key = createHash('sha256').update(secret).digest();
  }

  /** The sealed form of a value; null stays null, and a value already sealed stays as it is. */
  seal(value: string | number | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    const text = String(value);
    if (isSealed(text)) return text;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /**
   * The value of a sealed one; a plain value (stored before sealing, not yet migrated) is
   * itself; undefined when it was sealed under another key or is damaged.
   */
  unseal(value: unknown): string | null | undefined {
    if (value === null || value === undefined) return null;
    const text = String(value);
    if (!isSealed(text)) return text;
    try {
      const raw = Buffer.from(text.slice(PREFIX.length), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}

/** Whether a stored value is sealed. */
export function isSealed(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX);
}
