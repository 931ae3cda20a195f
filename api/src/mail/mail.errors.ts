import type { MailErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const mailError = defineErrors<MailErrorCode>({
  MAIL_NOT_FOUND: { status: 404, fr: 'Courriel introuvable.', en: 'E-mail not found.' },
});
