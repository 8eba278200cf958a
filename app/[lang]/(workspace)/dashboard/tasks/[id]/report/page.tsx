import type { Metadata } from 'next';
import { NewReportPage } from '../../../new-report-page';

export const metadata: Metadata = { title: 'Lập báo cáo' };

export default function Page(props: PageProps<'/[lang]/dashboard/tasks/[id]/report'>) {
  return <NewReportPage kind="task" {...props} />;
}
