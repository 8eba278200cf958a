import type { WardIdentity } from './ward-identity';

/** The emblem's URL, versioned by its content so browsers and proxies may keep it for long. */
export function emblemPath(ward: Pick<WardIdentity, 'emblemVersion'>): string | null {
  return ward.emblemVersion ? `/api/public/emblem?v=${ward.emblemVersion}` : null;
}
