import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ActorCache } from './actor-cache.js';
import { ActorInvalidation } from './actor-invalidation.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { OperationPermissions } from './operation-permissions.js';
import { SessionsService } from './sessions.service.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [DiscoveryModule],
  providers: [ActorCache, ActorInvalidation, TokenService, LoginThrottle, AuthService, SessionsService, OperationPermissions, AuthResolver, AuthGuard],
  exports: [AuthService, AuthGuard, TokenService],
})
export class AuthModule {}
