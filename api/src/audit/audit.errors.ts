import type { AuditErrorCode } from '@concerto/contracts';
import { defineErrors } from '../common/app-error';

export const auditError = defineErrors<AuditErrorCode>({
  CHECKPOINT_NOT_FOUND: { status: 404, fr: "Ce point de contrôle du journal d'audit n'existe pas.", en: 'This audit checkpoint does not exist.' },
  DATE_RANGE_REVERSED: { status: 400, fr: 'La date de début doit précéder la date de fin.', en: 'The start date must come before the end date.' },
});
