// The signed QR code of a certificate: its key facts and an Ed25519 signature, so a phone can check it offline with
// the issuer's public key (/.well-known/ocop-keys.json). Compact on purpose, so a small printed stamp still scans
// (pdfmake draws whole-point modules: about 250 characters fit a 2-point module grid 4 cm wide):
//   address = <base>/verify/<number>?c=<code>
//   code    = base64url(fields joined by "|") + "." + base64url(Ed25519 signature)
//   fields  = version "O1", key id, product code, product name (shortened), star, issued on and expires on
//             (YYYYMMDD), province code, stamp serial (empty on the certificate itself)
// The signature covers "<number>|<fields>": the number travels once, in the address's path, and is still signed.
// Pure: signing and verifying are computation (@noble/ed25519, no native code); keys come in as arguments.
import * as ed from '@noble/ed25519';

export const QR_VERSION = 'O1';
const NAME_MAX = 24;

export interface QrFacts {
  kid: string;
  /** Signed, but carried by the address's path rather than the code. */
  number: string;
  productCode: string | null;
  productName: string;
  star: number;
  issuedOn: string;
  expiresOn: string;
  provinceCode: string;
  serial: string | null;
}

export type ParsedQr =
  { ok: true; facts: QrFacts; message: Uint8Array; signature: Uint8Array } | { ok: false; reason: 'malformed' };

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const clean = (s: string) => s.replace(/[|\s]+/g, ' ').trim();
const compactDate = (d: string) => d.replaceAll('-', '');
const isoDate = (d: string) => (/^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null);

/** The name as the code carries it: at most 24 characters, cut at a word. */
export function shortName(name: string): string {
  const n = clean(name);
  if (n.length <= NAME_MAX) return n;
  const cut = n.slice(0, NAME_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return (space > 10 ? cut.slice(0, space) : cut) + '…';
}

const encoder = new TextEncoder();

/** The fields the code carries (without the number). */
function qrFields(f: QrFacts): Uint8Array {
  const fields = [
    QR_VERSION,
    f.kid,
    f.productCode ?? '',
    shortName(f.productName),
    String(f.star),
    compactDate(f.issuedOn),
    compactDate(f.expiresOn),
    f.provinceCode,
    f.serial ?? '',
  ].map(clean);
  return encoder.encode(fields.join('|'));
}

/** The bytes signed: the certificate number, "|", the code's fields. */
export const qrMessage = (number: string, fields: Uint8Array): Uint8Array =>
  new Uint8Array([...encoder.encode(`${clean(number)}|`), ...fields]);

export async function signQr(f: QrFacts, secretKey: Uint8Array): Promise<string> {
  const fields = qrFields(f);
  return `${b64(fields)}.${b64(await ed.signAsync(qrMessage(f.number, fields), secretKey))}`;
}

/** Reads a code for the number of its address, without trusting it: the facts it claims, the bytes signed and the
 *  signature. */
export function parseQr(number: string, code: string): ParsedQr {
  const m = /^([A-Za-z0-9_-]{8,600})\.([A-Za-z0-9_-]{86})$/.exec(code.trim());
  if (!m || !number.trim()) return { ok: false, reason: 'malformed' };
  const fieldBytes = new Uint8Array(Buffer.from(m[1]!, 'base64url'));
  const signature = new Uint8Array(Buffer.from(m[2]!, 'base64url'));
  const fields = new TextDecoder().decode(fieldBytes).split('|');
  if (fields.length !== 9 || fields[0] !== QR_VERSION) return { ok: false, reason: 'malformed' };
  const message = qrMessage(number, fieldBytes);
  const [, kid, productCode, productName, star, issued, expires, provinceCode, serial] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const issuedOn = isoDate(issued);
  const expiresOn = isoDate(expires);
  if (!kid || !number || !/^[3-5]$/.test(star) || !issuedOn || !expiresOn || signature.length !== 64) {
    return { ok: false, reason: 'malformed' };
  }
  return {
    ok: true,
    facts: {
      kid,
      number: clean(number),
      productCode: productCode || null,
      productName,
      star: Number(star),
      issuedOn,
      expiresOn,
      provinceCode,
      serial: serial || null,
    },
    message,
    signature,
  };
}

export async function verifyQrSignature(
  parsed: { message: Uint8Array; signature: Uint8Array },
  publicKey: Uint8Array,
): Promise<boolean> {
  try {
    return await ed.verifyAsync(parsed.signature, parsed.message, publicKey);
  } catch {
    return false;
  }
}

/** The address printed as the QR code: the certificate's public page, the signed code in its query. */
export const signedVerifyUrl = (base: string, number: string, code: string) =>
  `${base.replace(/\/+$/, '')}/verify/${encodeURIComponent(number)}?c=${code}`;
