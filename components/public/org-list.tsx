import type { OrgRef } from '@/lib/public/summary-model';
import type { PublicText } from '@/lib/i18n/messages/public';

/** "Chủ trì: Ủy ban nhân dân phường · Phối hợp: Đảng ủy phường". Names are data, kept in Vietnamese. */
export function OrgList({ organizations, t }: { organizations: OrgRef[]; t: PublicText }) {
  const lead = organizations.filter((o) => o.role === 'lead');
  const coordinate = organizations.filter((o) => o.role === 'coordinate');
  if (!organizations.length) return null;
  return (
    <p className="text-sm text-stone-700" data-testid="organizations">
      {lead.length ? (
        <span>
          <span className="font-medium">{t.leadOrg}:</span> <span lang="vi">{lead.map((o) => o.name).join(', ')}</span>
        </span>
      ) : null}
      {lead.length && coordinate.length ? ' · ' : null}
      {coordinate.length ? (
        <span>
          <span className="font-medium">{t.coordinateOrg}:</span> <span lang="vi">{coordinate.map((o) => o.name).join(', ')}</span>
        </span>
      ) : null}
    </p>
  );
}
