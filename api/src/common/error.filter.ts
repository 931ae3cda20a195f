import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ApiError } from '@concerto/contracts';
import type { Request, Response } from 'express';
import { AppError, commonError } from './app-error';
import { requestLanguage } from './language';

/** Maps every error to the ApiError body, in the caller's language. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const lang = requestLanguage(req);
    const error = this.toAppError(exception);
    const body: ApiError = { statusCode: error.status, code: error.code, message: error.messages[lang] };
    if (error.fields?.length) body.fields = error.fields.map((f) => ({ field: f.field, message: f.messages[lang] }));
    res.status(error.status).json(body);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return commonError('ROUTE_NOT_FOUND');
      if (status === 401) return commonError('UNAUTHENTICATED');
      if (status === 403) return commonError('FORBIDDEN');
      if (status === 413) return commonError('PAYLOAD_TOO_LARGE');
      if (status === 400) return commonError('MALFORMED_BODY');
      const message = exception.message;
      return new AppError(status, `HTTP_${status}`, { fr: message, en: message });
    }
    const e = exception as { type?: string; status?: number; expose?: boolean };
    if (e?.type === 'entity.too.large') return commonError('PAYLOAD_TOO_LARGE');
    if (e?.type === 'charset.unsupported') return commonError('UNSUPPORTED_CHARSET');
    if (e?.type === 'encoding.unsupported') return commonError('UNSUPPORTED_ENCODING');
    // Any other refusal of the body parser (bad JSON, gzip garbage, aborted or mis-sized body).
    if (e?.type === 'entity.parse.failed' || (e?.expose && typeof e.status === 'number' && e.status >= 400 && e.status < 500)) return commonError('MALFORMED_BODY');
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return commonError('INTERNAL');
  }
}
