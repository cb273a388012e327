import { Global, Module } from '@nestjs/common';

import { RealtimeService } from './realtime.service';

/** Global: any feature publishes live events and any subscription resolver reads them. */
@Global()
@Module({
  providers: [RealtimeService],
  exports: [RealtimeService],
})
export class RealtimeModule {}
