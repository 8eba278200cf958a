import type { Locale } from '@/lib/i18n/locale';
import type { PublicText } from '@/lib/i18n/messages/public';
import type { OrgRef } from '@/lib/public/summary-model';
import { inline } from './vi-text';

/** "Chủ trì: Ủy ban nhân dân phường · Phối hợp: Đảng ủy phường". Names are data, kept in Vietnamese. */
export function OrgList({ organizations, locale, t }: { organizations: OrgRef[]; locale: Locale; t: PublicText }) {
  const groups = [
    { label: t.leadOrg, role: 'lead' },
    { label: t.coordinateOrg, role: 'coordinate' },
  ]
    .map((g) => ({
      ...g,
      names: organizations
        .filter((o) => o.role === g.role)
        .map((o) => o.name)
        .join(', '),
    }))
    .filter((g) => g.names);
  if (!groups.length) return null;
  return (
    <p className="orgs">
      {inline(
        ...groups.flatMap((g, i) => [
          i ? ' · ' : null,
          <b key={i}>{`${g.label}:`}</b>,
          ' ',
          locale === 'vi' ? (
            g.names
          ) : (
            <span key={`n${i}`} lang="vi">
              {g.names}
            </span>
          ),
        ]),
      )}
    </p>
  );
}
