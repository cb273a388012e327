import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MailService } from './mail.service';
import { OutboxEmail } from './outbox-email.entity';
import { OutboxWorker } from './outbox.worker';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEmail])],
  providers: [MailService, OutboxWorker],
  exports: [MailService],
})
export class MailModule {}
