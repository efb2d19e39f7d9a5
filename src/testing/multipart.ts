// Uploads in tests of upload routes (fastify.inject): a multipart/form-data body of text fields and one `file`, and
// the POST as a test person.
import type { FastifyInstance } from 'fastify';
import { PEOPLE_PASSWORD, type CallResult } from './people.ts';

export function multipartRequest(
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer; mime?: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----ocop${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.mime ?? 'application/octet-stream'}\r\n\r\n`,
      ),
    );
    chunks.push(file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

type FileArg = { name: string; bytes: Buffer; mime?: string };
/** A multipart POST (an upload route) as `who`. */
export type Upload<W extends string> = (
  who: W,
  url: string,
  fields: Record<string, string>,
  file?: FileArg,
) => Promise<CallResult>;

/** Each test person's session cookie, logged in through the API once (PEOPLE_PASSWORD). */
export function sessionCookies<W extends string>(app: FastifyInstance): (who: W) => Promise<string> {
  const cookies = new Map<W, string>();
  return async (who) => {
    if (!cookies.has(who)) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: who, password: PEOPLE_PASSWORD },
      });
      cookies.set(who, login.cookies.find((c) => c.name === 'ocop_session')!.value);
    }
    return cookies.get(who)!;
  };
}

/** Uploads through the app as the test people (a JSON answer parsed, as People.call does). */
export function uploader<W extends string>(app: FastifyInstance, cookieOf: (who: W) => Promise<string>): Upload<W> {
  return async (who, url, fields, file) => {
    const res = await app.inject({
      method: 'POST',
      url,
      ...multipartRequest(fields, file),
      cookies: { ocop_session: await cookieOf(who) },
    });
    const json = (res.headers['content-type'] ?? '').toString().startsWith('application/json');
    return { status: res.statusCode, body: json ? res.json() : null, headers: res.headers, raw: res.rawPayload };
  };
}
