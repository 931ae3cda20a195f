import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule, type Params as LoggerParams } from 'nestjs-pino';
import { AssembliesModule } from './assemblies/assemblies.module';
import { AssemblySessionModule } from './assembly-session/assembly-session.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BoardModule } from './board/board.module';
import { CollegesModule } from './colleges/colleges.module';
import { AppConfig, APP_CONFIG } from './config/config';
import { DashboardModule } from './dashboard/dashboard.module';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { MailModule } from './mail/mail.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MembersModule } from './members/members.module';
import { MinutesModule } from './minutes/minutes.module';
import { PasswordResetModule } from './password-reset/password-reset.module';
import { PeopleModule } from './people/people.module';
import { RealtimeModule } from './realtime/realtime.module';
import { SettingsModule } from './settings/settings.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  logger: LoggerParams;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, jwtSecret, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(logger),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AuditModule,
        MailModule.forRoot({
          smtpUrl: config.smtpUrl,
          mailFrom: config.mailFrom,
          publicUrl: config.publicUrl,
          maxAttempts: config.mailMaxAttempts,
          retrySeconds: config.mailRetrySeconds,
          pollMilliseconds: config.mailPollMilliseconds,
        }),
        PasswordResetModule,
        PeopleModule,
        SettingsModule,
        CollegesModule,
        MembersModule,
        DashboardModule,
        BoardModule,
        MinutesModule,
        MeetingsModule,
        AssembliesModule,
        RealtimeModule,
        AssemblySessionModule,
        AuthModule.forRoot({
          jwtSecret,
          accessTokenTtlSeconds: config.accessTokenTtlSeconds,
          refreshTokenTtlDays: config.refreshTokenTtlDays,
          refreshTokenCleanupMinutes: config.refreshTokenCleanupMinutes,
          refreshGraceSeconds: config.refreshGraceSeconds,
          cookieSecure: config.cookieSecure,
          loginMaxFailuresPerAccount: config.loginMaxFailuresPerAccount,
          loginMaxFailuresPerAddress: config.loginMaxFailuresPerAddress,
          loginWindowMinutes: config.loginWindowMinutes,
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
