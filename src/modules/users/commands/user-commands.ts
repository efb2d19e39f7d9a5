// User administration: create, change, reset password, producer self-registration and its approval.
// Each command checks permission and scope itself, runs in one transaction and writes the audit log.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { users, type UserRow } from '../../../platform/schema.ts';
import { audit } from '../../../platform/audit.ts';
import { AppError, badRequest, notFound, forbidden, type FieldIssue } from '../../../platform/errors.ts';
import { hashPassword, oneTimePassword, MIN_PASSWORD_LENGTH } from '../../../platform/auth/passwords.ts';
import { deleteUserSessions } from '../../../platform/auth/sessions.ts';
import { scopeCovers, scopeLevel } from '../../../platform/auth/policy.ts';
import { userPolicy } from '../policy.ts';
import { ROLE_NAMES, type Role } from '../../../platform/auth/roles.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { getUnit, unitNamesOf } from '../../reference/index.ts';
import { linkProducerAccountIn } from '../../registry/index.ts';
import { ROLE_SCOPE, assignableRoles, listedRoles } from '../domain/role-scope.ts';
import { containsPattern } from '../../../db/search.ts';
import { insertNotifications } from '../../../platform/notifications/notification-store.ts';
import type { Jobs } from '../../../platform/command-context.ts';

export interface UserInput {
  username: string;
  displayName: string;
  email?: string | null;
  phone?: string | null;
  /** The agency the account works for (a council seat's agency, Art. 7.3.b). */
  agency?: string | null;
  role: Role;
  /** 2025 province or commune code; null = national. */
  unitCode: string | null;
}

const issue = (field: string, code: string, vi: string, en: string): FieldIssue => ({
  field,
  code,
  message: { vi, en },
});

/** Resolves the unit of a user and checks it fits the role; returns the scope columns. */
async function scopeFor(db: Db, role: Role, unitCode: string | null) {
  if (unitCode === null) {
    if (!ROLE_SCOPE[role].includes('national')) {
      throw badRequest([
        issue(
          'body.unitCode',
          'required',
          `Vai trò "${ROLE_NAMES[role].vi}" cần một đơn vị hành chính`,
          `Role "${ROLE_NAMES[role].en}" needs an administrative unit`,
        ),
      ]);
    }
    return { unitCode: null, provinceCode: null };
  }
  const unit = await getUnit(db, 2025, unitCode);
  if (!unit)
    throw badRequest([
      issue(
        'body.unitCode',
        'unknown',
        `Không có đơn vị hành chính mã ${unitCode}`,
        `No administrative unit ${unitCode}`,
      ),
    ]);
  const level = unit.level === 'province' ? 'province' : 'commune';
  if (!ROLE_SCOPE[role].includes(level)) {
    const expected = ROLE_SCOPE[role].join('/');
    throw badRequest([
      issue(
        'body.unitCode',
        'wrong_level',
        `Vai trò "${ROLE_NAMES[role].vi}" làm việc ở cấp ${expected}, không ở cấp ${level}`,
        `Role "${ROLE_NAMES[role].en}" works at ${expected} level, not ${level}`,
      ),
    ]);
  }
  return { unitCode: unit.code, provinceCode: unit.provinceCode };
}

function checkAssignable(actor: Actor, role: Role) {
  if (!assignableRoles(actor.role, scopeLevel(actor)).includes(role)) {
    throw forbidden({
      vi: `Bạn không được cấp vai trò "${ROLE_NAMES[role].vi}"`,
      en: `You may not grant the role "${ROLE_NAMES[role].en}"`,
    });
  }
}

const publicUser = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  email: u.email,
  phone: u.phone,
  agency: u.agency,
  role: u.role,
  unitCode: u.unitCode,
  provinceCode: u.provinceCode,
  status: u.status,
  mustChangePassword: u.mustChangePassword,
  createdAt: u.createdAt.toISOString(),
});
export type PublicUser = ReturnType<typeof publicUser>;

async function insertUser(
  tx: Db,
  input: UserInput,
  scope: { unitCode: string | null; provinceCode: string | null },
  passwordHash: string,
  extra: Partial<typeof users.$inferInsert>,
) {
  const taken = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${input.username})`);
  if (taken.length > 0)
    throw badRequest([issue('body.username', 'taken', 'Tên đăng nhập đã được dùng', 'This username is taken')]);
  const [row] = await tx
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      agency: input.agency?.trim() || null,
      role: input.role,
      ...scope,
      passwordHash,
      ...extra,
    })
    .returning();
  return row!;
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: UserInput,
): Promise<{ user: PublicUser; oneTimePassword: string }> {
  userPolicy.assertCan(actor, 'users.manage');
  checkAssignable(actor, input.role);
  return db.transaction(async (tx) => {
    const scope = await scopeFor(tx, input.role, input.unitCode);
    if (!scopeCovers(actor, { provinceCode: scope.provinceCode, communeCode: scope.unitCode })) throw forbidden();
    const password = oneTimePassword();
    const row = await insertUser(tx, input, scope, await hashPassword(password), { mustChangePassword: true });
    await audit(tx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      provinceCode: row.provinceCode,
      toState: 'active',
      after: publicUser(row),
    });
    return { user: publicUser(row), oneTimePassword: password };
  });
}

async function loadForManager(tx: Db, actor: Actor, id: string): Promise<UserRow> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row || !scopeCovers(actor, { provinceCode: row.provinceCode, communeCode: row.unitCode })) {
    throw notFound({ vi: 'người dùng', en: 'User' });
  }
  return row;
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<Pick<UserInput, 'displayName' | 'email' | 'phone' | 'agency' | 'role' | 'unitCode'>> & {
    status?: 'active' | 'disabled';
  },
): Promise<PublicUser> {
  userPolicy.assertCan(actor, 'users.manage');
  return db.transaction(async (tx) => {
    const before = await loadForManager(tx, actor, id);
    if (before.id === actor.id && (patch.role !== undefined || patch.status === 'disabled')) {
      throw badRequest([
        issue(
          'body.role',
          'self',
          'Không thể tự đổi vai trò hoặc tự khoá tài khoản của mình',
          'You cannot change your own role or disable yourself',
        ),
      ]);
    }
    checkAssignable(actor, before.role as Role);
    const role = patch.role ?? (before.role as Role);
    checkAssignable(actor, role);
    const scope =
      patch.role !== undefined || patch.unitCode !== undefined
        ? await scopeFor(tx, role, patch.unitCode !== undefined ? patch.unitCode : before.unitCode)
        : { unitCode: before.unitCode, provinceCode: before.provinceCode };
    if (!scopeCovers(actor, { provinceCode: scope.provinceCode, communeCode: scope.unitCode })) throw forbidden();
    const [after] = await tx
      .update(users)
      .set({
        displayName: patch.displayName ?? before.displayName,
        email: patch.email !== undefined ? patch.email : before.email,
        phone: patch.phone !== undefined ? patch.phone : before.phone,
        agency: patch.agency !== undefined ? patch.agency?.trim() || null : before.agency,
        role,
        ...scope,
        status: patch.status ?? before.status,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    if (after!.status === 'disabled') await deleteUserSessions(tx, id);
    await audit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      provinceCode: after!.provinceCode,
      fromState: before.status,
      toState: after!.status,
      before: publicUser(before),
      after: publicUser(after!),
    });
    return publicUser(after!);
  });
}

/**
 * Accounts that hold a seat in a council or advisory team: their scorecards and the chair's approval are acts of
 * the person the provincial or central chair appointed (Decision 26/2026, Art. 7.2–7.3), so nobody else may receive a
 * new password for them.
 */
const SEAT_ROLES: readonly Role[] = [
  'province_council_chair',
  'province_council_member',
  'advisory_member',
  'central_council_member',
];

const seatResetRefused = () =>
  new AppError(403, 'seat_reset_admin_only', {
    vi: 'Mật khẩu của người giữ ghế Hội đồng hoặc Tổ tư vấn chỉ do quản trị hệ thống đặt lại (có ghi nhật ký), để không ai khác nhận thay ghế đó',
    en: 'Only the system administrator resets the password of a council or advisory seat holder (logged), so nobody else takes over the seat',
  });

/**
 * A one-time password for the user, shown once to the manager who asked. A seat holder's password is reset only by
 * the admin, and every holder is told in the app (and by e-mail when configured) that their password was reset.
 */
export async function resetUserPassword(
  db: Db,
  jobs: Jobs,
  actor: Actor,
  id: string,
): Promise<{ oneTimePassword: string }> {
  userPolicy.assertCan(actor, 'users.manage');
  return db.transaction(async (tx) => {
    const row = await loadForManager(tx, actor, id);
    checkAssignable(actor, row.role as Role);
    const seat = SEAT_ROLES.includes(row.role as Role);
    if (seat && actor.role !== 'admin') throw seatResetRefused();
    const password = oneTimePassword();
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password), mustChangePassword: true, updatedAt: new Date() })
      .where(eq(users.id, id));
    await deleteUserSessions(tx, id);
    await audit(tx, actor, {
      action: 'user.reset-password',
      entityType: 'user',
      entityId: id,
      provinceCode: row.provinceCode,
      after: { seatHolder: seat },
    });
    await insertNotifications(tx, jobs, [
      {
        userId: id,
        provinceCode: row.provinceCode,
        kind: 'user.password-reset',
        title: {
          vi: `Mật khẩu của bạn đã được ${actor.displayName} đặt lại; nếu bạn không yêu cầu, hãy báo ngay cho cơ quan OCOP`,
          en: `Your password was reset by ${actor.displayName}; if you did not ask for it, tell the OCOP office at once`,
        },
        body: { by: actor.displayName },
        link: null,
      },
    ]);
    return { oneTimePassword: password };
  });
}

/** A producer registers themself; the account waits for the commune's approval. */
export async function registerProducer(
  db: Db,
  input: Omit<UserInput, 'role'> & { password: string },
): Promise<PublicUser> {
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw badRequest([
      issue(
        'body.password',
        'too_short',
        `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
        `The password needs at least ${MIN_PASSWORD_LENGTH} characters`,
      ),
    ]);
  }
  return db.transaction(async (tx) => {
    const scope = await scopeFor(tx, 'producer', input.unitCode);
    const row = await insertUser(tx, { ...input, role: 'producer' }, scope, await hashPassword(input.password), {
      status: 'pending',
    });
    await audit(tx, null, {
      action: 'user.register',
      entityType: 'user',
      entityId: row.id,
      provinceCode: row.provinceCode,
      toState: 'pending',
      after: publicUser(row),
    });
    return publicUser(row);
  });
}

export interface RegistrationDecision {
  approve: boolean;
  /** Why the commune refuses; required to refuse, and shown to the producer at log-in. */
  reason?: string;
  /** Approve and link the account to this producer, already in the registry, instead of a new profile. */
  producerId?: string;
}

function checkDecision(d: RegistrationDecision): void {
  if (!d.approve && !d.reason?.trim()) {
    throw badRequest([
      issue(
        'body.reason',
        'required',
        'Cần ghi lý do từ chối để chủ thể biết',
        'Give the reason for the refusal, so the producer knows it',
      ),
    ]);
  }
  if (!d.approve && d.producerId) {
    throw badRequest([
      issue(
        'body.producerId',
        'not_with_reject',
        'Chỉ gắn chủ thể khi phê duyệt',
        'A producer is linked only when approving',
      ),
    ]);
  }
}

export async function decideRegistration(
  db: Db,
  actor: Actor,
  id: string,
  decision: RegistrationDecision,
): Promise<PublicUser> {
  userPolicy.assertCan(actor, 'users.approve-producer');
  checkDecision(decision);
  const { approve } = decision;
  const reason = decision.reason?.trim() || null;
  return db.transaction(async (tx) => {
    const before = await loadForManager(tx, actor, id);
    if (before.status !== 'pending') {
      throw new AppError(409, 'wrong_state', {
        vi: 'Tài khoản không ở trạng thái chờ duyệt',
        en: 'The account is not waiting for approval',
      });
    }
    const status = approve ? 'active' : 'disabled';
    const [after] = await tx
      .update(users)
      .set({ status, approvedBy: actor.id, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await audit(tx, actor, {
      action: approve ? 'user.approve' : 'user.reject',
      entityType: 'user',
      entityId: id,
      provinceCode: before.provinceCode,
      fromState: 'pending',
      toState: status,
      reason,
    });
    if (approve && decision.producerId)
      await linkProducerAccountIn(tx, actor, decision.producerId, id, 'body.producerId');
    return publicUser(after!);
  });
}

export interface UserQuery {
  q?: string;
  role?: Role;
  status?: 'active' | 'pending' | 'disabled';
  limit: number;
  offset: number;
}

/** A user in a list, with the names of its unit and province (2025 set). */
export type ListedUser = PublicUser & { unitName: string | null; provinceName: string | null };

export async function listUsers(
  db: Db,
  actor: Actor,
  query: UserQuery,
): Promise<{ items: ListedUser[]; total: number }> {
  userPolicy.assertCan(actor, 'users.list');
  const conds: SQL[] = [];
  // Scope: a province user sees its province, a commune officer its commune.
  if (actor.provinceCode !== null) conds.push(eq(users.provinceCode, actor.provinceCode));
  if (scopeLevel(actor) === 'commune') conds.push(eq(users.unitCode, actor.unitCode!));
  conds.push(inArray(users.role, listedRoles(actor.role, scopeLevel(actor))));
  if (query.role) conds.push(eq(users.role, query.role));
  if (query.status) conds.push(eq(users.status, query.status));
  if (query.q)
    conds.push(sql`search_key(${users.username} || ' ' || ${users.displayName}) like ${containsPattern(query.q)}`);
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(sql`${users.displayName} collate vi`, users.username)
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(where),
  ]);
  const units = await unitNamesOf(
    db,
    rows.flatMap((u) => [u.unitCode, u.provinceCode]),
  );
  const items = rows.map((u) => ({
    ...publicUser(u),
    unitName: units.get(u.unitCode),
    provinceName: units.get(u.provinceCode),
  }));
  return { items, total: count?.n ?? 0 };
}
