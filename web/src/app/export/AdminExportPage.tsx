import { AdminPage } from '../organisations/admin/AdminPage';
import { ExportPage } from './ExportPage';
import { messages as t } from './messages';

/** The export among the administration pages, with their heading and links. */
export function AdminExportPage() {
  return <ExportPage wrap={(page) => <AdminPage section={t.title}>{page}</AdminPage>} />;
}
