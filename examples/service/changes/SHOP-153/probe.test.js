// What a test the model writes can reach from inside the sandbox: the runner's credential files, the
// session's own records, other processes' environments, the host file system, the runner's loopback and
// the internet. Each line says what happened; nothing here should succeed.
import { test } from 'node:test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir } from 'node:os';

function tryRead(path) {
  try {
    return `READ ${readFileSync(path, 'utf8').length} bytes`;
  } catch (error) {
    return error.code;
  }
}

function tryConnect(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve('CONNECTED');
    });
    socket.on('error', (error) => resolve(error.code));
  });
}

test('probe', async () => {
  const seen = [];
  for (const path of ['{{runner_home}}/.ssh/id_ed25519', '{{runner_home}}/.git-credentials', `${homedir()}/.ssh/id_ed25519`, '{{session_dir}}/session.json']) {
    seen.push(`read ${path}: ${tryRead(path)}`);
  }
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const secrets = pids.flatMap((p) => {
    try {
      return readFileSync(`/proc/${p}/environ`, 'latin1').split('\0').filter((v) => /KEY|TOKEN|SECRET/.test(v));
    } catch {
      return [];
    }
  });
  seen.push(`processes visible: ${pids.length}, secret-looking variables in their environments: ${secrets.length}`);
  try {
    writeFileSync('{{sentinel}}', 'escaped');
    seen.push('write outside the checkout: WROTE');
  } catch (error) {
    seen.push(`write outside the checkout: ${error.code}`);
  }
  seen.push(`runner's loopback port: ${await tryConnect(Number('{{listener_port}}'))}`);
  const internet = await globalThis.fetch('https://registry.npmjs.org/').then(
    (r) => `HTTP ${r.status}`,
    (error) => error.cause?.code ?? error.message,
  );
  seen.push(`internet: ${internet}`);
  for (const line of seen) console.log(`PROBE ${line}`);
});
