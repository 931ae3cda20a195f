import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { PeopleModule } from '../people/people.module';
import { MeController, AuthController } from './auth.controller';
import { GlobalAuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AUTH_SETTINGS, AuthSettings } from './auth.settings';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshTokenCleanup } from './refresh-token-cleanup';

@Module({})
export class AuthModule {
  static forRoot(settings: AuthSettings): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        PeopleModule,
        PassportModule,
        JwtModule.register({
          secret: settings.jwtSecret,
          signOptions: { algorithm: 'HS256', expiresIn: settings.accessTokenTtlSeconds },
          verifyOptions: { algorithms: ['HS256'] },
        }),
      ],
      controllers: [AuthController, MeController],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        AuthService,
        LoginThrottleService,
        RefreshTokenCleanup,
        JwtStrategy,
        { provide: APP_GUARD, useClass: GlobalAuthGuard },
      ],
      // The throttle of password attempts also guards signing the minutes (the password asked again).
      exports: [LoginThrottleService],
      global: true,
    };
  }
}
