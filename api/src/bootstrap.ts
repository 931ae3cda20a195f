import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { createLogger, loggerParams, type LogOutput, processLogOutput } from './common/logging';
import type { AppConfig } from './config/config';

export interface AppLogging {
  /** Where the logs go (default: stdout, pretty when it is a terminal). */
  output?: LogOutput;
  /** The process logger when main.ts already made one. */
  logger?: PinoLogger;
}

/** Builds the configured application (not yet listening): used by main.ts and by the tests. */
export async function createApp(config: AppConfig, databaseUrl: string, jwtSecret: string, logging: AppLogging = {}): Promise<NestExpressApplication> {
  const output = logging.output ?? processLogOutput();
  const logger = logging.logger ?? createLogger(config.logLevel, output);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, jwtSecret, logger: loggerParams(logger, config, output) }),
    { logger: config.logLevel === 'silent' ? false : config.logLevel === 'error' ? ['error'] : ['error', 'warn'], bodyParser: false, bufferLogs: config.logLevel !== 'silent' },
  );
  // Nest's own messages through the same logger; its start-up chatter (one line per module and
  // per route, level "log") goes to debug, below the levels LOG_LEVEL offers.
  if (config.logLevel !== 'silent') {
    const nest = app.get(Logger);
    app.useLogger({
      log: (message: unknown, ...rest: unknown[]) => nest.debug(message, ...rest),
      error: (message: unknown, ...rest: unknown[]) => nest.error(message, ...rest),
      warn: (message: unknown, ...rest: unknown[]) => nest.warn(message, ...rest),
      debug: (message: unknown, ...rest: unknown[]) => nest.debug(message, ...rest),
      verbose: (message: unknown, ...rest: unknown[]) => nest.verbose(message, ...rest),
      fatal: (message: unknown, ...rest: unknown[]) => nest.fatal(message, ...rest),
    });
    app.flushLogs();
  }
  configureApp(app, config);
  await app.init();
  return app;
}
