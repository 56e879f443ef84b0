import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { Public } from '../../platform/auth/allow.decorator.js';
import { MeetingCalendarService } from './meeting-calendar.service.js';

/**
 * The meeting feeds for calendar apps, which subscribe to a URL and send no bearer token: the feed token in the path
 * is the credential (unguessable, stored hashed, revocable; the request log shows the path without it). An unknown
 * or revoked token is 404, like a feed that does not exist.
 */
@Controller('calendar/feeds')
export class MeetingCalendarController {
  constructor(private readonly calendar: MeetingCalendarService) {}

  @Public()
  @Get(':token/team.ics')
  async team(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return ics(res, await this.calendar.feedForToken(token));
  }

  @Public()
  @Get(':token/meetings/:meetingId.ics')
  async meeting(@Param('token') token: string, @Param('meetingId') meetingId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return ics(res, await this.calendar.meetingFeedForToken(token, meetingId));
  }
}

/** The part of Express's response the feed sets (no @types/express here). */
interface Response {
  setHeader(name: string, value: string): unknown;
}

function ics(res: Response, body: string | null): string {
  if (body === null) throw new NotFoundException();
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Cache-Control', 'private, max-age=300');
  return body;
}
