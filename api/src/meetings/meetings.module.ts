import { Module } from '@nestjs/common';
import { ActionItemsService } from './action-items.service';
import { DocumentsService } from './documents.service';
import { MeetingViewService } from './meeting-view.service';
import { ActionItemsController, MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { ResolutionsService } from './resolutions.service';

@Module({
  controllers: [MeetingsController, ActionItemsController],
  providers: [MeetingsService, MeetingViewService, DocumentsService, ResolutionsService, ActionItemsService],
})
export class MeetingsModule {}
