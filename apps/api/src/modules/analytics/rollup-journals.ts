/**
 * The rollups whose network-wide slices are written through a journal: triggers append what a
 * statement changed to `changes` (no row shared between writers), RollupJournalWorker folds it into
 * `slices`, and readers read both together (`sliceSource`), so their figures never wait for a fold.
 */
export interface RollupJournal {
  slices: string;
  changes: string;
  keys: string[];
  columns: string[];
}

const SLICE_KEYS = ['month', 'channel_manager_id', 'country'];

export const FUNNEL_JOURNAL: RollupJournal = {
  slices: 'declaration_funnel_slices',
  changes: 'declaration_funnel_slice_changes',
  keys: [...SLICE_KEYS, 'decision_bucket'],
  columns: ['submitted', 'approved', 'partially_approved', 'rejected', 'reversed', 'withdrawn', 'pending', 'needs_information', 'decision_ms'],
};

export const FLAG_JOURNAL: RollupJournal = {
  slices: 'declaration_flag_slices',
  changes: 'declaration_flag_slice_changes',
  keys: [...SLICE_KEYS, 'code'],
  columns: ['raised', 'approved', 'rejected', 'open'],
};

export const POINTS_JOURNAL: RollupJournal = {
  slices: 'points_slices',
  changes: 'points_slice_changes',
  keys: SLICE_KEYS,
  columns: ['issued', 'redeemed', 'expired', 'withdrawn', 'net', 'pending', 'active'],
};

export const ROLLUP_JOURNALS = [FUNNEL_JOURNAL, FLAG_JOURNAL, POINTS_JOURNAL];

/** The slices with the changes not yet folded, as one relation (the same keys may appear more than once: sum them). */
export function sliceSource({ slices, changes, keys, columns }: RollupJournal): string {
  const list = [...keys, ...columns].join(', ');
  return `(SELECT ${list} FROM ${slices} UNION ALL SELECT ${list} FROM ${changes})`;
}

/**
 * Moves the journal into the slices in one statement: the rows it deletes are the rows it adds, so
 * a reader sees them on one side or the other, never twice. Two processes folding at once cannot
 * count a change twice: the second waits on the first's deleted rows, then skips them. Slices are
 * locked in key order.
 */
export function foldStatement({ slices, changes, keys, columns }: RollupJournal): string {
  const list = [...keys, ...columns].join(', ');
  return `
  WITH moved AS (DELETE FROM ${changes} RETURNING ${list})
  INSERT INTO ${slices} AS t (${list})
  SELECT ${keys.join(', ')}, ${columns.map((c) => `sum(${c})`).join(', ')} FROM moved
   GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}
  ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${columns.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}`;
}
