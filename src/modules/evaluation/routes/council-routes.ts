// HTTP of rounds, councils, advisory reports and scorecards. Thin: validate, call one command, present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.ts';
import { signedIn } from '../../../platform/auth/guard.ts';
import { createRound } from '../commands/create-round.ts';
import { getCouncil, getRound, listCouncils, listRounds } from '../commands/read-rounds.ts';
import { createCouncil } from '../commands/create-council.ts';
import { editCouncil } from '../commands/edit-council.ts';
import { closeRound } from '../commands/close-round.ts';
import { writeAdvisoryReport } from '../commands/write-advisory-report.ts';
import { saveScorecard } from '../commands/save-scorecard.ts';
import { submitScorecard } from '../commands/submit-scorecard.ts';
import { getOwnScorecard, listScorecards } from '../commands/read-scorecards.ts';
import { readCouncilPolicies, setCouncilPolicies } from '../commands/council-policies.ts';
import { printMinutes } from '../commands/print-minutes.ts';
import { attachmentHeader } from '../../../platform/excel.ts';
import * as s from './schemas.ts';
import { withCouncilMay, withRoundMay } from '../record-permissions.ts';

/** An amending decision sets out the whole composition again; the round stays. */
const councilEditBody = s.councilBody.omit({ roundId: true });

export function councilRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  /** A round as the caller sees it: what they may do on it, and whether its cut-off has passed (Art. 5.1, 5.2: it
   *  takes only dossiers forwarded strictly before the cut-off, so nothing forwarded from today on can join it). */
  const seen = <R extends Parameters<typeof withRoundMay>[1] & { cutoff: string }>(
    actor: Parameters<typeof withRoundMay>[0],
    r: R,
  ) => ({
    ...withRoundMay(actor, r),
    cutoffPassed: ctx.clock.today() >= r.cutoff,
  });
  return async (app) => {
    const db = ctx.db.db;
    const readDb = ctx.db.readDb;

    app.post(
      '/api/rounds',
      signedIn('evaluation', {
        summary: 'Lập đợt đánh giá, phân hạng / Plan a round (Art. 5)',
        body: s.roundBody,
        response: { 201: s.roundOut },
      }),
      async (request, reply) =>
        reply.code(201).send(seen(request.actor!, await createRound(db, request.actor!, request.body))),
    );

    app.get(
      '/api/rounds',
      signedIn('evaluation', { querystring: s.roundQuery, response: { 200: z.array(s.roundOut) } }),
      async (request) => (await listRounds(readDb, request.actor!, request.query)).map((r) => seen(request.actor!, r)),
    );

    app.get(
      '/api/rounds/:id',
      signedIn('evaluation', { params: s.idParams, response: { 200: s.roundOut } }),
      async (request) => seen(request.actor!, await getRound(readDb, request.actor!, request.params.id)),
    );

    app.post(
      '/api/rounds/:id/close',
      signedIn('evaluation', {
        summary: 'Đóng đợt đánh giá khi mọi hồ sơ đã có kết quả / Close a round once every dossier is decided (Art. 5)',
        params: s.idParams,
        response: { 200: s.roundOut },
      }),
      async (request) => seen(request.actor!, await closeRound(db, request.actor!, request.params.id)),
    );

    app.put(
      '/api/councils/:id',
      signedIn('evaluation', {
        summary:
          'Sửa quyết định, thành phần Hội đồng và Tổ tư vấn trước khi chấm / Amend a council before any scorecard (Art. 7.3.b, 7.4.b)',
        params: s.idParams,
        body: councilEditBody,
        response: { 200: s.councilOut },
      }),
      async (request) =>
        withCouncilMay(request.actor!, await editCouncil(db, request.actor!, request.params.id, request.body, ctx)),
    );

    app.post(
      '/api/councils',
      signedIn('evaluation', {
        summary: 'Ghi nhận Hội đồng và Tổ tư vấn / Record a council (Art. 7.3.b, 7.4.b)',
        body: s.councilBody,
        response: { 201: s.councilOut },
      }),
      async (request, reply) =>
        reply
          .code(201)
          .send(withCouncilMay(request.actor!, await createCouncil(db, request.actor!, request.body, ctx))),
    );

    app.get(
      '/api/councils',
      signedIn('evaluation', { querystring: s.councilQuery, response: { 200: z.array(s.councilOut) } }),
      async (request) =>
        (await listCouncils(readDb, request.actor!, request.query)).map((c) => withCouncilMay(request.actor!, c)),
    );

    app.get(
      '/api/council-policies',
      signedIn('evaluation', {
        summary:
          "Quy định của Hội đồng cấp tỉnh / A province's council policies (not the law: where Decision 26/2026 is silent)",
        querystring: s.councilPoliciesQuery,
        response: { 200: s.councilPoliciesOut },
      }),
      async (request) => readCouncilPolicies(readDb, request.actor!, request.query),
    );

    app.put(
      '/api/council-policies',
      signedIn('evaluation', {
        summary: "Đặt quy định của Hội đồng cấp tỉnh / Set a province's council policies",
        body: s.councilPoliciesBody,
        response: { 200: s.councilPoliciesOut },
      }),
      async (request) => setCouncilPolicies(db, request.actor!, request.body),
    );

    app.get(
      '/api/councils/:id',
      signedIn('evaluation', { params: s.idParams, response: { 200: s.councilOut } }),
      async (request) => withCouncilMay(request.actor!, await getCouncil(readDb, request.actor!, request.params.id)),
    );

    app.get(
      '/api/councils/:id/minutes.pdf',
      signedIn('evaluation', {
        summary: "In biên bản họp Hội đồng (PDF, A4) / Print the council's minutes (PDF, A4; Art. 7.3.d, 7.4.d)",
        params: s.idParams,
      }),
      async (request, reply) => {
        const { pdf, filename } = await printMinutes(readDb, request.actor!, request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', attachmentHeader(filename).replace(/^attachment/, 'inline'))
          .send(pdf);
      },
    );

    app.post(
      '/api/dossiers/:id/advisory-report',
      signedIn('evaluation', {
        summary: 'Báo cáo đánh giá hồ sơ của Tổ tư vấn / Advisory review report (Art. 7.3.c)',
        params: s.idParams,
        body: s.advisoryReportBody,
        response: { 201: s.advisoryReportOut },
      }),
      async (request, reply) =>
        reply.code(201).send(await writeAdvisoryReport(db, request.actor!, request.params.id, request.body, ctx)),
    );

    app.get(
      '/api/councils/:id/dossiers/:dossierId/scorecard',
      signedIn('evaluation', {
        summary: 'Phiếu chấm của tôi / My scorecard',
        params: s.scorecardParams,
        response: { 200: s.ownScorecardOut },
      }),
      async (request) => getOwnScorecard(readDb, request.actor!, request.params.id, request.params.dossierId),
    );

    app.put(
      '/api/councils/:id/dossiers/:dossierId/scorecard',
      signedIn('evaluation', {
        summary: 'Lưu nháp phiếu chấm / Autosave my scorecard',
        params: s.scorecardParams,
        body: s.scorecardBody,
        response: { 200: s.scorecardOut },
      }),
      async (request) => saveScorecard(db, request.actor!, request.params.id, request.params.dossierId, request.body),
    );

    app.post(
      '/api/councils/:id/dossiers/:dossierId/scorecard/submit',
      signedIn('evaluation', {
        summary: 'Nộp phiếu chấm (kiểm tra đầy đủ) / Submit my scorecard (fully validated)',
        params: s.scorecardParams,
        body: s.scorecardBody.nullish(),
        response: { 200: s.submitScorecardOut },
      }),
      async (request) =>
        submitScorecard(
          db,
          request.actor!,
          request.params.id,
          request.params.dossierId,
          request.body ?? undefined,
          ctx,
        ),
    );

    app.get(
      '/api/councils/:id/dossiers/:dossierId/scorecards',
      signedIn('evaluation', {
        summary: "Phiếu chấm của Hội đồng (theo quyền xem) / The council's scorecards, as visible to me",
        params: s.scorecardParams,
        response: { 200: s.scorecardsOut },
      }),
      async (request) => listScorecards(readDb, request.actor!, request.params.id, request.params.dossierId),
    );
  };
}
