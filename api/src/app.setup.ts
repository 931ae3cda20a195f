import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';
import { ErrorFilter } from './common/error.filter';
import { buildOpenApiDocument } from './common/openapi';
import { requestLogger } from './common/request-logger';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';

/** Everything around the modules: prefix, body parsers, pipe, filter, docs, logs, web app. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  if (config.trustProxy) app.set('trust proxy', true);
  app.use(requestLogger(config.logLevel === 'info'));
  // JSON bodies of this API are small: 100 kB is plenty and bounds what an anonymous caller makes
  // the server read. No text parser: the member import (POST /api/members/import, 25 MB) streams its body.
  app.useBodyParser('json', { limit: '100kb' });
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });

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
