// Background jobs on PostgreSQL (pg-boss 10): no other service to run, and several processes can share one database
// (pg-boss locks each job with SKIP LOCKED, so a job goes to one worker only). Jobs are enqueued inside the caller's
// transaction (sqlExecutor), so a step that rolls back leaves no job behind.
import PgBoss from 'pg-boss';
import type { Db } from '../../db/pool.ts';
import { sqlExecutor } from './sql-executor.ts';

/** Queue name → the data of one job; each queue of the app declares its entry. */
export type JobTypes = Record<string, object>;

export interface RetryPolicy {
  /** Attempts after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) at each further one when backoff is on. */
  retryDelaySeconds: number;
  retryBackoff: boolean;
}

export interface JobInfo {
  id: string;
  /** Attempts already failed before this one. */
  retryCount: number;
  retryLimit: number;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  log: (line: string) => void;
  /** How often an idle worker looks for new jobs (pg-boss minimum: 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Run pg-boss's clock and cron monitors (needed by `schedule`); off for runners that only queue and work. */
  schedule?: boolean;
}

export class JobRunner<Q extends JobTypes> {
  private readonly boss: PgBoss;
  private readonly log: (line: string) => void;
  private readonly polling: number;

  private constructor(opts: JobRunnerOptions) {
    this.log = opts.log;
    this.polling = opts.pollingIntervalSeconds ?? 1;
    this.boss = new PgBoss({
      connectionString: opts.databaseUrl,
      application_name: 'ocop-hub-jobs',
      max: 4,
      // Cron schedules only for a runner that asks for them (the daily certificate job); e-mail needs none.
      schedule: opts.schedule ?? false,
    });
    // An EventEmitter without an 'error' listener throws: a lost connection must be logged, not crash the server.
    // 57P01 (administrator shutdown) is the embedded PostgreSQL stopping with the process: expected, as in pool.ts.
    this.boss.on('error', (err: Error & { code?: string }) => {
      if (err.code !== '57P01') this.log(`jobs: ${err.message}`);
    });
  }

  /** Installs or upgrades the pgboss schema (under pg-boss's advisory lock, safe with several processes) and starts. */
  static async start<Q extends JobTypes>(opts: JobRunnerOptions): Promise<JobRunner<Q>> {
    const runner = new JobRunner<Q>(opts);
    await runner.boss.start();
    return runner;
  }

  async createQueue(name: keyof Q & string, retry: RetryPolicy): Promise<void> {
    const queue = {
      name,
      retryLimit: retry.retryLimit,
      retryDelay: retry.retryDelaySeconds,
      retryBackoff: retry.retryBackoff,
    };
    // createQueue keeps an existing queue as it is: bring its retry policy up to date as well.
    await this.boss.createQueue(name, queue);
    await this.boss.updateQueue(name, queue);
  }

  /**
   * Sends one job of `name` on the cron expression `cron` in time zone `tz` (pg-boss keeps one schedule per queue in
   * the database, so several processes scheduling the same queue still make one job per tick).
   */
  async schedule<K extends keyof Q & string>(name: K, cron: string, data: Q[K], tz: string): Promise<void> {
    await this.boss.schedule(name, cron, data, { tz });
  }

  /** Queues jobs in the transaction (or database) `db`: they exist for workers only once it commits. */
  async enqueue<K extends keyof Q & string>(db: Db, name: K, items: Q[K][]): Promise<void> {
    if (!items.length) return;
    await this.boss.insert(
      items.map((data) => ({ name, data })),
      { db: sqlExecutor(db) },
    );
  }

  /**
   * Handles jobs of a queue, up to `batchSize` at a time in parallel. A job whose handler throws is retried by the
   * queue's policy; after its last attempt it is logged as a permanent failure. Nothing thrown here reaches the process.
   */
  async work<K extends keyof Q & string>(
    name: K,
    opts: { batchSize: number },
    handler: (data: Q[K], job: JobInfo) => Promise<void>,
  ): Promise<void> {
    let workerId = '';
    workerId = await this.boss.work<Q[K]>(
      name,
      { batchSize: opts.batchSize, includeMetadata: true, pollingIntervalSeconds: this.polling },
      async (jobs) => {
        // A full batch means more may be waiting: fetch again right after it instead of sleeping a polling interval.
        if (jobs.length === opts.batchSize && workerId) this.boss.notifyWorker(workerId);
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await handler(job.data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
            } catch (err) {
              const message = (err as Error).message;
              const final = job.retryCount >= job.retryLimit;
              this.log(
                final
                  ? `jobs: ${name} ${job.id} failed for good after ${job.retryCount + 1} attempt(s): ${message}`
                  : `jobs: ${name} ${job.id} attempt ${job.retryCount + 1} failed, will retry: ${message}`,
              );
              // Failing this job alone: pg-boss then completes the rest of the batch (only jobs still active).
              await this.boss
                .fail(name, job.id, { message })
                .catch((e: Error) => this.log(`jobs: could not record the failure of ${job.id}: ${e.message}`));
            }
          }),
        );
      },
    );
  }

  /** Stops fetching, lets running jobs finish (up to `timeoutMs`), closes the connections. */
  async stop(timeoutMs = 10_000): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }
}
