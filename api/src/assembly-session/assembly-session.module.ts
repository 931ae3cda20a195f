import { Module } from '@nestjs/common';
import { AssemblySessionController, DisplayController } from './assembly-session.controller';
import { DisplayService } from './display.service';
import { SessionService } from './session.service';
import { SpeakersService } from './speakers.service';

/** An assembly in session: the chair's console, the speakers list, the live state and its event stream, the room display. */
@Module({
  controllers: [AssemblySessionController, DisplayController],
  providers: [SessionService, SpeakersService, DisplayService],
})
export class AssemblySessionModule {}
