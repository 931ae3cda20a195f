import { DynamicModule, Module } from '@nestjs/common';
import { MailController } from './mail.controller';
import { MailService } from './mail.service';
import { MAIL_SETTINGS, MailSettings } from './mail.settings';
import { MailWorker } from './mail.worker';

/** E-mail for the whole portal: the outbox (MailService.queue), its delivery, its admin screen. */
@Module({})
export class MailModule {
  static forRoot(settings: MailSettings): DynamicModule {
    return {
      module: MailModule,
      global: true,
      controllers: [MailController],
      providers: [{ provide: MAIL_SETTINGS, useValue: settings }, MailService, MailWorker],
      exports: [MailService, MailWorker, MAIL_SETTINGS],
    };
  }
}
