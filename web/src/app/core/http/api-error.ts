import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@concerto/contracts';

/** What a failed call tells the user: the API's message (already in their language) and field errors. */
export interface ErrorView {
  /** The API's message, or null when the API could not be reached or said nothing usable. */
  message: string | null;
  /** Translation key to show when there is no message from the API. */
  fallbackKey: string;
  fields: Record<string, string>;
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).message === 'string';
}

export function toErrorView(error: unknown): ErrorView {
  if (error instanceof HttpErrorResponse && isApiError(error.error)) {
    const fields: Record<string, string> = {};
    for (const f of error.error.fields ?? []) fields[f.field] = fields[f.field] ? `${fields[f.field]} ${f.message}` : f.message;
    return { message: error.error.message, fallbackKey: 'core.errors.unexpected', fields };
  }
  const offline = error instanceof HttpErrorResponse && error.status === 0;
  return { message: null, fallbackKey: offline ? 'core.errors.network' : 'core.errors.unexpected', fields: {} };
}
