import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';
import { ErrorFilter } from './common/error.filter';
import { requestLogger } from './common/request-logger';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';

/** Everything around the modules: prefix, body parsers, pipe, filter, docs, logs, web app. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  if (config.trustProxy) app.set('trust proxy', true);
  app.use(requestLogger(config.logLevel === 'info'));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('text', { type: ['text/csv', 'text/plain'], limit: '25mb' });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  const doc = new DocumentBuilder()
    .setTitle('Concerto API')
    .setDescription('Governance and associative life of a social-economy federation')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs/openapi.json' });

  const web = config.webDist;
  if (web && fs.existsSync(path.join(web, 'index.html'))) {
    app.useStaticAssets(web, { index: false, maxAge: '1h' });
    // The web app's routes (/members, /login…) all load index.html; /api stays the API's.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
      res.sendFile(path.join(web, 'index.html'));
    });
  }
}
