import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { PeriodicJob } from '../../core/jobs/periodic-job';

const FUNNEL = ['submitted', 'approved', 'partially_approved', 'rejected', 'reversed', 'withdrawn', 'pending', 'needs_information', 'decision_ms'];
const FLAGS = ['raised', 'approved', 'rejected', 'open'];

/**
 * Moves the journal `changes` into `slices` in one statement: the rows it deletes are the rows it
 * adds, so a reader (who reads both) sees them on one side or the other, never twice. Two processes
 * folding at once cannot count a change twice: the second waits on the first's deleted rows, then
 * skips them. Slices are locked in key order, as every writer of them does.
 */
const fold = (changes: string, slices: string, keys: string[], columns: string[]) => `
  WITH moved AS (DELETE FROM ${changes} RETURNING ${[...keys, ...columns].join(', ')})
  INSERT INTO ${slices} AS t (${[...keys, ...columns].join(', ')})
  SELECT ${keys.join(', ')}, ${columns.map((c) => `sum(${c})`).join(', ')} FROM moved
   GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}
  ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${columns.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}`;

/** The funnel's columns as the slices and their changes both have them, for reading them together. */
export const FUNNEL_SLICE_COLUMNS = ['month', 'channel_manager_id', 'country', 'decision_bucket', ...FUNNEL].join(', ');
export const FLAG_SLICE_COLUMNS = ['month', 'channel_manager_id', 'country', 'code', ...FLAGS].join(', ');

/**
 * Folds the declaration funnel's journal of changes into its slices every ACTIVITY_POLL_MS, so the
 * journal stays a few rows long. The dashboard reads slices and journal together, so what it shows
 * does not wait for this.
 */
@Injectable()
export class DeclarationFunnelFoldWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeclarationFunnelFoldWorker.name);
  private readonly job: PeriodicJob;

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.job = new PeriodicJob(
      config.ACTIVITY_POLL_MS,
      () => this.fold(),
      (error) => this.logger.warn({ err: error }, 'Folding the declaration funnel failed; it will run again'),
    );
  }

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }

  async fold(): Promise<void> {
    await this.dataSource.query(fold('declaration_funnel_slice_changes', 'declaration_funnel_slices', ['month', 'channel_manager_id', 'country', 'decision_bucket'], FUNNEL));
    await this.dataSource.query(fold('declaration_flag_slice_changes', 'declaration_flag_slices', ['month', 'channel_manager_id', 'country', 'code'], FLAGS));
  }
}
