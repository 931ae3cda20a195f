import type { NextFunction, Request, Response } from 'express';

/** One JSON line per request: method, path, status, duration, who (person id only). */
export function requestLogger(enabled: boolean) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!enabled) return next();
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - start) / 1e6;
      const user = (req as Request & { user?: { id: string } }).user;
      process.stdout.write(
        JSON.stringify({
          time: new Date().toISOString(),
          level: res.statusCode >= 500 ? 'error' : 'info',
          msg: 'request',
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          userId: user?.id,
        }) + '\n',
      );
    });
    next();
  };
}
