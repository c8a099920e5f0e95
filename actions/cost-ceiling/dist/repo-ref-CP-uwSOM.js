import { U as ConfigurationError } from "./lib-BHg9Cuj4.js";
// packages/github/lib/repo-ref.js
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepoRef(text, field = "repo") {
	const trimmed = text.trim();
	const [owner, repo, ...rest] = trimmed.split("/");
	if (owner === void 0 || repo === void 0 || rest.length > 0 || !OWNER.test(owner) || !NAME.test(repo) || repo === "." || repo === "..") throw new ConfigurationError(`'${trimmed}' is not a repository name.`, {
		field,
		fix: "give the repository as OWNER/NAME, for example octo-org/service."
	});
	return {
		owner,
		repo
	};
}
export { parseRepoRef as t };
