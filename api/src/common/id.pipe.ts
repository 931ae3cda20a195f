import { Injectable, PipeTransform } from '@nestjs/common';
import { ArgumentMetadata } from '@nestjs/common/interfaces';
import { commonError } from './app-error';
import { fieldMessages } from './field-labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path identifier must be a UUID; otherwise 400 on the parameter, named by its label. */
@Injectable()
export class IdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (UUID.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw commonError('VALIDATION_FAILED', {}, [
      { field, messages: fieldMessages(field, { fr: 'Le champ {field} doit être un identifiant valide.', en: 'The field {field} must be a valid identifier.' }) },
    ]);
  }
}
