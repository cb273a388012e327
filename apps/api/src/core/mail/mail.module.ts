import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MailService } from './mail.service';
import { OutboxWorker } from './outbox.worker';
import { OutboxEmail } from './outbox-email.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEmail])],
  providers: [MailService, OutboxWorker],
  exports: [MailService],
})
export class MailModule {}
