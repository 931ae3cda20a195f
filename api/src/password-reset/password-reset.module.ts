import { Module } from '@nestjs/common';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';

/** Links to choose a password: forgotten password and invitations (mail comes from the global MailModule). */
@Module({ controllers: [PasswordResetController], providers: [PasswordResetService], exports: [PasswordResetService] })
export class PasswordResetModule {}
