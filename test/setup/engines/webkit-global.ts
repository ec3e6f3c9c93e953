// globalSetup of the WebKit project: a private Xvfb display and WebKitWebDriver on a free loopback
// port, both stopped at teardown. The display is picked by Xvfb itself (-displayfd), so parallel
// runs on one machine never collide.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { hasEngine, webkitDriverPath, xvfbPath } from '../../../scripts/engines.mjs';
import { webkitDriverPortEnv as WEBKIT_DRIVER_PORT_ENV } from '../../../scripts/engines.mjs';

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startXvfb() {
  return new Promise<{ xvfb: ChildProcess; display: string }>((resolve, reject) => {
    const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    xvfb.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ xvfb, display: `:${out.trim()}` });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${err.trim()}`)));
  });
}

async function waitForDriver(port: number, driver: ChildProcess) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function setup() {
  if (!hasEngine('webkit')) {
    throw new Error(`verikit: WebKitGTK not found (${webkitDriverPath}, ${xvfbPath}); install it with \`sudo apt-get install -y webkit2gtk-driver xvfb\``);
  }
  const { xvfb, display } = await startXvfb();
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    await stop(driver);
    await stop(xvfb);
    throw error;
  }
  process.env[WEBKIT_DRIVER_PORT_ENV] = String(port);
  // If Vitest dies without tearing down (Ctrl+C, a crash), don't leave a display and a driver behind.
  const killBoth = () => {
    driver.kill('SIGKILL');
    xvfb.kill('SIGKILL');
  };
  process.once('exit', killBoth);
  return async () => {
    process.off('exit', killBoth);
    delete process.env[WEBKIT_DRIVER_PORT_ENV];
    await stop(driver);
    await stop(xvfb);
  };
}
