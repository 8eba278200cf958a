import type { Metadata } from 'next';
import { NewUpdatePage } from '../../../new-update-page';

export const metadata: Metadata = { title: 'Lập báo cáo' };

export default function Page(props: PageProps<'/[lang]/dashboard/tasks/[id]/update'>) {
  return <NewUpdatePage kind="task" {...props} />;
}
