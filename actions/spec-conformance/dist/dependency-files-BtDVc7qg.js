// packages/dependency-manifests/lib/dependency-files.js
const manifest = (ecosystem, format) => ({
	role: "manifest",
	ecosystem,
	format
});
const lockfile = (ecosystem, format) => ({
	role: "lockfile",
	ecosystem,
	format
});
const settings = (ecosystem, tool) => ({
	role: "settings",
	ecosystem,
	format: "settings",
	tool
});
const unread = (role, ecosystem, tool) => ({
	role,
	ecosystem,
	format: "unread",
	tool
});
const BY_NAME = new Map(Object.entries({
	"package.json": manifest("npm", "package-json"),
	"package-lock.json": lockfile("npm", "npm-lock"),
	"npm-shrinkwrap.json": lockfile("npm", "npm-lock"),
	"yarn.lock": lockfile("npm", "yarn-lock"),
	"pnpm-lock.yaml": lockfile("npm", "pnpm-lock"),
	"bun.lock": lockfile("npm", "bun-lock"),
	"bun.lockb": unread("lockfile", "npm", "Bun's binary lockfile (commit the text bun.lock instead: `bun install --save-text-lockfile`)"),
	".npmrc": settings("npm", "npm configuration (.npmrc)"),
	".yarnrc": settings("npm", "Yarn configuration (.yarnrc)"),
	".yarnrc.yml": settings("npm", "Yarn configuration (.yarnrc.yml)"),
	"pnpm-workspace.yaml": settings("npm", "the pnpm workspace (pnpm-workspace.yaml: catalogs, overrides, patches)"),
	".pnpmfile.cjs": settings("npm", "pnpm hooks (.pnpmfile.cjs)"),
	".pnpmfile.mjs": settings("npm", "pnpm hooks (.pnpmfile.mjs)"),
	"bunfig.toml": settings("npm", "Bun configuration (bunfig.toml)"),
	".nvmrc": settings("npm", "the Node.js version (.nvmrc)"),
	".node-version": settings("npm", "the Node.js version (.node-version)"),
	"deno.json": unread("manifest", "deno", "Deno's deno.json"),
	"deno.jsonc": unread("manifest", "deno", "Deno's deno.jsonc"),
	"deno.lock": unread("lockfile", "deno", "Deno's deno.lock"),
	"import_map.json": unread("manifest", "deno", "an import map (import_map.json)"),
	"bower.json": unread("manifest", "npm", "Bower's bower.json"),
	"pyproject.toml": manifest("pypi", "pyproject"),
	Pipfile: manifest("pypi", "pipfile"),
	"setup.py": manifest("pypi", "setup-py"),
	"setup.cfg": manifest("pypi", "setup-cfg"),
	"poetry.lock": lockfile("pypi", "poetry-lock"),
	"uv.lock": lockfile("pypi", "uv-lock"),
	"pdm.lock": lockfile("pypi", "pdm-lock"),
	"Pipfile.lock": lockfile("pypi", "pipfile-lock"),
	"pylock.toml": lockfile("pypi", "pylock"),
	"pip.conf": settings("pypi", "pip configuration (pip.conf)"),
	"pip.ini": settings("pypi", "pip configuration (pip.ini)"),
	"uv.toml": settings("pypi", "uv configuration (uv.toml)"),
	"poetry.toml": settings("pypi", "Poetry configuration (poetry.toml)"),
	"pdm.toml": settings("pypi", "PDM configuration (pdm.toml)"),
	".pdm.toml": settings("pypi", "PDM configuration (.pdm.toml)"),
	".python-version": settings("pypi", "the Python version (.python-version)"),
	".condarc": settings("conda", "conda configuration (.condarc)"),
	"hatch.toml": unread("manifest", "pypi", "Hatch's environments (hatch.toml)"),
	"tox.ini": unread("manifest", "pypi", "tox's environments (tox.ini: deps)"),
	"noxfile.py": unread("manifest", "pypi", "nox's sessions (noxfile.py: session.install)"),
	"environment.yml": unread("manifest", "conda", "conda's environment.yml"),
	"environment.yaml": unread("manifest", "conda", "conda's environment.yaml"),
	"conda-lock.yml": unread("lockfile", "conda", "conda-lock's conda-lock.yml"),
	"pixi.toml": unread("manifest", "conda", "pixi's pixi.toml"),
	"pixi.lock": unread("lockfile", "conda", "pixi's pixi.lock"),
	"go.mod": manifest("go", "go-mod"),
	"go.sum": lockfile("go", "go-sum"),
	"go.work": settings("go", "the Go workspace (go.work)"),
	"go.work.sum": settings("go", "the Go workspace checksums (go.work.sum)"),
	"Cargo.toml": manifest("cargo", "cargo-toml"),
	"Cargo.lock": lockfile("cargo", "cargo-lock"),
	"rust-toolchain": settings("cargo", "the Rust toolchain (rust-toolchain)"),
	"rust-toolchain.toml": settings("cargo", "the Rust toolchain (rust-toolchain.toml)"),
	".tool-versions": settings("toolchain", "asdf/mise tool versions (.tool-versions)"),
	"mise.toml": settings("toolchain", "mise configuration (mise.toml)"),
	".mise.toml": settings("toolchain", "mise configuration (.mise.toml)"),
	".sdkmanrc": settings("toolchain", "SDKMAN! versions (.sdkmanrc)"),
	".ruby-version": settings("rubygems", "the Ruby version (.ruby-version)"),
	".java-version": settings("toolchain", "the Java version (.java-version)"),
	"global.json": settings("nuget", "the .NET SDK version (global.json)"),
	".bazelversion": settings("bazel", "the Bazel version (.bazelversion)"),
	Gemfile: unread("manifest", "rubygems", "Bundler's Gemfile"),
	"Gemfile.lock": unread("lockfile", "rubygems", "Bundler's Gemfile.lock"),
	"gems.rb": unread("manifest", "rubygems", "Bundler's gems.rb"),
	"gems.locked": unread("lockfile", "rubygems", "Bundler's gems.locked"),
	"pom.xml": unread("manifest", "maven", "Maven's pom.xml"),
	"build.gradle": unread("manifest", "maven", "Gradle's build.gradle"),
	"build.gradle.kts": unread("manifest", "maven", "Gradle's build.gradle.kts"),
	"settings.gradle": unread("manifest", "maven", "Gradle's settings.gradle"),
	"settings.gradle.kts": unread("manifest", "maven", "Gradle's settings.gradle.kts"),
	"gradle.lockfile": unread("lockfile", "maven", "Gradle's gradle.lockfile"),
	"gradle.properties": settings("maven", "Gradle's gradle.properties"),
	"gradle-wrapper.properties": settings("maven", "the Gradle wrapper (gradle-wrapper.properties)"),
	"build.sbt": unread("manifest", "maven", "sbt's build.sbt"),
	"ivy.xml": unread("manifest", "maven", "Ivy's ivy.xml"),
	"deps.edn": unread("manifest", "clojars", "Clojure's deps.edn"),
	"project.clj": unread("manifest", "clojars", "Leiningen's project.clj"),
	"composer.json": unread("manifest", "packagist", "Composer's composer.json"),
	"composer.lock": unread("lockfile", "packagist", "Composer's composer.lock"),
	"packages.config": unread("manifest", "nuget", "NuGet's packages.config"),
	"Directory.Packages.props": unread("manifest", "nuget", "NuGet's central package versions (Directory.Packages.props)"),
	"Directory.Build.props": unread("manifest", "nuget", "MSBuild properties (Directory.Build.props)"),
	"Directory.Build.targets": unread("manifest", "nuget", "MSBuild targets (Directory.Build.targets)"),
	"packages.lock.json": unread("lockfile", "nuget", "NuGet's packages.lock.json"),
	"nuget.config": settings("nuget", "NuGet configuration (nuget.config)"),
	"NuGet.config": settings("nuget", "NuGet configuration (NuGet.config)"),
	"NuGet.Config": settings("nuget", "NuGet configuration (NuGet.Config)"),
	"paket.dependencies": unread("manifest", "nuget", "Paket's paket.dependencies"),
	"paket.lock": unread("lockfile", "nuget", "Paket's paket.lock"),
	"Package.swift": unread("manifest", "swift", "SwiftPM's Package.swift"),
	"Package.resolved": unread("lockfile", "swift", "SwiftPM's Package.resolved"),
	Podfile: unread("manifest", "cocoapods", "CocoaPods' Podfile"),
	"Podfile.lock": unread("lockfile", "cocoapods", "CocoaPods' Podfile.lock"),
	Cartfile: unread("manifest", "carthage", "Carthage's Cartfile"),
	"Cartfile.private": unread("manifest", "carthage", "Carthage's Cartfile.private"),
	"Cartfile.resolved": unread("lockfile", "carthage", "Carthage's Cartfile.resolved"),
	"mix.exs": unread("manifest", "hex", "Mix's mix.exs"),
	"mix.lock": unread("lockfile", "hex", "Mix's mix.lock"),
	"rebar.config": unread("manifest", "hex", "rebar3's rebar.config"),
	"rebar.lock": unread("lockfile", "hex", "rebar3's rebar.lock"),
	"pubspec.yaml": unread("manifest", "pub", "Dart's pubspec.yaml"),
	"pubspec.lock": unread("lockfile", "pub", "Dart's pubspec.lock"),
	"pubspec_overrides.yaml": unread("manifest", "pub", "Dart's pubspec_overrides.yaml"),
	"cabal.project": unread("manifest", "hackage", "Cabal's cabal.project"),
	"cabal.project.freeze": unread("lockfile", "hackage", "Cabal's cabal.project.freeze"),
	"stack.yaml": unread("manifest", "hackage", "Stack's stack.yaml"),
	"stack.yaml.lock": unread("lockfile", "hackage", "Stack's stack.yaml.lock"),
	"Project.toml": unread("manifest", "julia", "Julia's Project.toml"),
	"Manifest.toml": unread("lockfile", "julia", "Julia's Manifest.toml"),
	"JuliaProject.toml": unread("manifest", "julia", "Julia's JuliaProject.toml"),
	"JuliaManifest.toml": unread("lockfile", "julia", "Julia's JuliaManifest.toml"),
	DESCRIPTION: unread("manifest", "cran", "an R package's DESCRIPTION"),
	"renv.lock": unread("lockfile", "cran", "renv's renv.lock"),
	"flake.nix": unread("manifest", "nix", "Nix's flake.nix"),
	"flake.lock": unread("lockfile", "nix", "Nix's flake.lock"),
	"Chart.yaml": unread("manifest", "helm", "Helm's Chart.yaml"),
	"Chart.lock": unread("lockfile", "helm", "Helm's Chart.lock"),
	".terraform.lock.hcl": unread("lockfile", "terraform", "Terraform's provider lock (.terraform.lock.hcl)"),
	"vcpkg.json": unread("manifest", "vcpkg", "vcpkg's vcpkg.json"),
	"vcpkg-configuration.json": settings("vcpkg", "vcpkg's registries (vcpkg-configuration.json)"),
	"conanfile.txt": unread("manifest", "conan", "Conan's conanfile.txt"),
	"conanfile.py": unread("manifest", "conan", "Conan's conanfile.py"),
	"conan.lock": unread("lockfile", "conan", "Conan's conan.lock"),
	"MODULE.bazel": unread("manifest", "bazel", "Bazel's MODULE.bazel"),
	"MODULE.bazel.lock": unread("lockfile", "bazel", "Bazel's MODULE.bazel.lock"),
	WORKSPACE: unread("manifest", "bazel", "Bazel's WORKSPACE"),
	"WORKSPACE.bazel": unread("manifest", "bazel", "Bazel's WORKSPACE.bazel"),
	"WORKSPACE.bzlmod": unread("manifest", "bazel", "Bazel's WORKSPACE.bzlmod"),
	"elm.json": unread("manifest", "elm", "Elm's elm.json"),
	"shard.yml": unread("manifest", "crystal", "Crystal's shard.yml"),
	"shard.lock": unread("lockfile", "crystal", "Crystal's shard.lock"),
	cpanfile: unread("manifest", "cpan", "Perl's cpanfile"),
	"cpanfile.snapshot": unread("lockfile", "cpan", "Carton's cpanfile.snapshot"),
	"build.zig.zon": unread("manifest", "zig", "Zig's build.zig.zon")
}));
const BY_PATTERN = [
	[
		/(?:^|\/)pylock\.[^/]+\.toml$/,
		lockfile("pypi", "pylock"),
		["pylock.dev.toml"]
	],
	[
		/\.gemspec$/,
		unread("manifest", "rubygems", "a gemspec"),
		["x.gemspec"]
	],
	[
		/\.(?:cs|fs|vb)proj$/,
		unread("manifest", "nuget", "an MSBuild project file"),
		["x.csproj"]
	],
	[
		/\.podspec$/,
		unread("manifest", "cocoapods", "a podspec"),
		["x.podspec"]
	],
	[
		/\.cabal$/,
		unread("manifest", "hackage", "a .cabal file"),
		["x.cabal"]
	],
	[
		/\.nimble$/,
		unread("manifest", "nimble", "a .nimble file"),
		["x.nimble"]
	],
	[
		/\.rockspec$/,
		unread("manifest", "luarocks", "a rockspec"),
		["x.rockspec"]
	],
	[
		/\.opam$/,
		unread("manifest", "opam", "an opam file"),
		["x.opam"]
	],
	[
		/\.gradle(?:\.kts)?$/,
		unread("manifest", "maven", "a Gradle script"),
		["x.gradle", "x.gradle.kts"]
	],
	[
		/(?:^|\/)gradle\/[^/]*\.versions\.toml$/,
		unread("manifest", "maven", "a Gradle version catalog"),
		["libs.versions.toml"]
	],
	[
		/(?:^|\/)project\/[^/]*\.sbt$/,
		unread("manifest", "maven", "an sbt build file"),
		["plugins.sbt"]
	],
	[
		/(?:^|\/)\.mvn\/(?:maven\.config|jvm\.config|extensions\.xml|wrapper\/maven-wrapper\.properties)$/,
		settings("maven", "Maven configuration (.mvn/)"),
		[
			"maven.config",
			"extensions.xml",
			"maven-wrapper.properties"
		]
	],
	[
		/(?:^|\/)\.bundle\/config$/,
		settings("rubygems", "Bundler configuration (.bundle/config)"),
		["config"]
	],
	[
		/(?:^|\/)\.cargo\/config(?:\.toml)?$/,
		settings("cargo", "Cargo configuration (.cargo/config.toml)"),
		["config", "config.toml"]
	],
	[
		/(?:^|\/)(?:\.yarn\/)?patches\/[^/]+\.(?:patch|diff)$/,
		settings("npm", "a patch applied to an installed package"),
		["x.patch", "x.diff"]
	]
];
const REQUIREMENTS_NAME = /^[\w.-]*(?:requirements|constraints)(?:[-_.][\w.-]*)?\.(?:txt|in|pip|lock)$/i;
const REQUIREMENTS_DIR = /(?:^|\/)(?:requirements|reqs|constraints)\/(?:[^/]+\/)*[^/]+\.(?:txt|in|pip)$/i;
const extension = (base) => (base.lastIndexOf(".") > 0 ? base.slice(base.lastIndexOf(".")) : base).toLowerCase();
const PATTERNS_BY_EXTENSION = /* @__PURE__ */ new Map();
for (const [re, file, examples] of BY_PATTERN) for (const ext of new Set(examples.map(extension))) PATTERNS_BY_EXTENSION.set(ext, [...PATTERNS_BY_EXTENSION.get(ext) ?? [], [re, file]]);
const REQUIREMENTS_EXTENSIONS = /* @__PURE__ */ new Set([
	".txt",
	".in",
	".pip",
	".lock"
]);
const ending = (name) => name.slice(name.lastIndexOf(".") + 1).toLowerCase();
const ENDINGS = new Set([
	...BY_NAME.keys(),
	...BY_PATTERN.flatMap(([, , examples]) => examples),
	...[...REQUIREMENTS_EXTENSIONS].map((ext) => `x${ext}`)
].map(ending));
function dependencyFileOf(path) {
	if (!ENDINGS.has(path.slice(Math.max(path.lastIndexOf("."), path.lastIndexOf("/")) + 1).toLowerCase())) return void 0;
	const base = path.slice(path.lastIndexOf("/") + 1);
	const known = BY_NAME.get(base);
	if (known) return known;
	const ext = extension(base);
	if (REQUIREMENTS_EXTENSIONS.has(ext) && (REQUIREMENTS_NAME.test(base) || REQUIREMENTS_DIR.test(path))) return manifest("pypi", "requirements");
	for (const [re, file] of PATTERNS_BY_EXTENSION.get(ext) ?? []) if (re.test(path)) return file;
}
export { dependencyFileOf as t };
