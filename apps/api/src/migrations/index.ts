import { Initial1795393484775 } from './1795393484775-Initial';

// Every migration, in order. Generate one with `npm run db:migration:generate -- Name`, read it,
// and list it here; a test fails when entities and migrations disagree.
export const MIGRATIONS: Function[] = [Initial1795393484775];
