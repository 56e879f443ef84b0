/* The recruitment meetings: the quarter's plan and the list, planning one, a meeting's page and its attendance list. */
import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../platform/components/lazy-page';
import { Permitted } from '../platform/pages/StatusPages';
import { signedInRoute } from '../platform/routes/root';
import { validateMeetingSearch } from './search';

const MeetingsPage = lazyPage(() => import('./MeetingsPage'), 'MeetingsPage');
const PlanMeetingPage = lazyPage(() => import('./PlanMeetingPage'), 'PlanMeetingPage');
const MeetingPage = lazyPage(() => import('./MeetingPage'), 'MeetingPage');
const AttendancePage = lazyPage(() => import('./AttendancePage'), 'AttendancePage');

export const meetingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moten',
  validateSearch: validateMeetingSearch,
  component: function MeetingsRoute() {
    return (
      <Permitted operation="meetings">
        <MeetingsPage search={meetingsRoute.useSearch()} />
      </Permitted>
    );
  },
});

const planMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moten/ny',
  component: () => (
    <Permitted operation="planMeeting">
      <PlanMeetingPage />
    </Permitted>
  ),
});

const meetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moten/$meetingId',
  component: function MeetingRoute() {
    const { meetingId } = meetingRoute.useParams();
    return (
      <Permitted operation="meeting">
        <MeetingPage meetingId={meetingId} />
      </Permitted>
    );
  },
});

const attendanceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/moten/$meetingId/narvaro',
  component: function AttendanceRoute() {
    const { meetingId } = attendanceRoute.useParams();
    return (
      <Permitted operation="recordMeetingAttendance">
        <AttendancePage meetingId={meetingId} />
      </Permitted>
    );
  },
});

export const meetingRoutes = [meetingsRoute, planMeetingRoute, meetingRoute, attendanceRoute] as const;
