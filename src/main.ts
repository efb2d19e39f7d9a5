// `npm start`: runs OCOP Hub on http://localhost:3000 (PORT), with an embedded PostgreSQL unless DATABASE_URL is set.
import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

const t0 = performance.now();
const log = (line: string) => console.log(`[ocop] ${line}`);

try {
  // Inside the try: a bad setting (OCOP_SMTP_URL, PORT, …) is one clear line, not a stack trace.
  const config = loadConfig();
  const server = await startServer(config, { logger: process.env.LOG_REQUESTS === '1', log });
  const { prepared } = server;
  if (prepared.migrations.length) log(`migrations applied: ${prepared.migrations.join(', ')}`);
  if (prepared.referenceLoads.length) log(`reference data loaded: ${prepared.referenceLoads.join(', ')}`);
  log(`ready in ${((performance.now() - t0) / 1000).toFixed(1)} s — open http://localhost:${config.port}`);
  if (prepared.firstAdmin) {
    log('');
    log('First start: an administrator account was created. / Lần đầu chạy: đã tạo tài khoản quản trị.');
    log(`  username / tên đăng nhập: ${prepared.firstAdmin.username}`);
    log(
      config.initialAdminPassword
        ? '  password / mật khẩu: the value of OCOP_INITIAL_ADMIN_PASSWORD'
        : `  one-time password / mật khẩu dùng một lần: ${prepared.firstAdmin.password}`,
    );
    if (!config.initialAdminPassword)
      log('  You will be asked to choose a new password. / Bạn sẽ được yêu cầu đặt mật khẩu mới.');
    log('');
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    await server.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (err) {
  console.error(`[ocop] could not start: ${(err as Error).message}`);
  process.exit(1);
}
