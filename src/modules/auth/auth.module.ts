import { Module } from '@nestjs/common';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { TokenService } from './token.service.js';

@Module({
  providers: [TokenService, LoginThrottle, AuthService, AuthResolver, AuthGuard],
  exports: [AuthService, AuthGuard, TokenService],
})
export class AuthModule {}
