import { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

import { AppModule } from './app.module';
import { AppConfig } from './core/config/app-config';
import { ErrorFilter } from './core/errors/error.filter';
import { createValidationPipe } from './core/errors/validation';
import { batchLimit } from './core/graphql/query-limits';
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
  // Headers for a JSON API: nothing it answers may run as a page, be framed or be sniffed into a
  // script. The file routes set a sandboxed CSP of their own for the files they send.
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      // Article images are shown by the apps, served from the same site (nginx, or Vite's proxy).
      crossOriginResourcePolicy: { policy: 'same-site' },
    }),
  );
  app.use('/graphql', batchLimit(config));
  // Only the listed origins get CORS headers; any other origin's browser keeps the answer from its page.
  app.enableCors({ origin: config.corsOrigins, credentials: true });
  return app;
}
