import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { can, Permission } from '@concerto/contracts';
import type { Actor } from '../common/actor';
import { commonError } from '../common/app-error';
import { requirePermission } from '../common/access';
import { PERMISSION_KEY, PUBLIC_KEY } from '../common/auth.decorators';

/**
 * The global guard. Every endpoint is closed unless it says otherwise: `@Public()` opens it to
 * anyone, `@RequirePermission(p)` asks for a permission of the shared list (public ones need no
 * account), and an endpoint with neither needs any signed-in person.
 */
@Injectable()
export class GlobalAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const openToAll = isPublic || (permission !== undefined && can([], permission));
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string>; user?: Actor }>();
    if (openToAll && !req.headers['authorization']) return true;
    try {
      await super.canActivate(context);
    } catch (e) {
      if (openToAll) return true;
      throw e;
    }
    if (permission) requirePermission(req.user, permission);
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err || !user) throw commonError('UNAUTHENTICATED');
    return user;
  }
}
