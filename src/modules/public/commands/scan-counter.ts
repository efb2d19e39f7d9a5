// Counting scans of stamp serials without a write per scan: counts gather in memory and one statement adds them every
// few seconds (and when the server stops). A lost batch on a crash loses a few seconds of counts, not correctness.
// The same statement flags a serial whose counts cross the policy (domain/scan-policy.ts).
import type { Db } from '../../../db/pool.ts';
import { addScans } from '../data/stamp-store.ts';
import { DEFAULT_SCAN_FLAG_POLICY, type ScanFlagPolicy } from '../domain/scan-policy.ts';

export class ScanCounter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly today: () => string,
    private readonly policy: ScanFlagPolicy = DEFAULT_SCAN_FLAG_POLICY,
    private readonly everyMs = 5_000,
  ) {}

  record(serial: string): void {
    this.pending.set(serial, (this.pending.get(serial) ?? 0) + 1);
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.everyMs);
      this.timer.unref();
    }
  }

  /** Writes what has gathered (tests call it to see the counts at once). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(async () => {
      if (!batch.size) return;
      await addScans(this.db, batch, this.today(), this.policy).catch((err: Error) => {
        console.warn(`[ocop] stamp scan counts lost: ${err.message}`);
      });
    });
    return this.flushing;
  }
}
