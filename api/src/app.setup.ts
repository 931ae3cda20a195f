import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import * as fs from 'fs';
import helmet from 'helmet';
import * as path from 'path';
import { ErrorFilter } from './common/error.filter';
import { buildOpenApiDocument } from './common/openapi';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';

/**
 * Content-Security-Policy for the built web app and the Swagger UI (/api/docs): scripts, styles,
 * fonts and calls only from this origin. Angular and Swagger UI set inline styles (style-src
 * 'unsafe-inline'); Swagger UI shows its logos as data: images. No upgrade-insecure-requests: a
 * demo served over plain HTTP on a local address must still load its own files.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
  },
};

/** Hashed build files (main-3FJ2KQ7A.js, chunk-…, styles-….css, media/…) never change: cached for a year. */
const HASHED_FILE = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png|jpe?g|webp|avif)$/;

export function cacheControlFor(filePath: string): string {
  return HASHED_FILE.test(path.basename(filePath)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Everything around the modules: proxy trust, headers, compression, prefix, body parsers, pipe, filter, docs, web app. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, frameguard: { action: 'deny' } }));
  // Event streams (text/event-stream) are written frame by frame: compressing would hold them back.
  app.use(compression({ filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res) }));
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
    app.useStaticAssets(web, { index: false, setHeaders: (res: Response, file: string) => res.setHeader('Cache-Control', cacheControlFor(file)) });
    // The web app's routes (/members, /login…) all load index.html; /api stays the API's, and a
    // missing file (/robots.txt, /chunk-OLD.js: anything with an extension) is a plain 404.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api') || path.extname(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(web, 'index.html'));
    });
  }
}
