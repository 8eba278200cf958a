import { Icon } from '@/components/ui/icon';
import type { Account } from '@/db/access/users';
import { formatDateTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locale';
import type { AdminMessages } from '@/lib/i18n/messages/admin';
import { fill } from '@/lib/i18n/fill';

/** An account's state in words (never by colour alone). */
export function AccountStatus({
  account,
  t,
  locale,
}: {
  account: Pick<Account, 'active' | 'lockedUntil' | 'locked'>;
  t: AdminMessages;
  locale: Locale;
}) {
  if (!account.active)
    return (
      <span className="font-medium text-red-800">
        <Icon name="cross" /> {t.statusDisabled}
      </span>
    );
  if (account.locked && account.lockedUntil) {
    return (
      <span className="font-medium text-amber-800">
        <Icon name="pause" /> {fill(t.statusLocked, { time: formatDateTime(account.lockedUntil, locale) })}
      </span>
    );
  }
  return (
    <span className="text-green-800">
      <Icon name="check" /> {t.statusActive}
    </span>
  );
}
