import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';

const AdminExportPage = lazyPage(() => import('./AdminExportPage'), 'AdminExportPage');
const ExportPage = lazyPage(() => import('./ExportPage'), 'ExportPage');

/** The administrator's export of their own municipality's data, among the administration pages. */
export const adminExportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/administration/export',
  component: () => (
    <Permitted operation="createUser">
      <AdminExportPage />
    </Permitted>
  ),
});

/** The principal's reviewer's export, beside the access log (inspection). */
export const exportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/export',
  component: () => (
    <Permitted operation="startPrincipalExport">
      <ExportPage />
    </Permitted>
  ),
});

export const exportRoutes = [adminExportRoute, exportRoute] as const;
