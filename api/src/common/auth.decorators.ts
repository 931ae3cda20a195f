import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Permission } from '@concerto/contracts';
import type { Actor } from './actor';
import { PUBLIC_EXTENSION } from './openapi';

export const PERMISSION_KEY = 'concerto:permission';
export const PUBLIC_KEY = 'concerto:public';

/** The permission (from the shared list in libs/contracts) an endpoint requires. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** An endpoint anyone may call without an account (health, login, public archive). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension(PUBLIC_EXTENSION, true));

/** The authenticated person making the request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<{ user: Actor }>().user;
});
