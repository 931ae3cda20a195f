import { Global, Module } from '@nestjs/common';
import { AssemblyEventsHub } from './assembly-events.hub';
import { AssemblyEventsPublisher } from './assembly-events.publisher';

/**
 * Live events of assemblies: the publisher (called inside each change's transaction) and, on every
 * replica, the hub that listens to PostgreSQL and writes the events to the streams open there.
 */
@Global()
@Module({
  providers: [AssemblyEventsPublisher, AssemblyEventsHub],
  exports: [AssemblyEventsPublisher, AssemblyEventsHub],
})
export class RealtimeModule {}
