import Link from 'next/link';
import { getCurrentUser } from '@/db/access/session';
import { roleHome } from '@/lib/auth/role-home';
import { common } from '@/lib/i18n/messages/common';

// A page refused or missing inside the workspace (another organization's report, the chair's queue
// for an officer) keeps the workspace's own navigation around it, so the user does not look logged
// out. not-found receives no params: the Vietnamese text leads, the English follows.
export default async function WorkspaceNotFound() {
  const user = await getCurrentUser();
  return (
    <div className="py-12 text-center space-y-3" data-testid="workspace-not-found">
      <h1 className="text-2xl font-semibold">{common.vi.notFoundTitle}</h1>
      <p>{common.vi.notFoundBody}</p>
      <p lang="en" className="text-stone-600">
        {common.en.notFoundBody}
      </p>
      <Link href={user ? roleHome(user.role) : '/'} className="inline-block text-blue-800 underline" prefetch={false}>
        {common.vi.backToWork}
      </Link>
    </div>
  );
}
