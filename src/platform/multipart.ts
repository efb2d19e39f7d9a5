// Reading one bounded file (and its text fields) from a multipart request, the same way on every upload route: 400
// naming the field when the request is not multipart or carries no file. The bounds themselves (size, number of
// parts) are the multipart plugin's, registered by each module's routes.
import type { FastifyRequest } from 'fastify';
import { badRequest } from './errors.ts';
import { MAX_EVIDENCE_BYTES } from './files.ts';
import { fieldWithNul, nulRefused } from './http-guards.ts';

export interface UploadedFile {
  bytes: Buffer;
  filename: string;
  /** The request's text fields, by name. */
  fields: Record<string, string>;
}

/** The bounds of evidence files (dossier evidence, inspection photos, test reports, papers): 20 MB. */
export const EVIDENCE_FILE = { tooBigMb: MAX_EVIDENCE_BYTES / 1024 / 1024 };

/** `tooBigMb`: the plugin's file size limit, answered as 400 on body.file; without it the plugin's error stands. */
export async function readMultipartFile(
  request: FastifyRequest,
  opts: { tooBigMb?: number } = {},
): Promise<UploadedFile> {
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
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const buf = await part.toBuffer();
        if (part.fieldname === 'file' && !bytes) {
          bytes = buf;
          filename = part.filename;
        }
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    if (opts.tooBigMb !== undefined && (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const mb = opts.tooBigMb;
      throw badRequest([
        {
          field: 'body.file',
          code: 'too_big',
          message: { vi: `Tệp vượt quá ${mb} MB`, en: `The file is larger than ${mb} MB` },
        },
      ]);
    }
    // busboy's own complaints (no boundary, a torn body) are the client's malformed request, not our failure.
    if (err instanceof Error && /^Multipart:|Unexpected end of (form|multipart)|Malformed/i.test(err.message)) {
      throw badRequest([
        {
          field: 'body',
          code: 'malformed_multipart',
          message: {
            vi: 'Nội dung multipart/form-data không đúng định dạng (thiếu boundary hoặc bị cắt)',
            en: 'The multipart/form-data body is malformed (no boundary, or cut short)',
          },
        },
      ]);
    }
    throw err;
  }
  if (!bytes) {
    throw badRequest([
      { field: 'body.file', code: 'required', message: { vi: 'Chưa chọn tệp', en: 'No file was sent' } },
    ]);
  }
  // The file name and text fields go to the database: NUL is refused here as the JSON routes refuse it.
  const nul = fieldWithNul({ file: filename, ...fields }, 'body');
  if (nul) throw nulRefused(nul);
  return { bytes, filename, fields };
}
