// The people of the users module's HTTP tests and their server, one per test file. Lai Châu (12): phường Tân Phong
// 03408, xã Bình Lư 03390; Điện Biên (11) for "outside".
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';
import { createPeople, type CallResult, type Method, type People } from '../../testing/people.ts';

export const USERS_TEST_PEOPLE = {
  sysadmin: { role: 'admin', unit: null, province: null },
  laichau_office: { role: 'province_office', unit: '12', province: '12' },
  dienbien_office: { role: 'province_office', unit: '11', province: '11' },
  tanphong_officer: { role: 'commune_officer', unit: '03408', province: '12' },
  binhlu_officer: { role: 'commune_officer', unit: '03390', province: '12' },
  ministry: { role: 'ministry_office', unit: null, province: null },
  council_member: { role: 'province_council_member', unit: '12', province: '12' },
} as const;
export type Who = keyof typeof USERS_TEST_PEOPLE;

export interface UsersTestKit {
  /** Set before the file's first test. */
  s: TestServer;
  people: People<Who>;
  call(who: Who | null, method: Method, url: string, payload?: unknown): Promise<CallResult>;
}

/** Starts a server (no listening socket) with the people logged in before the file's tests, and closes it after. */
export function usersTestServer(): UsersTestKit {
  const kit = { call: (who, method, url, payload) => kit.people.call(who, method, url, payload) } as UsersTestKit;
  beforeAll(async () => {
    kit.s = await startTestServer({ listen: false });
    kit.people = await createPeople(kit.s.app, kit.s.db, USERS_TEST_PEOPLE);
  });
  afterAll(async () => kit.s?.close());
  return kit;
}
