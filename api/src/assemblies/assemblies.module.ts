import { Module } from '@nestjs/common';
import { AssemblyEventsPublisher } from '../realtime/assembly-events.publisher';
import { AssembliesController } from './assemblies.controller';
import { AssembliesService } from './assemblies.service';
import { AssemblyDocumentsService } from './assembly-documents.service';
import { AssemblyViewService } from './assembly-view.service';
import { RegistrationsService } from './registrations.service';

/**
 * General assemblies: setup, convocation, credentials, proxies, attendance. The event publisher is
 * provided here until the realtime module provides it.
 */
@Module({
  controllers: [AssembliesController],
  providers: [AssembliesService, AssemblyViewService, AssemblyDocumentsService, RegistrationsService, AssemblyEventsPublisher],
  exports: [AssemblyViewService],
})
export class AssembliesModule {}
