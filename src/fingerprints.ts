/**
 * A set of strings kept as 53-bit fingerprints in one typed array (open addressing):
 * about 16 bytes a member instead of a hundred, so a check of a million rows can tell
 * which enterprises it has already counted, or a backup which node keys it has written,
 * in a few megabytes. Two strings share a fingerprint once in 2^53 (about 10^16) pairs:
 * with a million members, a new string is taken for one already there about once in
 * 10^10. A count may be off by one then; a caller that must be exact confirms a repeat
 * another way (the backup's checks do).
 */
export class FingerprintSet {
  private slots = new Float64Array(1 << 16);
  private members = 0;

  /** The string's fingerprint: 64-bit FNV-1a over its UTF-16 code units, cut to 53 bits (never 0, the empty slot). */
  static fingerprint(text: string): number {
    let hi = 0xcbf29ce4 >>> 0;
    let lo = 0x84222325 >>> 0;
    for (let i = 0; i < text.length; i++) {
      lo ^= text.charCodeAt(i);
      // Multiply the 64-bit state by the FNV prime 2^40 + 0x1b3, in 32-bit halves.
      const loMul = lo * 0x1b3;
      const carry = Math.floor(loMul / 0x100000000);
      hi = (hi * 0x1b3 + (lo << 8) + carry) >>> 0;
      lo = loMul >>> 0;
    }
    return (hi & 0x1fffff) * 0x100000000 + lo || 1;
  }

  /** Adds the string; true when it was not there yet. */
  add(text: string): boolean {
    if ((this.members + 1) * 2 > this.slots.length) this.grow();
    const added = FingerprintSet.place(this.slots, FingerprintSet.fingerprint(text));
    if (added) this.members++;
    return added;
  }

  /** Whether the string was added (or, very rarely, another with its fingerprint). */
  has(text: string): boolean {
    const fp = FingerprintSet.fingerprint(text);
    const mask = this.slots.length - 1;
    for (let i = fp % this.slots.length; ; i = (i + 1) & mask) {
      if (this.slots[i] === fp) return true;
      if (this.slots[i] === 0) return false;
    }
  }

  get size(): number {
    return this.members;
  }

  private static place(slots: Float64Array, fp: number): boolean {
    const mask = slots.length - 1;
    for (let i = fp % slots.length; ; i = (i + 1) & mask) {
      if (slots[i] === fp) return false;
      if (slots[i] === 0) {
        slots[i] = fp;
        return true;
      }
    }
  }

  private grow() {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const fp of old) if (fp) FingerprintSet.place(this.slots, fp);
  }
}
