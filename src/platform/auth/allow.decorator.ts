import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.enum.js';

export const ALLOW_KEY = 'brygga:allow';
export const PUBLIC = 'public';
export const REST_OPERATION_KEY = 'brygga:rest-operation';

/** Which roles may call an operation; checked by the global {@link AuthGuard}. */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOW_KEY, roles);

/**
 * Names a REST route (a file to download) among the operations a user may call, so that `Viewer.permissions` lists
 * it by this name when the route's @Allow admits the user, and the web app offers the link exactly when it works.
 */
export const RestOperation = (name: string) => SetMetadata(REST_OPERATION_KEY, name);

/** An operation anyone may call without a token (login only). */
export const Public = () => SetMetadata(ALLOW_KEY, PUBLIC);

export type AllowDeclaration = readonly Role[] | typeof PUBLIC;
