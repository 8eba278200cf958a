// Makes a database file refuse writes for a server started afterwards. As root, file modes do not
// bind (CAP_DAC_OVERRIDE), so the server then runs without that capability (util-linux setpriv):
// root-owned files obey their modes again, everything else the server needs stays writable.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

export function readOnlyServerWrapper(): string[] {
  if (process.getuid?.() !== 0) return [];
  const probe = spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', 'true']);
  if (probe.status !== 0) {
    throw new Error('running as root without setpriv (util-linux): cannot make a file read-only for the server');
  }
  return ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'];
}

export function setReadOnly(file: string, readOnly: boolean): void {
  chmodSync(file, readOnly ? 0o444 : 0o644);
}
