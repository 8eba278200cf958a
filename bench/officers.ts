// The ten officers of the submission burst: the nine seeded organization accounts plus a second
// People's Committee officer (the organization with most assignments), created for the run.
import Database from 'better-sqlite3';

export function burstOfficers(): string[] {
  return [
    'danguy',
    'hdnd',
    'ubnd',
    'mttq',
    'hoinongdan',
    'hoiphunu',
    'doanthanhnien',
    'hoicuuchienbinh',
    'congdoan',
    'ubnd2',
  ];
}

/** Adds an officer of `like`'s organization with `like`'s password (the seed password). */
export function addOfficer(file: string, username: string, like: string): void {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite
      .prepare(
        `INSERT INTO users (username, display_name, password_hash, role, organization_id)
         SELECT ?, display_name || ' (2)', password_hash, role, organization_id FROM users WHERE username = ?`,
      )
      .run(username, like);
  } finally {
    sqlite.close();
  }
}
