import { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

import { AppModule } from './app.module';
import { AppConfig } from './core/config/app-config';
import { ErrorFilter } from './core/errors/error.filter';
import { createValidationPipe } from './core/errors/validation';
import { PinoNestLogger } from './core/logging/pino-logger';

/** Builds the API application, the same way for `npm start`, the CLI and the tests. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: new PinoNestLogger(logger),
  });
  // CSV imports travel inside GraphQL requests; the import services cap files at 2 MB themselves.
  app.useBodyParser('json', { limit: '3mb' });
  app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' } }));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableCors({ origin: [config.PORTAL_URL, config.BACK_OFFICE_URL], credentials: true });
  return app;
}
