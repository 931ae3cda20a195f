import type { Language } from '@concerto/contracts';
import type { Request } from 'express';

/** The caller's language: the Accept-Language header first (what the screen shows), then French. */
export function requestLanguage(req: Pick<Request, 'headers'>): Language {
  const header = String(req.headers['accept-language'] ?? '').toLowerCase();
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2);
    if (tag === 'fr' || tag === 'en') return tag;
  }
  return 'fr';
}
