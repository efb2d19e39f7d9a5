import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { listUnits, getUnit, unitLinks } from '../data/admin-units.ts';
import { ruleSetInForce, ruleSetsApplicable } from '../domain/rule-sets.ts';
import { loadRuleSets } from '../data/rule-sets.ts';
import { notFound } from '../../../platform/errors.ts';
import { isoDate } from '../../../platform/validation.ts';
import { unitLabel } from '../domain/unit-label.ts';

const unitOut = z.object({
  unitSet: z.number(),
  code: z.string(),
  level: z.string(),
  name: z.string(),
  type: z.string(),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
  /** How the unit is written on a screen ("Xã Bình Lư", "Tỉnh Lai Châu"; domain/unit-label.ts). */
  label: z.string(),
});

export function referenceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin-units',
      {
        schema: {
          tags: ['reference'],
          summary: 'Đơn vị hành chính / Administrative units',
          querystring: z.object({
            set: z.coerce
              .number()
              .pipe(z.union([z.literal(2024), z.literal(2025)]))
              .default(2025),
            parent: z
              .string()
              .regex(/^\d{2,5}$/)
              .optional(),
            level: z.enum(['province', 'district', 'commune']).optional(),
            q: z.string().max(100).optional(),
            limit: z.coerce.number().int().min(1).max(5000).default(200),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: z.object({ items: z.array(unitOut), total: z.number() }) },
        },
      },
      async (request) => {
        const { set, ...rest } = request.query;
        const { items, total } = await listUnits(ctx.db.readDb, { unitSet: set, ...rest });
        return { items: items.map((u) => ({ ...u, label: unitLabel(u) })), total };
      },
    );

    app.get(
      '/api/admin-units/:set/:code',
      {
        schema: {
          tags: ['reference'],
          params: z.object({
            set: z.coerce.number().pipe(z.union([z.literal(2024), z.literal(2025)])),
            code: z.string().regex(/^\d{2,5}$/),
          }),
        },
      },
      async (request) => {
        const unit = await getUnit(ctx.db.readDb, request.params.set, request.params.code);
        if (!unit) throw notFound({ vi: 'đơn vị hành chính', en: 'Administrative unit' });
        const parent = unit.parentCode ? await getUnit(ctx.db.readDb, unit.unitSet, unit.parentCode) : undefined;
        const links = unit.level === 'commune' ? await unitLinks(ctx.db.readDb, unit.unitSet, unit.code) : [];
        return { ...unit, parent: parent ?? null, [unit.unitSet === 2024 ? 'becameUnits' : 'formedFrom']: links };
      },
    );

    app.get('/api/rule-sets', { schema: { tags: ['reference'], summary: 'Bộ quy định / Rule sets' } }, async () =>
      loadRuleSets(),
    );

    // The rule set a dossier filed on `date` follows, as before; `alsoApplicable` adds any earlier one still in force
    // that day for the dossiers it still governs (148/2023 + 1489 through 21/7/2026, Art. 11.2, 12.2 of 26/2026).
    app.get(
      '/api/rule-sets/in-force',
      {
        schema: {
          tags: ['reference'],
          summary:
            'Bộ quy định cho hồ sơ nộp ngày đó, và bộ quy định cũ còn hiệu lực / Rule set for a filing on that day, and earlier ones still applicable',
          querystring: z.object({ date: isoDate }),
        },
      },
      async (request) => {
        const { date } = request.query;
        const rs = ruleSetInForce(date, loadRuleSets());
        if (!rs) throw notFound({ vi: `quy định có hiệu lực ngày ${date}`, en: `Rule set in force on ${date}` });
        const alsoApplicable = ruleSetsApplicable(date, loadRuleSets())
          .filter((r) => r !== rs)
          .map((r) => ({
            code: r.code,
            name: r.name,
            effectiveTo: r.effectiveTo,
            article: r.effectiveToArticle ?? null,
            appliesTo: r.supersededBy ? { ...r.supersededBy.stillAppliesTo } : null,
          }));
        return { ...rs, alsoApplicable };
      },
    );
  };
}
