import { Module } from '@nestjs/common';
import { PasswordResetModule } from '../password-reset/password-reset.module';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({ imports: [PasswordResetModule], controllers: [PeopleController], providers: [PeopleService], exports: [PeopleService] })
export class PeopleModule {}
