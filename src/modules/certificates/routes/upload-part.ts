// Reads one bounded file from a multipart request (the same bounds as dossier evidence: 20 MB, one file; the
// multipart plugin is registered with them in inspection-routes.ts), answering 400 naming the field otherwise.
import type { FastifyRequest } from 'fastify';
import { badRequest } from '../../../platform/errors.ts';

const tooBig = () =>
  badRequest([
    { field: 'body.file', code: 'too_big', message: { vi: 'Tệp vượt quá 20 MB', en: 'The file is larger than 20 MB' } },
  ]);

export async function readUploadedFile(request: FastifyRequest): Promise<{ bytes: Buffer; filename: string }> {
  if (!request.isMultipart()) {
    throw badRequest([
      {
        field: 'body',
        code: 'multipart_required',
        message: { vi: 'Cần gửi tệp dạng multipart/form-data', en: 'Send the file as multipart/form-data' },
      },
    ]);
  }
  let bytes: Buffer | undefined;
  let filename = '';
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const buf = await part.toBuffer();
        if (part.fieldname === 'file' && !bytes) {
          bytes = buf;
          filename = part.filename;
        }
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooBig();
    throw err;
  }
  if (!bytes) {
    throw badRequest([
      { field: 'body.file', code: 'required', message: { vi: 'Chưa chọn tệp', en: 'No file was sent' } },
    ]);
  }
  return { bytes, filename };
}
