export function restoreSignalPath(databaseFile: string): string;
