import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@agent-guards/action-kit';
import { openSandbox, type Sandbox } from '../src/index.js';
import { canaryValues, HOME_CANARY, runnerSituation, sandboxSettings, SESSION_CANARY, type RunnerSituation } from './fixtures.js';

/**
 * Code the model wrote, trying every way out it can think of, and reporting
 * what it got. The sandbox passes when every attempt fails and nothing it
 * printed holds a secret.
 */
const ESCAPE_PROBE = `
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { connect } from 'node:net';
import { lookup } from 'node:dns/promises';
const [home, sessionDir, port, outsideIp] = process.argv.slice(2);
const report = {};
const attempt = (name, fn) => { try { report[name] = { ok: true, value: String(fn()).slice(0, 2000) }; } catch (e) { report[name] = { ok: false, error: e.code ?? e.message }; } };
let environs = '';
for (const pid of readdirSync('/proc').filter((p) => /^\\d+$/.test(p))) { try { environs += readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch {} }
report.environ = { pids: readdirSync('/proc').filter((p) => /^\\d+$/.test(p)).length, text: environs + JSON.stringify(process.env) };
for (const f of ['.ssh/id_ed25519', '.gitconfig', '.git-credentials', '.npmrc', '.config/gh/hosts.yml']) attempt('home:' + f, () => readFileSync(home + '/' + f, 'utf8'));
attempt('session', () => readFileSync(sessionDir + '/session.json', 'utf8'));
attempt('shadow', () => readFileSync('/etc/shadow', 'utf8'));
attempt('write-tmp', () => writeFileSync('/tmp/escape-marker', 'x'));
attempt('write-etc', () => writeFileSync('/etc/escape-marker', 'x'));
attempt('write-session', () => writeFileSync(sessionDir + '/planted.json', 'x'));
attempt('write-home', () => writeFileSync(home + '/.bashrc', 'x'));
attempt('write-hook', () => writeFileSync('.git/hooks/pre-commit', '#!/bin/sh\\ntouch /tmp/pwned\\n'));
attempt('write-git-config', () => writeFileSync('.git/config', '[core]\\n\\tfsmonitor = touch /tmp/pwned\\n'));
attempt('write-checkout', () => { writeFileSync('inside.txt', 'fine'); return 'written'; });
const tcp = (host) => new Promise((resolve) => { const s = connect({ host, port: Number(port) }); s.on('connect', () => { s.destroy(); resolve('connected'); }); s.on('error', (e) => resolve(e.code)); setTimeout(() => { s.destroy(); resolve('timeout'); }, 3000); });
report.loopback = await tcp('127.0.0.1');
report.outside = outsideIp ? await tcp(outsideIp) : 'no address';
report.dns = await lookup('registry.npmjs.org').then((a) => a.address, (e) => e.code);
report.status = readFileSync('/proc/self/status', 'utf8').split('\\n').filter((l) => /^(Uid|CapEff|NoNewPrivs)/.test(l));
console.log(JSON.stringify(report));
`;

let situation: RunnerSituation;
let sandbox: Sandbox | undefined;
let listener: Server;
let connections = 0;
let port = 0;

beforeEach(async () => {
  situation = runnerSituation({ 'probe.mjs': ESCAPE_PROBE });
  connections = 0;
  listener = createServer((s) => {
    connections += 1;
    s.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, '0.0.0.0', resolve));
  port = (listener.address() as { port: number }).port;
});

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  listener.close();
  situation.cleanup();
});

function outsideAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

async function open(overrides: Record<string, unknown> = {}): Promise<Sandbox> {
  sandbox = await openSandbox({
    settings: sandboxSettings(overrides),
    policyPath: '.github/agent-guards.yml',
    workdir: situation.repo.dir,
    hidden: [situation.sessionDir],
  });
  return sandbox;
}

describe('a contained process', () => {
  it('sees no secret, no runner file, no other process and no network, and writes only to the checkout', async () => {
    const sb = await open();
    const result = await sb.run({ argv: ['node', 'probe.mjs', situation.home, situation.sessionDir, String(port), outsideAddress() ?? ''], timeoutMs: 30_000 });
    expect(result.exitCode, result.output).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, { ok: boolean; error?: string; value?: string } & Record<string, unknown>>;
    // (a) nothing of the runner's environment, its own or read through /proc.
    for (const canary of canaryValues()) expect(result.output).not.toContain(canary);
    expect(report.environ!.pids as number).toBeLessThanOrEqual(4);
    // (b) the runner's home and session directory are not there at all.
    for (const f of ['.ssh/id_ed25519', '.gitconfig', '.git-credentials', '.npmrc', '.config/gh/hosts.yml']) expect(report[`home:${f}`]!.ok).toBe(false);
    expect(report.session!.error).toBe('ENOENT');
    expect(report.shadow!.ok).toBe(false);
    // (c) neither the runner's loopback listener nor any outside address, and no name resolution.
    expect(report.loopback).toBe('ECONNREFUSED');
    expect(['ENETUNREACH', 'EHOSTUNREACH', 'no address']).toContain(report.outside);
    expect(connections).toBe(0);
    expect(report.dns).not.toMatch(/^\d/);
    // (d) writes land in the checkout only; .git is read-only; private /tmp and home vanish.
    expect(report['write-checkout']!.ok).toBe(true);
    expect(readFileSync(situation.repo.path('inside.txt'), 'utf8')).toBe('fine');
    for (const w of ['write-etc', 'write-hook', 'write-git-config']) expect(report[w]!.error, w).toBe('EROFS');
    expect(report['write-session']!.ok).toBe(false);
    expect(existsSync(join(situation.sessionDir, 'planted.json'))).toBe(false);
    expect(existsSync('/tmp/escape-marker')).toBe(false);
    expect(readFileSync(join(situation.home, '.gitconfig'), 'utf8')).toContain(HOME_CANARY);
    expect(existsSync(join(situation.home, '.bashrc'))).toBe(false);
    expect(readFileSync(situation.repo.path('.git/config'), 'utf8')).not.toContain('fsmonitor');
    expect(existsSync(situation.repo.path('.git/hooks/pre-commit'))).toBe(false);
    // Not root, no capabilities, no way to gain privileges (sudo, setuid binaries).
    const status = (report.status as unknown as string[]).join('\n');
    expect(status).toMatch(/Uid:\s+[1-9]\d*/);
    expect(status).toMatch(/CapEff:\s+0+\n/);
    expect(status).toMatch(/NoNewPrivs:\s+1/);
    expect(result.output).not.toContain(SESSION_CANARY);
  });

  it('cannot create user namespaces, mount, or reach the runner through /proc', async () => {
    const sb = await open();
    const r = await sb.run({
      argv: ['sh', '-c', 'unshare -U true; echo "unshare=$?"; mount -t tmpfs none /tmp 2>&1; echo "mount=$?"; ls /proc | grep -c "^[0-9]"'],
      timeoutMs: 30_000,
    });
    expect(r.output).toMatch(/unshare=[1-9]/);
    expect(r.output).toMatch(/mount=[1-9]/);
    expect(Number(r.stdout.trim().split('\n').at(-1))).toBeLessThanOrEqual(5);
  });

  it('is stopped by its process, memory, file-size, output and time limits, and leaves nothing behind', async () => {
    const sb = await open({ max_processes: 40, memory_mb: 256, max_file_size_mb: 4, max_output_mb: 1 });
    const marker = `leftover-${Date.now()}`;
    const forkBomb = await sb.run({
      argv: ['node', '-e', "const {spawn}=require('child_process'); let n=0; const go=()=>{ try { const c=spawn('sleep',['30']); c.on('error',(e)=>{ console.log('refused after', n, e.code); process.exit(0); }); n++; setImmediate(go); } catch (e) { console.log('refused after', n, e.code); process.exit(0); } }; go();"],
      timeoutMs: 30_000,
    });
    expect(forkBomb.output).toMatch(/refused after \d+ EAGAIN/);
    expect(Number(/after (\d+)/.exec(forkBomb.output)![1])).toBeLessThan(40);
    const alloc = await sb.run({ argv: ['node', '-e', "const a=[]; try { for(;;) a.push(Buffer.alloc(32<<20, 1)); } catch (e) { console.log('allocated', a.length*32, 'MiB then', e.message); }"], timeoutMs: 30_000 });
    expect(alloc.output).toMatch(/allocated (\d+) MiB then/);
    expect(Number(/allocated (\d+)/.exec(alloc.output)![1])).toBeLessThanOrEqual(256);
    const big = await sb.run({ argv: ['sh', '-c', 'head -c 10000000 /dev/zero > big.bin; echo "exit=$?"'], timeoutMs: 30_000 });
    expect(statSync(situation.repo.path('big.bin')).size).toBe(4 * 1024 * 1024);
    expect(big.output).toMatch(/File size limit exceeded|exit=1\d\d/);
    const flood = await sb.run({ argv: ['sh', '-c', 'yes "gigabytes of output"'], timeoutMs: 60_000 });
    expect(flood.stoppedBy).toBe('output');
    expect(flood.output.length).toBeLessThan(2 * 1024 * 1024);
    const slow = await sb.run({ argv: ['sleep', '30'], timeoutMs: 500 });
    expect(slow.stoppedBy).toBe('time');
    expect(slow.timedOut).toBe(true);
    // A daemon left behind by a command that exits dies with it (the PID namespace goes).
    await sb.run({ argv: ['sh', '-c', `(setsid sleep 300 ${marker} &) ; echo started`], timeoutMs: 10_000 });
    const leftovers = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return readFileSync(`/proc/${p}/cmdline`, 'latin1').includes(marker);
        } catch {
          return false;
        }
      });
    expect(leftovers).toEqual([]);
  });

  it('reaches allowlisted registries only, through the egress proxy, and records every decision', async () => {
    const sb = await open();
    const allowed = await sb.run({ argv: ['npm', 'view', 'is-number@7.0.0', 'version'], timeoutMs: 120_000, egress: ['registry.npmjs.org'] });
    expect(allowed.exitCode, allowed.output).toBe(0);
    expect(allowed.stdout.trim()).toBe('7.0.0');
    expect(allowed.egress.every((d) => d.allowed && d.host === 'registry.npmjs.org' && d.port === 443)).toBe(true);
    expect(allowed.egress.length).toBeGreaterThan(0);
    const script = `const get = (url) => fetch(url).then((r) => r.status, (e) => e.cause?.code ?? e.message);
      const via = (target) => new Promise((resolve) => { const s = require('net').connect(3128, '127.0.0.1', () => s.write('CONNECT ' + target + ' HTTP/1.1\\r\\nHost: ' + target + '\\r\\n\\r\\n')); s.on('data', (d) => { resolve(d.toString().split('\\r\\n')[0]); s.destroy(); }); s.on('error', (e) => resolve(e.code)); });
      (async () => { console.log(JSON.stringify({ direct: await get('https://registry.npmjs.org/'), other: await via('example.com:443'), ip: await via('1.1.1.1:443'), port: await via('registry.npmjs.org:22'), loopback: await via('localhost:443') })); })();`;
    const refused = await sb.run({ argv: ['node', '-e', script], timeoutMs: 60_000, egress: ['registry.npmjs.org', 'localhost'] });
    const seen = JSON.parse(refused.stdout) as Record<string, string>;
    expect(seen.direct).not.toBe(200); // no proxy variable honoured: a direct connection has no route
    expect(seen.other).toMatch(/403/);
    expect(seen.ip).toMatch(/403/);
    expect(seen.port).toMatch(/403/);
    expect(seen.loopback).toMatch(/403/);
    const reasons = Object.fromEntries(refused.egress.map((d) => [d.host + ':' + d.port, d]));
    expect(reasons['example.com:443']).toMatchObject({ allowed: false, reason: expect.stringContaining('allowlist') });
    expect(reasons['1.1.1.1:443']).toMatchObject({ allowed: false, reason: expect.stringContaining('IP address') });
    expect(reasons['registry.npmjs.org:22']).toMatchObject({ allowed: false, reason: 'port 22 is not allowed for registry.npmjs.org' });
    expect(reasons['localhost:443']).toMatchObject({ allowed: false, reason: expect.stringContaining('not a public address') });
    // A command without egress has no proxy at all (a package the sandbox's npm cache has not seen).
    const none = await sb.run({ argv: ['npm', 'view', 'is-odd', 'version', '--fetch-retries=0'], timeoutMs: 60_000 });
    expect(none.exitCode).not.toBe(0);
    expect(none.output).toMatch(/EAI_AGAIN|ENOTFOUND|ENETUNREACH/);
    expect(none.egress).toEqual([]);
  });

  it('runs as the runner user when the runner is not root, with the same containment', async () => {
    // GitHub-hosted runners are an unprivileged user with passwordless sudo: run a runner as such a user here.
    const uid = 40_000 + Math.floor(Math.random() * 10_000);
    const dir = mkdtempSync(join(tmpdir(), 'unprivileged-runner-'));
    try {
      writeFileSync(join(dir, 'probe.mjs'), ESCAPE_PROBE);
      execFileSync('chown', ['-R', `${uid}:${uid}`, dir]);
      execFileSync('chmod', ['755', dir]);
      const script = `
        const { openSandbox } = await import(${JSON.stringify(new URL('../lib/index.js', import.meta.url).href)});
        const { PolicySchema } = await import(${JSON.stringify(new URL('../../config/lib/index.js', import.meta.url).href)});
        const sb = await openSandbox({ settings: PolicySchema.parse({ version: 1 }).runner.sandbox, policyPath: 'p.yml', workdir: ${JSON.stringify(dir)} });
        const r = await sb.run({ argv: ['node', 'probe.mjs', '/nonexistent', '/nonexistent', '${port}', ''], timeoutMs: 30000 });
        const bomb = await sb.run({ argv: ['sh', '-c', 'for i in $(seq 1 700); do sleep 20 & done 2>&1 | head -1; echo done'], timeoutMs: 60000 });
        console.log(JSON.stringify({ uid: sb.description.uid, probe: r.stdout, bomb: bomb.output }));
        await sb.close();`;
      const out = execFileSync('setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--', process.execPath, '--input-type=module', '-e', script], {
        env: { PATH: process.env.PATH!, HOME: dir, ...Object.fromEntries(canaryValues().map((v, i) => [`SECRET_${i}_TOKEN`, v])) },
        encoding: 'utf8',
        cwd: dir,
      });
      const seen = JSON.parse(out.trim().split('\n').at(-1)!) as { uid: number; probe: string; bomb: string };
      expect(seen.uid).toBe(uid);
      const report = JSON.parse(seen.probe) as Record<string, unknown>;
      for (const canary of canaryValues()) expect(seen.probe).not.toContain(canary);
      expect(report.loopback).toBe('ECONNREFUSED');
      expect((report.status as string[]).join('\n')).toMatch(/NoNewPrivs:\s+1/);
      expect((report['write-hook'] as { ok: boolean }).ok).toBe(false);
      // RLIMIT_NPROC holds for a non-root user: the 700th background process is refused.
      expect(seen.bomb).toMatch(/Resource temporarily unavailable|fork|Cannot/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('borrowed dependencies', () => {
  it("sees another checkout's node_modules read-only in the checkout, where the worktree has none", async () => {
    const other = mkdtempSync(join(tmpdir(), 'users-checkout-'));
    try {
      execFileSync('mkdir', ['-p', join(other, 'node_modules', 'greet')]);
      writeFileSync(join(other, 'node_modules', 'greet', 'index.js'), "module.exports = () => 'hello from the user\\'s node_modules';\n");
      sandbox = await openSandbox({
        settings: sandboxSettings(),
        policyPath: '.github/agent-guards.yml',
        workdir: situation.repo.dir,
        readOnly: [join(other, 'node_modules')],
        overlays: [{ source: join(other, 'node_modules'), target: situation.repo.path('node_modules') }],
      });
      const r = await sandbox.run({
        argv: ['node', '-e', "console.log(require('greet')()); try { require('fs').writeFileSync('node_modules/planted.js', 'x'); } catch (e) { console.log(e.code); }"],
        timeoutMs: 30_000,
      });
      expect(r.stdout.split('\n')).toEqual(["hello from the user's node_modules", 'EROFS', '']);
      expect(existsSync(join(other, 'node_modules', 'planted.js'))).toBe(false);
      // What stays behind in the checkout is an empty mount point, which git does not see.
      expect(situation.repo.git('status', '--porcelain')).toBe('');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('openSandbox', () => {
  it('does not start without bubblewrap, naming the fix', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(open()).rejects.toThrow(ConfigurationError);
      await expect(open()).rejects.toThrow(/bwrap \(bubblewrap\) is not installed.*apt-get install -y bubblewrap.*runner\.sandbox: none/s);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('refuses a bubblewrap too old for --disable-userns', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'old-bwrap-'));
    writeFileSync(join(bin, 'bwrap'), '#!/bin/sh\necho "bubblewrap 0.6.1"\n', { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      await expect(open()).rejects.toThrow(/bubblewrap 0\.6\.1 is too old: 0\.8\.0 or later/);
    } finally {
      process.env.PATH = saved;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('refuses to make the runner home or its credentials visible, and a session directory inside the checkout', async () => {
    await expect(open({ read_only: ['~/'] })).rejects.toThrow(/runner\.sandbox\.read_only.*contains the runner user’s home/s);
    await expect(open({ read_only: ['~/.ssh'] })).rejects.toThrow(/holds credentials \(~\/\.ssh\)/);
    await expect(
      openSandbox({ settings: sandboxSettings(), policyPath: 'p.yml', workdir: situation.repo.dir, hidden: [situation.repo.path('.agent-guards/session')] }),
    ).rejects.toThrow(/inside the checkout the sandbox writes to/);
  });

  it('with runner.sandbox: none runs uncontained and says so', async () => {
    const sb = await open({ mode: 'none' });
    expect(sb.description).toMatchObject({ mode: 'none', contained: false });
    expect(sb.description.summary).toMatch(/^NOT SANDBOXED/);
    const r = await sb.run({ argv: ['node', '-e', 'console.log(Object.keys(process.env).filter((k) => /TOKEN|KEY/.test(k)).length)'], timeoutMs: 10_000 });
    // Even uncontained, the environment is the allowlist: no secret variable.
    expect(r.stdout.trim()).toBe('0');
  });
});
