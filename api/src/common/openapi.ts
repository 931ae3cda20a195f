import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** Set by `@Public()` on an operation; replaced by an empty security list in the document. */
export const PUBLIC_EXTENSION = 'x-public';

type Json = Record<string, unknown>;
interface Operation {
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
  [key: string]: unknown;
}

const errorShape = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    code: { type: 'string', description: 'Stable error code (see libs/contracts ErrorCode)', example: 'VALIDATION_FAILED' },
    message: { type: 'string', description: "In the caller's language (Accept-Language: fr by default, en)" },
    fields: {
      type: 'array',
      description: 'For 400 validation errors: one entry per offending field',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
} as const;

/** The error responses every operation may document, by status. */
const ERROR_RESPONSES: Record<string, { name: string; description: string }> = {
  '400': { name: 'BadRequest', description: 'Invalid input: the fields and what to do, in the caller’s language' },
  '401': { name: 'Unauthenticated', description: 'Missing, expired or revoked access token' },
  '403': { name: 'Forbidden', description: 'The caller may not do this' },
  '404': { name: 'NotFound', description: 'No such resource' },
  '409': { name: 'Conflict', description: 'The resource’s state forbids this change' },
  '413': { name: 'PayloadTooLarge', description: 'The body is too large' },
  '429': { name: 'TooManyRequests', description: 'Too many attempts; try again later' },
};

/**
 * The OpenAPI document integrators read: every operation says its security (bearer, or none for
 * public ones) and the error responses it may answer with, all in the one error shape.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Concerto API')
    .setDescription('Governance and associative life of a social-economy federation. Errors share one shape (ApiError) with a stable code and a message in the caller’s language.')
    .setVersion('0.1.0')
    .setLicense('UNLICENSED', 'https://example.invalid/unlicensed')
    .addServer('http://localhost:3000', 'A local instance (npm run up)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  const doc = SwaggerModule.createDocument(app, config);
  completeOperations(doc);
  return doc;
}

/** Adds security and error responses to every operation (exported for tests). */
export function completeOperations(doc: OpenAPIObject): void {
  const components = (doc.components ??= {}) as Json & { schemas?: Json; responses?: Json };
  components.schemas = { ...(components.schemas ?? {}), ApiError: errorShape };
  const used = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = value as Operation;
      const isPublic = op[PUBLIC_EXTENSION] === true;
      delete op[PUBLIC_EXTENSION];
      op.security = isPublic ? [] : [{ bearer: [] }];
      const statuses: string[] = [];
      if (op.requestBody || (op.parameters ?? []).length > 0) statuses.push('400');
      if (!isPublic) statuses.push('401', '403');
      if (path.includes('{')) statuses.push('404');
      if (op.requestBody) statuses.push('413');
      if (isPublic && method === 'post') statuses.push('429');
      if (statuses.length === 0) statuses.push('401');
      for (const status of statuses) {
        if (op.responses[status]) continue;
        op.responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
        used.add(status);
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status) || isRef(response)) continue;
        // An error response declared in a controller (@ApiResponse) gets the error shape too.
        (response as Json)['content'] ??= { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } };
      }
    }
  }
  const responses: Json = { ...(components.responses ?? {}) };
  for (const status of used) {
    const r = ERROR_RESPONSES[status];
    responses[r.name] = { description: r.description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
  }
  components.responses = responses;
}

function isRef(value: unknown): boolean {
  return typeof value === 'object' && value !== null && '$ref' in value;
}
