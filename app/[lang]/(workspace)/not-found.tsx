import Link from 'next/link';
import { getCurrentUser } from '@/db/access/session';
import { roleHome } from '@/lib/auth/role-home';
import { localePath } from '@/lib/i18n/locale-path';
import { common } from '@/lib/i18n/messages/common';
import { getLocale } from '@/lib/i18n/server';

// A page refused or missing inside the workspace (another organization's update, the chair's queue
// for an officer) keeps the workspace's own navigation around it, so the user does not look logged
// out. not-found receives no params: the Vietnamese text leads, the English follows.
export default async function WorkspaceNotFound() {
  const user = await getCurrentUser();
  const locale = await getLocale();
  return (
    <div className="py-12 text-center space-y-3" data-testid="workspace-not-found">
      <h1 className="text-2xl font-semibold">{common.vi.notFoundTitle}</h1>
      <p>{common.vi.notFoundBody}</p>
      <p lang="en" className="text-stone-600">
        {common.en.notFoundBody}
      </p>
      <Link
        href={localePath(locale, user ? roleHome(user.role) : '/')}
        className="inline-block text-blue-800 underline"
        prefetch={false}
      >
        {common.vi.backToWork}
      </Link>
    </div>
  );
}
