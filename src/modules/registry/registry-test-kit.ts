// Test support for the registry: the real app on a fresh database, and one logged-in user per kind of actor
// (Lai Châu = province 12 with communes 03390 Bình Lư and 03408 Tân Phong; Điện Biên = 11).
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/pool.ts';
import { startTestServer } from '../../testing/test-server.ts';
import { createPeople, type People } from '../../testing/people.ts';
import { sessionCookies, uploader, type Upload } from '../../testing/multipart.ts';

export const PEOPLE = {
  sysadmin: { role: 'admin', unit: null, province: null },
  ministry: { role: 'ministry_office', unit: null, province: null },
  laichau_office: { role: 'province_office', unit: '12', province: '12' },
  dienbien_office: { role: 'province_office', unit: '11', province: '11' },
  council_member: { role: 'province_council_member', unit: '12', province: '12' },
  advisory: { role: 'advisory_member', unit: '12', province: '12' },
  binhlu_officer: { role: 'commune_officer', unit: '03390', province: '12' },
  tanphong_officer: { role: 'commune_officer', unit: '03408', province: '12' },
  binhlu_producer: { role: 'producer', unit: '03390', province: '12' },
  binhlu_producer2: { role: 'producer', unit: '03390', province: '12' },
  tanphong_producer: { role: 'producer', unit: '03408', province: '12' },
} as const;
export type Who = keyof typeof PEOPLE;

export interface RegistryTestServer extends People<Who> {
  app: FastifyInstance;
  db: Database & { url: string };
  /** Multipart POST (a product photo) as `who`. */
  upload: Upload<Who>;
  close(): Promise<void>;
}

/** The real app on a fresh database, with one logged-in user per kind of actor. */
export async function startRegistryTestServer(): Promise<RegistryTestServer> {
  const server = await startTestServer({ listen: false });
  const people = await createPeople(server.app, server.db, PEOPLE);
  const upload = uploader<Who>(server.app, sessionCookies<Who>(server.app));
  return { app: server.app, db: server.db, ...people, upload, close: server.close };
}

/** A valid producer body for Bình Lư, with overrides. */
export const binhLuProducer = (over: Record<string, unknown> = {}) => ({
  communeCode: '03390',
  legalType: 'htx',
  name: 'HTX Miến dong Bình Lư',
  registrationNo: '6201000123',
  registrationDate: '2019-04-15',
  taxCode: '6200123456',
  representative: { name: 'Lò Thị Hoa', sex: 'nu', ethnicity: 'Thái', disability: false },
  address: 'Bản Nà Đông, xã Bình Lư, tỉnh Lai Châu',
  phone: '0213 3876 123',
  ...over,
});
