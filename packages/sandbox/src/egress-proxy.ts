import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { chmodSync } from 'node:fs';
import { createServer, isIP, type Server as NetServer } from 'node:net';
import { RequestError, Server } from 'proxy-chain';
import { allowlistEntryFor, isPublicAddress } from './egress-allowlist.js';

/**
 * The egress proxy: the only way out of a sandbox that may use the network
 * (install_dev_dependency). It runs in the runner, outside the sandbox, and
 * listens on a Unix socket that is the one network path bound in. proxy-chain
 * speaks HTTP CONNECT and plain-HTTP proxying (a well-kept implementation, so
 * no protocol code of ours); we decide each request: the host must be on the
 * allowlist by name (never an IP literal), on the allowed port, and resolve
 * to a public address. Every decision is recorded.
 */
export interface EgressDecision {
  at: string;
  host: string;
  port: number;
  method: string;
  allowed: boolean;
  reason: string;
}

export type Resolver = (host: string) => Promise<string[]>;

export interface EgressProxyOptions {
  /** `runner.sandbox.registries.<ecosystem>`: `host`, `*.suffix`, optionally `:port` (default 443). */
  allow: readonly string[];
  socketPath: string;
  /** Name resolution (default: the system resolver). */
  resolve?: Resolver;
  /** Addresses an allowed name may resolve to besides public ones (tests serving a registry on loopback). */
  allowAddresses?: readonly string[];
  /** The runner's own egress proxy (HTTPS_PROXY), through which allowed requests go. */
  upstreamProxyUrl?: string;
}

const systemResolve: Resolver = (host) =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses.map((a) => a.address))));
  });

export class EgressProxy {
  readonly decisions: EgressDecision[] = [];
  private readonly server: Server;
  private listener: NetServer | undefined;

  private constructor(private readonly options: EgressProxyOptions) {
    const resolveName = options.resolve ?? systemResolve;
    this.server = new Server({
      prepareRequestFunction: async ({ hostname, port, request }) => {
        const host = hostname.replace(/^\[|\]$/g, '');
        const refuse = (reason: string): never => {
          this.record(host, port, request.method ?? '?', false, reason);
          throw new RequestError(`agent-guards egress proxy: ${host}:${port} refused: ${reason}`, 403);
        };
        if (isIP(host) !== 0) refuse('an IP address; only allowlisted registry names are reachable');
        const entry = allowlistEntryFor(host, port, options.allow);
        if (!entry) {
          const otherPort = options.allow.some((e) => allowlistEntryFor(host, Number(e.split(':')[1] ?? 443), [e]));
          refuse(otherPort ? `port ${port} is not allowed for ${host}` : `not on the registry allowlist (${options.allow.join(', ') || 'empty'})`);
        }
        // Behind the runner's own proxy, names are that proxy's to resolve; it sees the allowlisted name only.
        if (options.upstreamProxyUrl) {
          this.record(host, port, request.method ?? '?', true, `allowlisted (${entry}), through the runner's proxy`);
          return { upstreamProxyUrl: options.upstreamProxyUrl };
        }
        let addresses: string[];
        try {
          addresses = await resolveName(host);
        } catch (error) {
          return refuse(`does not resolve (${(error as Error).message})`);
        }
        const extra = options.allowAddresses ?? [];
        const bad = addresses.find((a) => !isPublicAddress(a) && !extra.includes(a));
        if (addresses.length === 0 || bad) refuse(`resolves to ${bad ?? 'nothing'}, not a public address`);
        this.record(host, port, request.method ?? '?', true, `allowlisted (${entry})`);
        // Connect to the address checked above, so a second lookup cannot answer differently.
        const pinned = addresses[0]!;
        const pinnedLookup = ((_name: string, opts: LookupOptions, callback: (e: Error | null, a: string | LookupAddress[], f?: number) => void) => {
          const family = isIP(pinned);
          if (opts?.all) callback(null, [{ address: pinned, family }]);
          else callback(null, pinned, family);
        }) as unknown as typeof dnsLookup;
        return { dnsLookup: pinnedLookup };
      },
    });
  }

  private record(host: string, port: number, method: string, allowed: boolean, reason: string): void {
    this.decisions.push({ at: new Date().toISOString(), host, port, method, allowed, reason });
  }

  /** Starts a proxy on `options.socketPath`; the socket is open to the sandbox user. */
  static async start(options: EgressProxyOptions): Promise<EgressProxy> {
    const proxy = new EgressProxy(options);
    // Connections arrive on a Unix socket, which has no remote address; proxy-chain drops
    // address-less sockets (a Node quirk it guards against), so each gets a name, then goes
    // to its HTTP server the documented way ('connection' may be emitted by users).
    proxy.listener = createServer((socket) => {
      Object.defineProperty(socket, 'remoteAddress', { value: 'sandbox', configurable: true });
      proxy.server.server.emit('connection', socket);
    });
    await new Promise<void>((resolve, reject) => {
      proxy.listener!.once('error', reject);
      proxy.listener!.listen(options.socketPath, () => {
        proxy.listener!.off('error', reject);
        resolve();
      });
    });
    // The sandbox may run as another uid (root runners); the socket's folder is private to the runner.
    chmodSync(options.socketPath, 0o666);
    return proxy;
  }

  async close(): Promise<void> {
    // proxy-chain's own server never listened: closing it is closing its connections.
    this.server.closeConnections();
    await new Promise<void>((resolve) => (this.listener ? this.listener.close(() => resolve()) : resolve()));
  }
}
