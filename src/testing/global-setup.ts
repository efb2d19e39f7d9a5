// Placeholder until the database test harness lands: pure tests need nothing.
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
