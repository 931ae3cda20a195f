import { RequestMethod } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import type { AppConfig } from '../config/config';

/**
 * Where the logs go. In a terminal (stdout is a TTY): readable lines through pino-pretty, and no
 * line per request unless LOG_REQUESTS=true. Elsewhere (servers, compose, tests): one JSON line per
 * event, including one per request.
 */
export interface LogOutput {
  terminal: boolean;
  stream: NodeJS.WritableStream;
}

export function processLogOutput(): LogOutput {
  return { terminal: process.stdout.isTTY === true, stream: process.stdout };
}

/** The one pino logger of the process: the start in main.ts, Nest's messages and the requests. */
export function createLogger(level: AppConfig['logLevel'], out: LogOutput): Logger {
  const destination: DestinationStream = out.terminal
    ? pinoPretty({ colorize: true, sync: true, destination: out.stream, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,requestId,context' })
    : out.stream;
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** What a request line says: method, path (no query string), status, duration, who (person id only). */
export function requestFields(req: Request, res: Response, durationMs: number): RequestLine {
  const user = (req as Request & { user?: { id?: string } }).user;
  return {
    method: req.method,
    path: (req.originalUrl ?? req.url).split('?')[0],
    status: res.statusCode,
    durationMs,
    userId: user?.id,
  };
}

export interface RequestLine {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  userId: string | undefined;
}

export function requestMessage(line: Omit<RequestLine, 'durationMs'> & { durationMs?: number }): string {
  return `${line.method} ${line.path} ${line.status}` + (line.durationMs === undefined ? '' : ` ${line.durationMs} ms`);
}

/** nestjs-pino's settings: the process logger, one quiet line per finished request (or none). */
export function loggerParams(logger: Logger, config: Pick<AppConfig, 'logRequests'>, out: LogOutput): Params {
  const line = (req: Request, res: Response, responseTime: number) => requestFields(req, res, responseTime);
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      logger,
      autoLogging: config.logRequests ?? !out.terminal,
      quietReqLogger: true,
      quietResLogger: true,
      customAttributeKeys: { reqId: 'requestId' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      customSuccessObject: (req, res, val: { responseTime: number }) => line(req as Request, res as Response, val.responseTime),
      customErrorObject: (req, res, err, val: { responseTime: number }) => ({ ...line(req as Request, res as Response, val.responseTime), err }),
      customSuccessMessage: (req, res, responseTime) => requestMessage(line(req as Request, res as Response, responseTime)),
      customErrorMessage: (req, res, err) => requestMessage({ ...line(req as Request, res as Response, 0), durationMs: undefined }) + `: ${err.message}`,
    },
  };
}
