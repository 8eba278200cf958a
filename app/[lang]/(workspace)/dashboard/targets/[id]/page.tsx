import type { Metadata } from 'next';
import { SubjectHistoryPage } from '../../history-page';

export const metadata: Metadata = { title: 'Lịch sử báo cáo' };

export default function Page(props: PageProps<'/[lang]/dashboard/targets/[id]'>) {
  return <SubjectHistoryPage kind="target" {...props} />;
}
