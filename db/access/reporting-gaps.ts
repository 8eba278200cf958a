import 'server-only';

// The data access layer's door to the reporting calendar's queries (db/due-updates.ts): callers
// here pass the signed-in user's scope.
export { dueForOrganization, findGaps, readCadenceDefaults, type GapRow } from '../due-updates';
