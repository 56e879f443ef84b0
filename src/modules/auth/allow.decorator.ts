import { SetMetadata } from '@nestjs/common';
import type { Role } from './role.enum.js';

export const ALLOW_KEY = 'brygga:allow';
export const PUBLIC = 'public';

/** Which roles may call an operation; checked by the global {@link AuthGuard}. */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOW_KEY, roles);

/** An operation anyone may call without a token (login only). */
export const Public = () => SetMetadata(ALLOW_KEY, PUBLIC);

export type AllowDeclaration = readonly Role[] | typeof PUBLIC;
