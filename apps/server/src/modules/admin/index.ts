import { identityModule, userDeleting } from '#modules/identity/index.ts';
import { on } from '#platform/events.ts';
import { defineModule, routes } from '#platform/module.ts';
import { adminRoutes } from './admin.routes.ts';
import { createAdminService } from './admin.service.ts';
import { createAuditRepository } from './audit.repository.ts';
import { auditLog } from './audit.table.ts';

/** Platform administration: users (role, disabled) and the audit log of every administrative action (ADR 017). */
export const adminModule = defineModule({
  name: 'admin',
  tables: { auditLog },
  build({ db, use }) {
    const identity = use(identityModule);
    const audit = createAuditRepository(db);
    const admin = createAdminService({ accounts: { ...identity.accounts, forgetUser: identity.forgetUser }, audit });
    return {
      api: { setRoleByEmail: admin.setRoleByEmail },
      // Every route names its permission; the set's default is the strictest.
      routes: [routes(adminRoutes, { admin }, { permission: 'users:manage' })],
      // A deleted account's entries go with it; what it did to others stays, by an actor no longer named (ADR 026).
      handles: [on(userDeleting, ({ userId }, { tx }) => audit.deleteAbout(userId, tx))],
    };
  },
});
