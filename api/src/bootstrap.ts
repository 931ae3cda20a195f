import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import type { AppConfig } from './config/config';

/** Builds the configured application (not yet listening): used by main.ts and by the tests. */
export async function createApp(config: AppConfig, databaseUrl: string, jwtSecret: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, jwtSecret }), {
    logger: config.logLevel === 'silent' ? false : config.logLevel === 'error' ? ['error'] : ['error', 'warn'],
    bodyParser: false,
  });
  configureApp(app, config);
  await app.init();
  return app;
}
