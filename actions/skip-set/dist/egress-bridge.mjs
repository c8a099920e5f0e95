// Runs inside the sandbox, whose network namespace has only loopback: listens
// on 127.0.0.1:<port> and carries each connection to the egress proxy's Unix
// socket (bound in from the runner), then runs the command with the proxy
// variables pointing here. The proxy, outside, decides every connection; this
// file only moves bytes, so nothing it does can widen what is allowed.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';

const [socketPath, port, separator, command, ...args] = process.argv.slice(2);
if (!socketPath || !port || separator !== '--' || !command) {
  process.stderr.write('usage: egress-bridge.mjs <socket> <port> -- <command> [args…]\n');
  process.exit(2);
}

const server = createServer((client) => {
  const upstream = connect(socketPath);
  client.on('error', () => upstream.destroy());
  upstream.on('error', (e) => { process.stderr.write('bridge upstream error ' + e.message + '\n'); client.destroy(); });
  client.pipe(upstream).pipe(client);
});

server.listen(Number(port), '127.0.0.1', () => {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('error', (error) => {
    process.stderr.write(`egress-bridge: cannot start ${command}: ${error.message}\n`);
    process.exit(127);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
  for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => child.kill(s));
});
