import "./rolldown-runtime-C1I3wEg2.js";
import { A as ConfigurationError, _ as testLanguageOf, k as isSecretName, o as listFilesAt, r as withWorktree } from "./lib-DyJ6ZhF_.js";
import "./egress-allowlist-Dj3TUUK5.js";
import { r as functionId } from "./compare-collectors-CMLOFAQt.js";
import { a as testId, i as emptyCollection, t as IdAllocator } from "./model-BTWlNzb-.js";
import { createRequire } from "node:module";
import { promisify, stripVTControlCharacters } from "node:util";
import { performance } from "node:perf_hooks";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { accessSync, chmodSync, chownSync, constants, existsSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, delimiter, dirname, isAbsolute, join, normalize, relative, resolve, sep } from "node:path";
import { execFile, spawn } from "node:child_process";
// packages/sandbox/lib/bubblewrap.js
function devArgs(plan) {
	return [
		"--dev",
		"/dev",
		"--perms",
		"1777",
		"--size",
		String(plan.tmpSizeMb * 1024 * 1024),
		"--tmpfs",
		"/dev/shm"
	];
}
function ancestorsOf(path) {
	const out = [];
	for (let p = dirname(path); p !== sep && p !== "."; p = dirname(p)) out.unshift(p);
	return out;
}
function viewArgs(plan, proc) {
	const args = [];
	const made = /* @__PURE__ */ new Set(["/"]);
	const bound = [];
	const exists = (p) => made.has(p) || bound.some((b) => p.startsWith(b + sep));
	const parents = (target) => {
		for (const a of ancestorsOf(target)) {
			if (exists(a)) continue;
			args.push("--perms", "0755", "--dir", a);
			made.add(a);
		}
	};
	const bind = (flag, source, target) => {
		parents(target);
		args.push(flag, source, target);
		made.add(target);
		bound.push(target);
	};
	for (const s of plan.view.symlinks) {
		args.push("--symlink", s.target, s.path);
		made.add(s.path);
	}
	args.push("--perms", "1777", "--size", String(plan.tmpSizeMb * 1024 * 1024), "--tmpfs", "/tmp");
	made.add("/tmp");
	args.push("--perms", "0755", "--dir", "/var", "--symlink", "/tmp", "/var/tmp");
	made.add("/var");
	for (const p of plan.view.readOnly) if (!exists(p)) bind("--ro-bind", p, p);
	if (proc === "new") args.push("--proc", "/proc");
	else args.push("--bind", "/proc", "/proc");
	args.push(...devArgs(plan));
	made.add("/proc").add("/dev");
	for (const p of plan.writable) bind("--bind", p, p);
	bind("--bind", plan.home, plan.home);
	for (const o of plan.overlays) bind("--ro-bind", o.source, o.target);
	args.push("--remount-ro", "/");
	return args;
}
function isolationArgs(plan) {
	return [
		"--unshare-all",
		"--unshare-user",
		"--disable-userns",
		"--die-with-parent",
		"--new-session",
		"--hostname",
		"sandbox",
		"--chdir",
		plan.cwd
	];
}
function bubblewrapArgv(plan, command) {
	const { bwrap, prlimit, setpriv } = plan.tools;
	if (!plan.dropTo) return [
		prlimit,
		...plan.limits,
		"--",
		bwrap,
		...viewArgs(plan, "new"),
		...isolationArgs(plan),
		"--",
		...command
	];
	const { uid, gid } = plan.dropTo;
	return [
		bwrap,
		"--die-with-parent",
		...viewArgs(plan, "host"),
		"--",
		setpriv,
		`--reuid=${uid}`,
		`--regid=${gid}`,
		"--clear-groups",
		"--no-new-privs",
		"--inh-caps=-all",
		"--bounding-set=-all",
		"--",
		prlimit,
		...plan.limits,
		"--",
		bwrap,
		"--bind",
		"/",
		"/",
		"--proc",
		"/proc",
		...devArgs(plan),
		...isolationArgs(plan),
		"--",
		...command
	];
}
// packages/sandbox/lib/contained-process.js
var ProcessStartError = class extends Error {
	constructor(argv, cause) {
		super(`could not start ${JSON.stringify(argv[0])}: ${cause}`);
		this.name = "ProcessStartError";
	}
};
function spawnContained(argv, spawnArgv, limits) {
	const [command, ...args] = spawnArgv;
	if (!command) return Promise.reject(new ProcessStartError(argv, "empty command"));
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: limits.cwd,
			env: limits.env,
			stdio: [
				"ignore",
				"pipe",
				"pipe"
			],
			detached: true,
			shell: false,
			windowsHide: true
		});
		const chunks = [];
		let kept = 0;
		let seen = 0;
		let truncated = false;
		let stoppedBy;
		const kill = () => {
			try {
				if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
			} catch {}
		};
		const collect = (err) => (b) => {
			seen += b.length;
			if (seen > limits.stopAfterBytes && stoppedBy === void 0) {
				stoppedBy = "output";
				truncated = true;
				kill();
			}
			if (kept >= limits.keepBytes) {
				truncated = true;
				return;
			}
			const part = b.subarray(0, limits.keepBytes - kept);
			if (part.length < b.length) truncated = true;
			chunks.push({
				err,
				data: part
			});
			kept += part.length;
		};
		child.stdout.on("data", collect(false));
		child.stderr.on("data", collect(true));
		const timer = setTimeout(() => {
			stoppedBy ??= "time";
			kill();
		}, limits.timeoutMs);
		child.on("error", (e) => {
			clearTimeout(timer);
			reject(new ProcessStartError(argv, e.message));
		});
		child.on("close", (code, signal) => {
			clearTimeout(timer);
			kill();
			const text = (parts) => Buffer.concat(parts).toString("utf8");
			let output = text(chunks.map((c) => c.data));
			if (stoppedBy === "output") output += `\n[stopped: more than ${limits.stopAfterBytes} bytes of output]\n`;
			else if (truncated) output += `\n[output truncated at ${limits.keepBytes} bytes]\n`;
			resolve({
				argv: [...argv],
				exitCode: code,
				signal,
				timedOut: stoppedBy === "time",
				...stoppedBy ? { stoppedBy } : {},
				durationMs: performance.now() - started,
				output,
				stdout: text(chunks.filter((c) => !c.err).map((c) => c.data)),
				stderr: text(chunks.filter((c) => c.err).map((c) => c.data)),
				truncated
			});
		});
	});
}
// packages/sandbox/lib/host-view.js
const SYSTEM = [
	"/usr",
	"/bin",
	"/sbin",
	"/lib",
	"/lib32",
	"/lib64",
	"/libx32",
	"/etc"
];
const TOOL_CACHES = ["/opt/hostedtoolcache"];
const HOME_TOOLCHAIN_ROOTS = [
	".pyenv",
	".rbenv",
	".nodenv",
	".nvm",
	".volta",
	".rustup",
	".cargo/bin",
	".local/bin",
	".local/share/uv",
	".local/share/pipx",
	".local/share/pnpm",
	".cache/pypoetry/virtualenvs",
	".bun/bin",
	".deno/bin",
	".sdkman/candidates",
	"go/bin"
];
const CREDENTIAL_HOME_PATHS = [
	".ssh",
	".aws",
	".gnupg",
	".docker",
	".kube",
	".azure",
	".config",
	".git-credentials",
	".gitconfig",
	".npmrc",
	".pypirc",
	".netrc",
	".cargo/credentials",
	".cargo/credentials.toml",
	".m2/settings.xml",
	".gradle/gradle.properties"
];
function isDir(path) {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
function within(parent, child) {
	return child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
}
function goModuleCache(env, home) {
	if (env.GOMODCACHE) return env.GOMODCACHE;
	const gopath = env.GOPATH?.split(":")[0];
	return join(gopath || join(home, "go"), "pkg", "mod");
}
function forbiddenReason(path, home) {
	if (path === "/" || within(path, home)) return "it contains the runner user\u2019s home";
	for (const c of CREDENTIAL_HOME_PATHS) if (within(join(home, c), path)) return `it holds credentials (~/${c})`;
}
function hostView(options) {
	const env = options.env ?? process.env;
	const home = normalize(options.home ?? homedir());
	const hidden = [home, ...options.hidden ?? []].map((h) => normalize(h));
	const overlapsHidden = (path) => hidden.some((h) => within(h, path) || within(path, h));
	const readOnly = [];
	const symlinks = [];
	const add = (path) => {
		if (readOnly.some((p) => within(p, path))) return;
		for (let i = readOnly.length - 1; i >= 0; i -= 1) if (within(path, readOnly[i])) readOnly.splice(i, 1);
		readOnly.push(path);
	};
	for (const path of SYSTEM) {
		let st;
		try {
			st = lstatSync(path);
		} catch {
			continue;
		}
		if (st.isSymbolicLink()) symlinks.push({
			path,
			target: readlinkSync(path)
		});
		else if (st.isDirectory()) add(path);
	}
	for (const path of [...TOOL_CACHES, env.RUNNER_TOOL_CACHE]) if (path && isDir(path) && !overlapsHidden(path)) add(path);
	const writable = (options.writable ?? []).map((w) => normalize(w));
	for (const entry of (env.PATH ?? "").split(":")) {
		if (!isAbsolute(entry) || !isDir(entry)) continue;
		const path = normalize(entry);
		if (writable.some((w) => within(w, path))) continue;
		if (within(home, path)) {
			const root = HOME_TOOLCHAIN_ROOTS.map((r) => join(home, r)).find((r) => within(r, path));
			if (root) {
				add(root);
				if (root === join(home, ".cargo/bin") && isDir(join(home, ".rustup"))) add(join(home, ".rustup"));
			}
			continue;
		}
		if (readOnly.some((p) => within(p, path)) || symlinks.some((s) => within(s.path, path))) continue;
		const name = basename(path);
		const root = name === "bin" || name === "sbin" || name === "shims" ? dirname(path) : path;
		if (!overlapsHidden(root) && root !== "/") add(root);
	}
	const modCache = goModuleCache(env, home);
	if (isDir(modCache)) add(modCache);
	for (const raw of options.policyReadOnly) {
		const path = normalize(raw.startsWith("~/") ? join(home, raw.slice(2)) : raw);
		const why = forbiddenReason(path, home) ?? (overlapsHidden(path) && !within(home, path) ? "it overlaps the runner\u2019s session, temp or installation directories" : void 0);
		if (why) throw new ConfigurationError(`'${raw}' cannot be made visible to sandboxed processes: ${why}.`, {
			file: options.policyPath ?? ".github/agent-guards.yml",
			field: "runner.sandbox.read_only",
			fix: "list the toolchain or cache folder itself (e.g. ~/.local/share/mytool), not a folder that contains the home, credentials or the runner\u2019s own files."
		});
		if (existsSync(path)) add(path);
	}
	for (const path of options.extraReadOnly ?? []) add(normalize(path));
	const visible = (dir) => readOnly.some((p) => within(p, dir)) || symlinks.some((s) => within(s.path, dir)) || writable.some((w) => within(w, dir));
	return {
		readOnly,
		symlinks,
		path: (env.PATH ?? "").split(":").filter((e) => isAbsolute(e) && visible(normalize(e))).join(":") || "/usr/local/bin:/usr/bin:/bin"
	};
}
// packages/sandbox/lib/limits.js
const MIB$1 = 1048576;
function tasksOf(uid) {
	let count = 0;
	for (const name of readdirSync("/proc")) {
		if (!/^\d+$/.test(name)) continue;
		let status;
		try {
			status = readFileSync(`/proc/${name}/status`, "latin1");
		} catch {
			continue;
		}
		const owner = /^Uid:\s+(\d+)/m.exec(status);
		if (!owner || Number(owner[1]) !== uid) continue;
		count += Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 1);
	}
	return count;
}
function prlimitArgs(settings, tasksAlready) {
	return [
		`--data=${settings.memory_mb * MIB$1}`,
		`--nproc=${tasksAlready + settings.max_processes}`,
		`--fsize=${settings.max_file_size_mb * MIB$1}`,
		"--core=0"
	];
}
// packages/sandbox/lib/ownership.js
function handOver(dir, uid, gid, since = 0) {
	const top = lstatSync(dir);
	if (top.gid !== gid) chownSync(dir, top.uid, gid);
	if ((top.mode & 56) !== 56) chmodSync(dir, top.mode & 4095 | 56);
	walk(dir, top, uid, gid, since, true);
}
function walk(dir, st, uid, gid, since, isTop) {
	const listAll = st.mtimeMs >= since || st.ctimeMs >= since;
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return;
	}
	for (const e of entries) {
		if (e.name === ".git") continue;
		const path = join(dir, e.name);
		if (!e.isDirectory() && !listAll) continue;
		let child;
		try {
			child = lstatSync(path);
		} catch {
			continue;
		}
		if (child.uid !== uid || child.gid !== gid) lchownSync(path, uid, gid);
		if (e.isDirectory()) walk(path, child, uid, gid, since, false);
	}
	if (!isTop && (st.uid !== uid || st.gid !== gid)) lchownSync(dir, uid, gid);
}
function uidMapped(uid) {
	let map;
	try {
		map = readFileSync("/proc/self/uid_map", "utf8");
	} catch {
		return false;
	}
	return map.trim().split("\n").some((line) => {
		const [inside, , count] = line.trim().split(/\s+/).map(Number);
		return inside !== void 0 && count !== void 0 && uid >= inside && uid < inside + count;
	});
}
function sandboxUid() {
	const candidate = 1e5 + Math.floor(Math.random() * 65536);
	if (uidMapped(candidate)) return candidate;
	return uidMapped(65534) ? 65534 : void 0;
}
// packages/sandbox/lib/preflight.js
const MIN_BWRAP = [
	0,
	8,
	0
];
function findExecutable(name, path = process.env.PATH ?? "") {
	for (const dir of path.split(delimiter)) {
		if (!dir) continue;
		const candidate = join(dir, name);
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {}
	}
}
function sysctl(name) {
	try {
		return readFileSync(`/proc/sys/${name.replace(/\./g, "/")}`, "utf8").trim();
	} catch {
		return;
	}
}
function unavailable(problem, fix, policyPath) {
	return new ConfigurationError(`the sandbox cannot start: ${problem}`, {
		file: policyPath,
		field: "runner.sandbox",
		fix: `${fix} Only \`runner.sandbox: none\` runs without containment, and every report then says so.`
	});
}
async function bwrapVersion(bwrap) {
	try {
		const { stdout: text } = await promisify(execFile)(bwrap, ["--version"], {
			encoding: "utf8",
			timeout: 1e4
		});
		const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
		return m ? [
			Number(m[1]),
			Number(m[2]),
			Number(m[3] ?? 0)
		] : void 0;
	} catch {
		return;
	}
}
function versionAtLeast(v, min) {
	for (let i = 0; i < min.length; i += 1) if ((v[i] ?? 0) !== min[i]) return (v[i] ?? 0) > min[i];
	return true;
}
const INSTALL_FIX = "install bubblewrap \u2265 0.8 (Debian/Ubuntu: `sudo apt-get install -y bubblewrap`; ubuntu-22.04 ships 0.6, use ubuntu-24.04); in a workflow, run the agent-guards setup-toolchain action first, which installs and enables it.";
function explainProbeFailure(stderr, policyPath) {
	const said = stderr.trim().split("\n").slice(-3).join(" ").slice(0, 400) || "(no message)";
	if (/Unknown option|unrecognized option/.test(said)) return unavailable(`bwrap is too old (${said}).`, INSTALL_FIX, policyPath);
	if (/setresuid|setresgid|Invalid argument/.test(said) && /setpriv/.test(said)) return unavailable(`the runner is root in a user namespace that maps no unprivileged uid for the sandbox (${said}).`, "run the runner as a non-root user, or give its container a full uid range.", policyPath);
	if (/uid map|namespace|RTM_NEWADDR|Operation not permitted|Permission denied/.test(said)) {
		if (sysctl("kernel.apparmor_restrict_unprivileged_userns") === "1") return unavailable(`AppArmor restricts unprivileged user namespaces here (kernel.apparmor_restrict_unprivileged_userns=1, the Ubuntu 24.04 default): ${said}`, "load Ubuntu's AppArmor profile for bwrap (`sudo apt-get install -y apparmor-profiles && sudo install -m 0644 /usr/share/apparmor/extra-profiles/bwrap-userns-restrict /etc/apparmor.d/ && sudo apparmor_parser -r /etc/apparmor.d/bwrap-userns-restrict`); the agent-guards setup-toolchain action does this on Ubuntu runners.", policyPath);
		if (sysctl("kernel.unprivileged_userns_clone") === "0" || sysctl("user.max_user_namespaces") === "0") return unavailable(`unprivileged user namespaces are disabled (${sysctl("kernel.unprivileged_userns_clone") === "0" ? "kernel.unprivileged_userns_clone=0" : "user.max_user_namespaces=0"}): ${said}`, "enable them: `sudo sysctl -w kernel.unprivileged_userns_clone=1` (Debian) or `sudo sysctl -w user.max_user_namespaces=15000`.", policyPath);
		return unavailable(`the kernel refused the sandbox's namespaces (${said}); in a container this is its seccomp profile or missing privileges.`, "run the runner on a VM (GitHub-hosted ubuntu-24.04 works), or allow user namespaces in the container (e.g. docker run --security-opt seccomp=unconfined --security-opt apparmor=unconfined).", policyPath);
	}
	return unavailable(`a test command could not run in it: ${said}`, INSTALL_FIX, policyPath);
}
// packages/sandbox/lib/process-env.js
const PASSTHROUGH = [
	"PATH",
	"LANG",
	"LANGUAGE",
	"TZ"
];
const TOOLCHAIN = [
	"GOROOT",
	"GOPATH",
	"GOMODCACHE",
	"GOFLAGS",
	"GOTOOLCHAIN",
	"GOEXPERIMENT",
	"PYENV_ROOT",
	"PYENV_VERSION",
	"VIRTUAL_ENV",
	"UV_PYTHON_INSTALL_DIR",
	"JAVA_HOME",
	"CARGO_HOME",
	"RUSTUP_HOME",
	"RUSTUP_TOOLCHAIN",
	"NVM_DIR",
	"NVM_BIN",
	"VOLTA_HOME"
];
const TRUST = [
	"SSL_CERT_FILE",
	"SSL_CERT_DIR",
	"NODE_EXTRA_CA_CERTS",
	"REQUESTS_CA_BUNDLE",
	"CURL_CA_BUNDLE",
	"PIP_CERT",
	"CARGO_HTTP_CAINFO"
];
function containedProcessEnv(extra = {}, source = process.env) {
	const env = {};
	for (const [k, v] of Object.entries(source)) {
		if (v === void 0 || isSecretName(k)) continue;
		if (PASSTHROUGH.includes(k) || TOOLCHAIN.includes(k) || TRUST.includes(k) || /^LC_[A-Z]+$/.test(k)) env[k] = v;
	}
	env.CI = "true";
	env.TERM = "dumb";
	env.NO_COLOR = "1";
	env.FORCE_COLOR = "0";
	return {
		...env,
		...extra
	};
}
// packages/sandbox/lib/sandbox.js
const BRIDGE = fileURLToPath(new URL("./egress-bridge.mjs", import.meta.url));
const BRIDGE_PORT = 3128;
const MIB = 1048576;
const INSTALLATION = resolve(fileURLToPath(import.meta.url), "../../../..");
const NOT_CONTAINED = "NOT SANDBOXED: runner.sandbox is `none`, so tests, the linter and installs run with the runner\u2019s own access to files, processes, secrets in its environment and the network.";
function withRealPaths(paths) {
	const out = /* @__PURE__ */ new Set();
	for (const p of paths) {
		out.add(p);
		try {
			out.add(realpathSync(p));
		} catch {}
	}
	return [...out];
}
function insideDir(dir, path) {
	return path === dir || path.startsWith(dir + sep);
}
var Uncontained = class {
	workdir;
	settings;
	description = {
		mode: "none",
		contained: false,
		summary: NOT_CONTAINED
	};
	constructor(workdir, settings) {
		this.workdir = workdir;
		this.settings = settings;
	}
	async run(command) {
		const cwd = resolve(this.workdir, command.cwd ?? ".");
		return {
			...await spawnContained(command.argv, command.argv, {
				cwd,
				env: containedProcessEnv({
					HOME: process.env.HOME ?? tmpdir(),
					...command.env
				}),
				timeoutMs: command.timeoutMs,
				keepBytes: command.keepBytes ?? this.settings.max_output_mb * MIB,
				stopAfterBytes: this.settings.max_output_mb * MIB
			}),
			egress: []
		};
	}
	async close() {}
};
var Bubblewrap = class {
	options;
	tools;
	version;
	view;
	state;
	home;
	dropTo;
	description;
	lastHandOver = 0;
	runs = 0;
	constructor(options, tools, version, view, state, home, dropTo) {
		this.options = options;
		this.tools = tools;
		this.version = version;
		this.view = view;
		this.state = state;
		this.home = home;
		this.dropTo = dropTo;
		const s = options.settings;
		this.description = {
			mode: "bubblewrap",
			contained: true,
			summary: `Sandboxed with bubblewrap ${version}: no network (installs reach only allowlisted registries through an egress proxy), no secrets in the environment, nothing of the runner visible, the checkout the only writable place; limits ${s.memory_mb} MiB per process, ${s.max_processes} processes, ${s.max_file_size_mb} MiB per file, ${s.max_output_mb} MiB of output.`,
			bubblewrap: version,
			uid: dropTo?.uid ?? process.getuid?.() ?? -1,
			limits: {
				memory_mb: s.memory_mb,
				max_processes: s.max_processes,
				max_file_size_mb: s.max_file_size_mb,
				max_output_mb: s.max_output_mb,
				tmp_size_mb: s.tmp_size_mb
			},
			visible: view.readOnly
		};
	}
	plan(cwd, extra) {
		const { workdir, settings, readOnlyWorkdir } = this.options;
		const overlays = [...this.options.overlays ?? []];
		if (readOnlyWorkdir) overlays.unshift({
			source: workdir,
			target: workdir
		});
		else if (existsSync(join(workdir, ".git"))) overlays.unshift({
			source: join(workdir, ".git"),
			target: join(workdir, ".git")
		});
		return {
			view: {
				...this.view,
				readOnly: [...this.view.readOnly, ...extra.readOnly]
			},
			writable: [
				...readOnlyWorkdir ? [] : [workdir],
				...this.options.writable ?? [],
				...extra.writable
			],
			overlays,
			home: this.home,
			tmpSizeMb: settings.tmp_size_mb,
			cwd,
			limits: prlimitArgs(settings, this.dropTo ? 0 : tasksOf(process.getuid?.() ?? 0)),
			...this.dropTo ? { dropTo: this.dropTo } : {},
			tools: this.tools
		};
	}
	handOverWrites() {
		if (!this.dropTo) return;
		const started = Date.now();
		const dirs = [...this.options.readOnlyWorkdir ? [] : [this.options.workdir], ...this.options.writable ?? []];
		for (const dir of dirs) handOver(dir, this.dropTo.uid, this.dropTo.gid, this.lastHandOver);
		this.lastHandOver = started;
	}
	async run(command) {
		const { workdir, settings } = this.options;
		const cwd = resolve(workdir, command.cwd ?? ".");
		if (!insideDir(workdir, cwd)) throw new Error(`a contained command runs inside the checkout, not in ${cwd}`);
		this.handOverWrites();
		const n = this.runs += 1;
		let proxy;
		let argv = command.argv;
		const extra = {
			readOnly: withRealPaths(command.readOnly ?? []),
			writable: [...command.writable ?? []]
		};
		if (this.dropTo) for (const w of extra.writable) handOver(w, this.dropTo.uid, this.dropTo.gid);
		const env = {
			...command.env,
			HOME: this.home,
			TMPDIR: "/tmp",
			PATH: this.view.path
		};
		if (command.egress) {
			const socketDir = join(this.state, `egress-${n}`);
			mkdirSync(socketDir);
			const socketPath = join(socketDir, "proxy.sock");
			const { EgressProxy } = await import("./egress-proxy-C_CYM8T3.js");
			proxy = await EgressProxy.start({
				allow: command.egress,
				socketPath,
				...this.options.egressResolve ? { resolve: this.options.egressResolve } : {},
				...this.options.egressAllowAddresses ? { allowAddresses: this.options.egressAllowAddresses } : {},
				...process.env.HTTPS_PROXY || process.env.https_proxy ? { upstreamProxyUrl: process.env.HTTPS_PROXY || process.env.https_proxy } : {}
			});
			extra.readOnly.push(process.execPath, BRIDGE);
			extra.writable.push(socketPath);
			argv = [
				process.execPath,
				BRIDGE,
				socketPath,
				String(BRIDGE_PORT),
				"--",
				...command.argv
			];
			const url = `http://127.0.0.1:${BRIDGE_PORT}`;
			Object.assign(env, {
				HTTP_PROXY: url,
				HTTPS_PROXY: url,
				http_proxy: url,
				https_proxy: url,
				npm_config_proxy: url,
				npm_config_https_proxy: url,
				YARN_HTTP_PROXY: url,
				YARN_HTTPS_PROXY: url,
				CARGO_HTTP_PROXY: url,
				NO_PROXY: "",
				no_proxy: ""
			});
		}
		try {
			const spawnArgv = bubblewrapArgv(this.plan(cwd, extra), argv);
			return {
				...await spawnContained(command.argv, spawnArgv, {
					cwd: this.state,
					env: containedProcessEnv(env),
					timeoutMs: command.timeoutMs,
					keepBytes: command.keepBytes ?? settings.max_output_mb * MIB,
					stopAfterBytes: settings.max_output_mb * MIB
				}),
				egress: proxy ? [...proxy.decisions] : []
			};
		} finally {
			await proxy?.close();
		}
	}
	async close() {
		rmSync(this.state, {
			recursive: true,
			force: true
		});
	}
};
const probed = /* @__PURE__ */ new Map();
async function openSandbox(options) {
	const workdir = realpathSync(options.workdir);
	if (options.settings.mode === "none") {
		options.logger?.warning(`${NOT_CONTAINED} (${options.policyPath}, runner.sandbox)`);
		return new Uncontained(workdir, options.settings);
	}
	const { policyPath } = options;
	if (process.platform !== "linux") throw unavailable(`bubblewrap sandboxing needs Linux; this runner is ${process.platform}.`, "run the agent on a Linux runner (ubuntu-24.04).", policyPath);
	const bwrap = findExecutable("bwrap");
	const prlimit = findExecutable("prlimit");
	const setpriv = findExecutable("setpriv");
	if (!bwrap) throw unavailable("bwrap (bubblewrap) is not installed.", "install bubblewrap \u2265 0.8 (`sudo apt-get install -y bubblewrap`), or run the agent-guards setup-toolchain action first.", policyPath);
	if (!prlimit || !setpriv) throw unavailable("prlimit and setpriv (util-linux) are not on PATH.", "install util-linux (`sudo apt-get install -y util-linux`).", policyPath);
	const v = await bwrapVersion(bwrap);
	if (!v || !versionAtLeast(v, MIN_BWRAP)) throw unavailable(`bubblewrap ${v ? v.join(".") : "(unknown version)"} is too old: ${MIN_BWRAP.join(".")} or later is needed (--disable-userns).`, "install a newer bubblewrap (ubuntu-24.04 and Debian 12 ship one).", policyPath);
	let dropTo;
	if (process.getuid?.() === 0) {
		const uid = sandboxUid();
		if (uid === void 0) throw unavailable("the runner is root and no unprivileged uid is mapped for the sandbox.", "run the runner as a non-root user.", policyPath);
		dropTo = {
			uid,
			gid: uid
		};
	}
	const hidden = [
		...options.hidden ?? [],
		tmpdir(),
		...process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [],
		INSTALLATION
	];
	const view = hostView({
		policyReadOnly: options.settings.read_only,
		extraReadOnly: withRealPaths(options.readOnly ?? []),
		writable: [workdir, ...options.writable ?? []],
		hidden: hidden.filter((h) => !insideDir(h, workdir) && !insideDir(workdir, h)),
		policyPath
	});
	for (const h of options.hidden ?? []) if (insideDir(workdir, resolve(h))) throw new ConfigurationError(`${h} is inside the checkout the sandbox writes to, where contained code could read and rewrite it.`, {
		file: h,
		fix: "keep session records, ledgers and traces outside the checkout (the default session directory is)."
	});
	const state = mkdtempSync(join(tmpdir(), "agent-guards-sandbox-"));
	const home = join(state, "home");
	mkdirSync(home);
	if (dropTo) chownSync(home, dropTo.uid, dropTo.gid);
	const sandbox = new Bubblewrap({
		...options,
		workdir
	}, {
		bwrap,
		prlimit,
		setpriv
	}, v.join("."), view, state, home, dropTo);
	const key = `${bwrap}:${dropTo ? "root" : process.getuid?.()}`;
	let probe = probed.get(key);
	if (!probe) {
		probe = (async () => {
			const r = await sandbox.run({
				argv: ["true"],
				timeoutMs: 3e4
			});
			if (r.exitCode !== 0) throw explainProbeFailure(r.stderr, policyPath);
		})();
		probed.set(key, probe);
		probe.catch(() => probed.delete(key));
	}
	try {
		await probe;
	} catch (error) {
		await sandbox.close();
		throw error;
	}
	options.logger?.info(`sandbox: bubblewrap ${v.join(".")}, ${dropTo ? `as uid ${dropTo.uid} (the runner is root)` : "as the runner user"}; ${relative(process.cwd(), workdir) || "."} writable`);
	return sandbox;
}
// packages/skip-set/lib/runner/run-process.js
function commandWorks(argv, timeoutMs) {
	return new Promise((resolve) => {
		execFile(argv[0], argv.slice(1), {
			cwd: tmpdir(),
			env: containedProcessEnv(),
			timeout: timeoutMs
		}, (error) => resolve(!error));
	});
}
function tail(text, chars = 1500) {
	const t = text.trim();
	return t.length <= chars ? t : `\u2026${t.slice(-chars)}`;
}
// packages/skip-set/lib/runner/go-runner.js
async function collectWithGo(dir, options) {
	const go = options.go ?? "go";
	const env = {
		GOFLAGS: "-mod=mod",
		GOTOOLCHAIN: "local",
		GOPROXY: "off"
	};
	const timeoutMs = options.timeoutMs ?? 9e5;
	const list = await options.sandbox.run({
		argv: [
			go,
			"list",
			"-e",
			"-f",
			"{{.ImportPath}}	{{.Dir}}",
			"./..."
		],
		cwd: dir,
		env,
		timeoutMs
	});
	if (list.exitCode !== 0) throw new Error(`go list failed (exit ${list.exitCode}): ${tail(list.stderr)}`);
	const dirs = /* @__PURE__ */ new Map();
	for (const line of list.stdout.split("\n")) {
		const [importPath, pkgDir] = line.split("	");
		if (importPath && pkgDir) dirs.set(importPath, relative(dir, pkgDir) || ".");
	}
	const result = await options.sandbox.run({
		argv: [
			go,
			"test",
			"-list",
			"^(Test|Fuzz)",
			"./..."
		],
		cwd: dir,
		env,
		timeoutMs
	});
	if (result.timedOut) throw new Error("go test -list did not finish in time.");
	const collection = emptyCollection();
	let names = [];
	for (const line of result.stdout.split("\n")) {
		const ok = /^ok\s+(\S+)/.exec(line);
		const failed = /^FAIL\s+(\S+)\s+\[(.+)\]/.exec(line);
		if (ok || failed) {
			const pkg = (ok ?? failed)[1];
			const pkgDir = dirs.get(pkg) ?? pkg;
			collection.files += 1;
			if (failed) collection.errors.push({
				path: pkgDir,
				message: `go test -list: package ${pkg} ${failed[2]}: ${tail(result.stderr, 800)}`
			});
			for (const name of names) {
				const id = testId(pkgDir, [], name);
				collection.tests.set(id, {
					id,
					path: pkgDir,
					line: 1,
					name,
					suite: [],
					status: "active",
					body: ""
				});
			}
			names = [];
		} else if (/^(?:Test|Fuzz)\w*$/.test(line.trim())) names.push(line.trim());
	}
	if (result.exitCode !== 0 && collection.errors.length === 0) collection.errors.push({
		path: ".",
		message: `go test -list failed (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`, 800)}`
	});
	return collection;
}
async function hasGo(go = "go") {
	return commandWorks([go, "version"], 3e4);
}
// packages/skip-set/lib/runner/framework-collection.js
function checkoutPath(root, file) {
	return relative(root, file).split(sep).join("/");
}
// packages/skip-set/lib/runner/jest-runner.js
var JestUnsupportedError = class extends Error {
	name = "JestUnsupportedError";
};
const RUNNER_MODULE = "skip_set_jest_runner.cjs";
const NOTHING = "(?!)";
function runnerSource() {
	return readFileSync(new URL("./skip_set_jest_runner.cjs", import.meta.url), "utf8");
}
function projectName(p) {
	return (typeof p.displayName === "string" ? p.displayName : p.displayName?.name) ?? p.rootDir;
}
async function circusRunners(dir, options, timeoutMs) {
	const r = await options.sandbox.run({
		argv: [options.bin, "--showConfig"],
		cwd: dir,
		timeoutMs,
		readOnly: options.readOnly ?? []
	});
	const start = r.stdout.indexOf("{");
	let shown;
	try {
		if (r.exitCode !== 0 || start < 0) throw new Error("no configuration printed");
		shown = JSON.parse(r.stdout.slice(start));
	} catch {
		throw new Error(`jest --showConfig failed (exit ${r.exitCode}${r.timedOut ? ", timed out" : ""}): ${tail(stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), 800)}`);
	}
	const byProject = {};
	for (const p of shown.configs) {
		if (!/[\\/]jest-runner[\\/]/.test(p.runner)) throw new JestUnsupportedError(`jest project '${projectName(p)}' runs its files with '${p.runner}', not jest-runner, so they are not test files jest-circus can list.`);
		if (!/[\\/]jest-circus[\\/]/.test(p.testRunner)) throw new JestUnsupportedError(`jest project '${projectName(p)}' uses the test runner '${p.testRunner}'; the runner collector reads jest-circus's test tree (jest's default since 27).`);
		byProject[p.id] = p.testRunner;
	}
	return {
		version: shown.version,
		byProject,
		collectsTests: "collectTests" in shown.globalConfig
	};
}
function statusOf$1(test, skippedBy, dump) {
	if (skippedBy) return {
		status: "skipped",
		reason: skippedBy,
		skipKind: "marker"
	};
	if (test.mode === "todo") return {
		status: "todo",
		reason: "todo",
		skipKind: "marker"
	};
	if (test.mode === "only") return {
		status: "focused",
		reason: "only",
		skipKind: "focus"
	};
	if (dump.hasFocusedTests) return {
		status: "skipped",
		reason: "not run: a focused test (.only) in the file excludes it",
		skipKind: "focus"
	};
	if (test.failing) return {
		status: "xfail",
		reason: "failing",
		skipKind: "marker"
	};
	return { status: "active" };
}
function testsFromDump(path, dump) {
	const ids = new IdAllocator();
	const out = [];
	const walk = (nodes, suite, skippedBy) => {
		for (const node of nodes) {
			if (node.type === "describe") {
				walk(node.children, [...suite, node.name], skippedBy ?? (node.mode === "skip" ? `describe '${node.name}' skipped` : void 0));
				continue;
			}
			const own = node.mode === "skip" ? "skip" : void 0;
			const { status, reason, skipKind } = statusOf$1(node, skippedBy ?? own, dump);
			out.push({
				id: ids.allocate(testId(path, suite, node.name)),
				path,
				line: Math.max(1, node.line),
				name: node.name,
				suite,
				status,
				...reason ? {
					reason: `jest: ${reason}`,
					skipKind
				} : {},
				body: ""
			});
		}
	};
	walk(dump.tests, [], dump.rootMode === "skip" ? "the file is skipped" : void 0);
	return out;
}
async function collectWithJest(dir, options) {
	const timeoutMs = options.timeoutMs ?? 9e5;
	const work = mkdtempSync(join(tmpdir(), "skip-set-jest-"));
	try {
		const runner = join(work, RUNNER_MODULE);
		writeFileSync(runner, runnerSource());
		const noop = join(work, "noop.cjs");
		writeFileSync(noop, "module.exports = async () => {};\n");
		const out = join(work, "trees");
		mkdirSync(out);
		const results = join(work, "results.json");
		const { version, byProject, collectsTests } = await circusRunners(dir, options, timeoutMs);
		const first = Object.values(byProject)[0];
		const env = {
			SKIP_SET_JEST_OUT: out,
			SKIP_SET_JEST_CIRCUS: JSON.stringify({
				default: first,
				byProject
			})
		};
		const r = await options.sandbox.run({
			argv: [
				options.bin,
				"--ci",
				...collectsTests && options.collectTests !== false ? ["--collectTests"] : [],
				`--testRunner=${runner}`,
				`--testNamePattern=${NOTHING}`,
				"--json",
				`--outputFile=${results}`,
				"--passWithNoTests",
				`--globalSetup=${noop}`,
				`--globalTeardown=${noop}`,
				"--silent",
				"--reporters=default",
				"--watchman=false",
				"--coverage=false",
				"--forceExit",
				"--maxWorkers=100%"
			],
			cwd: dir,
			env,
			timeoutMs,
			writable: [work],
			readOnly: options.readOnly ?? []
		});
		if (!existsSync(results)) {
			if (r.timedOut) throw new Error(`jest did not finish collecting within ${Math.round(timeoutMs / 1e3)} s.`);
			throw new Error(`jest produced no results (exit ${r.exitCode}): ${tail(stripVTControlCharacters(`${r.stdout}\n${r.stderr}`), 800)}`);
		}
		const parsed = JSON.parse(readFileSync(results, "utf8"));
		const root = realpathSync(dir);
		const collection = emptyCollection();
		const files = /* @__PURE__ */ new Set();
		for (const file of parsed.testResults) {
			const path = checkoutPath(root, file.name);
			files.add(path);
			collection.files += 1;
			const treeFile = join(out, `${createHash("sha1").update(file.name).digest("hex")}.json`);
			const dump = existsSync(treeFile) ? JSON.parse(readFileSync(treeFile, "utf8")) : void 0;
			const failure = file.status === "failed" ? stripVTControlCharacters(file.message).trim() : "";
			if (failure || !dump || dump.unhandledErrors.length > 0) {
				const why = failure || dump?.unhandledErrors.join("\n") || "jest ran the file without listing its tests";
				collection.errors.push({
					path,
					message: `jest could not collect ${path}: ${tail(why, 800)}`
				});
				continue;
			}
			for (const t of testsFromDump(path, dump)) collection.tests.set(t.id, t);
		}
		return {
			collection,
			files,
			version
		};
	} finally {
		rmSync(work, {
			recursive: true,
			force: true
		});
	}
}
// packages/skip-set/lib/runner/js-runner.js
const JEST_CONFIGS = [
	"jest.config.js",
	"jest.config.ts",
	"jest.config.mjs",
	"jest.config.cjs",
	"jest.config.json"
];
function configuresJest(checkout) {
	if (JEST_CONFIGS.some((f) => existsSync(join(checkout, f)))) return true;
	try {
		return JSON.parse(readFileSync(join(checkout, "package.json"), "utf8")).jest !== void 0;
	} catch {
		return false;
	}
}
function jsRunnerFor(checkout, nodeModulesFrom, frameworks) {
	const installed = (tool) => existsSync(join(nodeModulesFrom, "node_modules", ".bin", tool));
	return (frameworks.includes("auto") ? configuresJest(checkout) ? ["jest", "vitest"] : ["vitest", "jest"] : frameworks.filter((f) => f === "vitest" || f === "jest")).find(installed);
}
function borrowNodeModules(dir, nodeModulesFrom) {
	if (!existsSync(join(dir, "node_modules"))) symlinkSync(resolve(nodeModulesFrom, "node_modules"), join(dir, "node_modules"), "dir");
}
// packages/skip-set/lib/runner/vitest-runner.js
const SCRIPT = "skip_set_vitest_collect.mjs";
function scriptSource() {
	return readFileSync(new URL("./skip_set_vitest_collect.mjs", import.meta.url), "utf8");
}
function statusOf(test, fileHasFocus) {
	if (test.mode === "todo") return {
		status: "todo",
		reason: "vitest: todo",
		skipKind: "marker"
	};
	if (test.mode === "skip") return fileHasFocus ? {
		status: "skipped",
		reason: "vitest: not run (a focused test in the file, or its own skip)",
		skipKind: "focus"
	} : {
		status: "skipped",
		reason: "vitest: skip (skipIf/runIf conditions evaluated)",
		skipKind: "marker"
	};
	if (test.focused) return {
		status: "focused",
		reason: "vitest: only",
		skipKind: "focus"
	};
	if (test.fails) return {
		status: "xfail",
		reason: "vitest: fails",
		skipKind: "marker"
	};
	return { status: "active" };
}
async function collectWithVitest(dir, options) {
	const timeoutMs = options.timeoutMs ?? 9e5;
	let entry;
	try {
		entry = createRequire(join(dir, "package.json")).resolve("vitest/node");
	} catch {
		throw new Error(`vitest's Node API (vitest/node) cannot be resolved from ${dir}.`);
	}
	const work = mkdtempSync(join(tmpdir(), "skip-set-vitest-"));
	try {
		const script = join(work, SCRIPT);
		writeFileSync(script, scriptSource());
		const out = join(work, "listing.json");
		const r = await options.sandbox.run({
			argv: [
				process.execPath,
				script,
				entry,
				out
			],
			cwd: dir,
			timeoutMs,
			writable: [work],
			readOnly: [process.execPath, ...options.readOnly ?? []]
		});
		if (!existsSync(out)) {
			if (r.timedOut) throw new Error(`vitest did not finish collecting within ${Math.round(timeoutMs / 1e3)} s.`);
			throw new Error(`vitest collection produced no listing (exit ${r.exitCode}): ${tail(`${r.stdout}\n${r.stderr}`, 800)}`);
		}
		const listing = JSON.parse(readFileSync(out, "utf8"));
		const root = realpathSync(dir);
		const collection = emptyCollection();
		const files = /* @__PURE__ */ new Set();
		for (const file of listing.files) {
			const path = checkoutPath(root, file.path);
			files.add(path);
			collection.files += 1;
			const errors = [...file.errors, ...file.tests.flatMap((t) => t.errors)];
			if (errors.length > 0) {
				collection.errors.push({
					path,
					message: `vitest could not collect ${path}: ${tail(errors.join("\n"), 800)}`
				});
				continue;
			}
			const ids = new IdAllocator();
			const hasFocus = file.tests.some((t) => t.focused);
			for (const t of file.tests) {
				const { status, reason, skipKind } = statusOf(t, hasFocus);
				const test = {
					id: ids.allocate(testId(path, t.suite, t.name)),
					path,
					line: Math.max(1, t.line),
					name: t.name,
					suite: t.suite,
					status,
					...reason ? {
						reason,
						skipKind
					} : {},
					body: ""
				};
				collection.tests.set(test.id, test);
			}
		}
		for (const e of listing.unhandledErrors) collection.errors.push({
			path: ".",
			message: `vitest reported an error while collecting: ${tail(e, 800)}`
		});
		return {
			collection,
			files,
			version: listing.version
		};
	} finally {
		rmSync(work, {
			recursive: true,
			force: true
		});
	}
}
// packages/skip-set/lib/runner/pytest-runner.js
const PLUGIN_MODULE = "skip_set_pytest_plugin";
function pluginSource() {
	return readFileSync(new URL("./skip_set_pytest_plugin.py", import.meta.url), "utf8");
}
function testFromNodeId(nodeid, path, line, status, reason) {
	const parts = nodeid.split("::");
	const name = parts[parts.length - 1] ?? nodeid;
	return {
		id: nodeid,
		path: parts[0] ?? path,
		line: Math.max(1, line),
		name,
		suite: parts.slice(1, -1),
		status,
		...status !== "active" ? {
			reason,
			skipKind: "marker"
		} : {},
		body: ""
	};
}
async function collectWithPytest(dir, options) {
	const python = options.python ?? "python3";
	const work = mkdtempSync(join(tmpdir(), "skip-set-pytest-"));
	try {
		writeFileSync(join(work, `${PLUGIN_MODULE}.py`), pluginSource());
		const reportPath = join(work, "report.json");
		const result = await options.sandbox.run({
			argv: [
				python,
				"-m",
				"pytest",
				"--collect-only",
				"-q",
				"-p",
				PLUGIN_MODULE,
				"-p",
				"no:cacheprovider",
				"--continue-on-collection-errors",
				"--rootdir",
				dir,
				...options.paths ?? []
			],
			cwd: dir,
			env: {
				PYTHONPATH: work,
				SKIP_SET_REPORT: reportPath,
				PYTHONDONTWRITEBYTECODE: "1"
			},
			writable: [work],
			timeoutMs: options.timeoutMs ?? 9e5
		});
		let report;
		try {
			report = JSON.parse(readFileSync(reportPath, "utf8"));
		} catch {
			if (result.timedOut) throw new Error(`pytest collection did not finish within ${Math.round((options.timeoutMs ?? 9e5) / 1e3)} s.`);
			if (/No module named pytest/.test(result.stderr)) throw new ConfigurationError(`pytest is not installed for '${python}'.`, {
				field: "tests.collector",
				fix: `install pytest and the project's test dependencies for ${python} before the guard runs, or use collector 'static'.`
			});
			throw new Error(`pytest collection produced no report (exit ${result.exitCode}): ${tail(`${result.stdout}\n${result.stderr}`)}`);
		}
		const collection = emptyCollection();
		collection.skippedFiles = /* @__PURE__ */ new Map();
		const files = /* @__PURE__ */ new Set();
		for (const item of [...report.items, ...report.deselected]) {
			files.add(item.path);
			if (item.status === "error") {
				collection.errors.push({
					path: item.path,
					line: item.line,
					message: `${item.nodeid}: ${item.reason}`
				});
				continue;
			}
			collection.tests.set(item.nodeid, testFromNodeId(item.nodeid, item.path, item.line, item.status, item.reason));
		}
		for (const s of report.skipped_collectors) collection.skippedFiles.set(s.nodeid.split("::")[0], s.reason);
		for (const e of report.errors) collection.errors.push({
			path: e.nodeid.split("::")[0] || ".",
			message: `pytest could not collect ${e.nodeid || "the session"}: ${tail(e.message, 800)}`
		});
		collection.files = files.size;
		return collection;
	} finally {
		rmSync(work, {
			recursive: true,
			force: true
		});
	}
}
async function hasPytest(python = "python3") {
	return commandWorks([
		python,
		"-c",
		"import pytest"
	], 6e4);
}
// packages/skip-set/lib/runner/runner-collection.js
function onlyPaths(collection, keep) {
	const out = emptyCollection();
	out.files = collection.files;
	for (const [id, t] of collection.tests) if (keep(t.path)) out.tests.set(id, t);
	out.errors = collection.errors.filter((e) => keep(e.path));
	if (collection.skippedFiles) out.skippedFiles = collection.skippedFiles;
	return out;
}
function merge(a, b) {
	const out = emptyCollection();
	out.files = a.files + b.files;
	for (const c of [a, b]) for (const [id, t] of c.tests) out.tests.set(id, t);
	out.errors = [...a.errors, ...b.errors];
	out.skippedFiles = new Map([...a.skippedFiles ?? [], ...b.skippedFiles ?? []]);
	return out;
}
const availability = /* @__PURE__ */ new Map();
function available(tool, check) {
	let known = availability.get(tool);
	if (!known) {
		known = check();
		availability.set(tool, known);
	}
	return known;
}
async function collectWithRunners(options, rev, patterns, label) {
	const files = await listFilesAt(options.repo, rev);
	const has = (l) => patterns.languages.has(l) && files.some((f) => testLanguageOf(f, patterns) === l);
	const settings = options.runner ?? {};
	const covered = /* @__PURE__ */ new Set();
	const coveredFiles = /* @__PURE__ */ new Set();
	const notes = [];
	const nodeModulesFrom = settings.nodeModulesFrom ?? options.repo;
	const borrowed = resolve(nodeModulesFrom, "node_modules");
	return withWorktree(options.repo, rev, async (dir) => {
		const sandbox = await openSandbox({
			settings: options.policy.runner.sandbox,
			policyPath: options.policyPath ?? ".github/agent-guards.yml",
			workdir: dir,
			readOnlyWorkdir: true,
			logger: options.logger
		});
		try {
			return await collectIn(dir, sandbox);
		} finally {
			await sandbox.close();
		}
	});
	async function collectIn(dir, sandbox) {
		let collection = emptyCollection();
		if (has("python")) {
			if (!await available(`python:${settings.python ?? "python3"}`, () => hasPytest(settings.python))) notes.push({
				rule: "runner-unavailable",
				severity: "warning",
				message: `pytest is not importable by ${settings.python ?? "python3"}: Python tests at ${label} were collected statically.`
			});
			else {
				options.logger.info(`skip-set: pytest --collect-only at ${label} (${rev.slice(0, 12)})`);
				collection = merge(collection, await collectWithPytest(dir, {
					sandbox,
					...settings.python ? { python: settings.python } : {},
					...settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}
				}));
				covered.add("python");
			}
		}
		if (has("go")) {
			if (!await available(`go:${settings.go ?? "go"}`, () => hasGo(settings.go))) notes.push({
				rule: "runner-unavailable",
				severity: "notice",
				message: `go is not installed: Go tests at ${label} were collected statically.`
			});
			else {
				options.logger.info(`skip-set: go test -list at ${label}`);
				collection = merge(collection, await collectWithGo(dir, {
					sandbox,
					...settings.go ? { go: settings.go } : {},
					...settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}
				}));
				covered.add("go");
			}
		}
		const tool = has("javascript") ? jsRunnerFor(dir, nodeModulesFrom, options.policy.tests.frameworks) : void 0;
		if (tool) {
			const timeout = settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {};
			try {
				borrowNodeModules(dir, nodeModulesFrom);
				const js = {
					sandbox,
					readOnly: [borrowed],
					...timeout
				};
				const framework = tool === "jest" ? await collectWithJest(dir, {
					bin: join(dir, "node_modules", ".bin", "jest"),
					...js
				}) : await collectWithVitest(dir, js);
				options.logger.info(`skip-set: ${tool} ${framework.version} collected ${framework.files.size} test file(s) at ${label}`);
				collection = merge(collection, framework.collection);
				for (const f of framework.files) coveredFiles.add(f);
			} catch (e) {
				const message = e instanceof Error ? e.message : String(e);
				notes.push(e instanceof JestUnsupportedError ? {
					rule: "runner-unavailable",
					severity: "warning",
					message: `${message} JavaScript tests at ${label} were collected statically.`
				} : {
					rule: "collection-error",
					severity: "error",
					message: `${tool} could not list the tests at ${label}: ${message}`
				});
			}
		}
		return {
			collection,
			covered,
			coveredFiles,
			notes
		};
	}
}
function alignWithStatic(runner, staticCol, paths) {
	const byLine = /* @__PURE__ */ new Map();
	for (const t of staticCol.tests.values()) {
		if (!paths.has(t.path)) continue;
		const key = `${t.path}:${t.line}`;
		byLine.set(key, [...byLine.get(key) ?? [], t]);
	}
	const aligned = /* @__PURE__ */ new Map();
	for (const [id, t] of runner.tests) {
		const declared = paths.has(t.path) && !staticCol.tests.has(id) ? byLine.get(`${t.path}:${t.line}`) : void 0;
		if (declared?.length !== 1) {
			aligned.set(id, t);
			continue;
		}
		const next = {
			...t,
			id: `${declared[0].id}[${id.slice(t.path.length + 2)}]`
		};
		aligned.set(next.id, next);
	}
	runner.tests = aligned;
}
function borrowBodies(runner, staticCol) {
	for (const t of runner.tests.values()) {
		if (t.body) continue;
		const source = staticCol.tests.get(t.id) ?? staticCol.tests.get(functionId(t.id));
		if (source) t.body = source.body;
	}
}
export { alignWithStatic, borrowBodies, collectWithRunners, merge, onlyPaths };
