export const id = 928;
export const ids = [928];
export const modules = {

/***/ 30928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BODY_LIMIT: () => (/* reexport */ BODY_LIMIT),
  BODY_TRUNCATION_NOTICE: () => (/* reexport */ BODY_TRUNCATION_NOTICE),
  DEFAULT_RETRIES: () => (/* reexport */ DEFAULT_RETRIES),
  GuardedOctokit: () => (/* reexport */ GuardedOctokit),
  PULL_REQUEST_COMMITS_CAP: () => (/* reexport */ PULL_REQUEST_COMMITS_CAP),
  PULL_REQUEST_FILES_CAP: () => (/* reexport */ PULL_REQUEST_FILES_CAP),
  TruncatedListError: () => (/* reexport */ TruncatedListError),
  capBody: () => (/* reexport */ capBody),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  createOctokit: () => (/* reexport */ createOctokit),
  createOnce: () => (/* reexport */ createOnce),
  describeGitHubError: () => (/* reexport */ describeGitHubError),
  formatRepoRef: () => (/* reexport */ repo_ref/* formatRepoRef */.N),
  githubMessageOf: () => (/* reexport */ githubMessageOf),
  hasValidationCode: () => (/* reexport */ hasValidationCode),
  hiddenMarker: () => (/* reexport */ hiddenMarker),
  isGitHubRequestError: () => (/* reexport */ isGitHubRequestError),
  isTransientError: () => (/* reexport */ isTransientError),
  markedBody: () => (/* reexport */ markedBody),
  parseRepoRef: () => (/* reexport */ repo_ref/* parseRepoRef */.P),
  statusOf: () => (/* reexport */ statusOf)
});

// EXTERNAL MODULE: ./packages/github/lib/repo-ref.js
var repo_ref = __webpack_require__(1665);
;// CONCATENATED MODULE: ./packages/github/lib/errors.js
/**
 * GitHub lists at most 250 commits and 3000 files of a pull request. A guard
 * that read a cut list would judge a part of the change, so it fails closed.
 */
class TruncatedListError extends Error {
    list;
    cap;
    listed;
    total;
    constructor(list, cap, listed, 
    /** What the pull request says it has, when known. */
    total, pullNumber) {
        super(`GitHub lists at most ${cap} ${list} of a pull request; #${pullNumber} ` +
            `${total !== undefined ? `has ${total}` : `listed ${listed}`}, so the list may be incomplete. ` +
            `Read the ${list} from git between the base and head SHAs instead.`);
        this.list = list;
        this.cap = cap;
        this.listed = listed;
        this.total = total;
        this.name = 'TruncatedListError';
    }
}
function isGitHubRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
function statusOf(error) {
    return isGitHubRequestError(error) ? error.status : undefined;
}
/** GitHub's own `message` from an error response body. */
function githubMessageOf(error) {
    if (!isGitHubRequestError(error))
        return undefined;
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    return undefined;
}
/** True when a request may not have reached GitHub or may have half-happened: 5xx or a transport failure. */
function isTransientError(error) {
    const status = statusOf(error);
    return status !== undefined && status >= 500;
}
/** A 422 whose validation errors include one with this code (e.g. `already_exists`). */
function hasValidationCode(error, code) {
    if (statusOf(error) !== 422 || !isGitHubRequestError(error))
        return false;
    const errors = error.response?.data?.errors;
    return Array.isArray(errors) && errors.some((e) => typeof e === 'object' && e !== null && e.code === code);
}
/** One line for a log or a report: status, GitHub's message and what was being done. */
function describeGitHubError(error, doing) {
    const status = statusOf(error);
    const message = githubMessageOf(error) ?? (error instanceof Error ? error.message : String(error));
    if (status === 403 || status === 401) {
        return `GitHub refused ${doing} (${status}: ${message}). The token lacks a permission this needs.`;
    }
    return `GitHub failed ${doing}${status !== undefined ? ` (${status})` : ''}: ${message}`;
}
//# sourceMappingURL=errors.js.map
// EXTERNAL MODULE: ./packages/action-kit/lib/index.js + 10 modules
var lib = __webpack_require__(96768);
;// CONCATENATED MODULE: ./packages/github/lib/bodies.js

/** GitHub rejects issue, pull request and comment bodies longer than this many characters. */
const BODY_LIMIT = lib/* LIMITS */.b1.commentChars;
const BODY_TRUNCATION_NOTICE = "\n\n_…truncated: this text exceeded GitHub's 65,536-character limit._\n";
/**
 * The hidden HTML comment that identifies what we wrote, so a re-run finds and
 * updates it instead of posting again. A marker already written as an HTML
 * comment is used as it is.
 */
function hiddenMarker(marker) {
    const trimmed = marker.trim();
    if (/^<!--[\s\S]*-->$/.test(trimmed))
        return trimmed;
    if (trimmed.length === 0 || trimmed.includes('--') || /[<>\r\n]/.test(trimmed)) {
        throw new Error(`a marker must be a short single-line id without '--', '<' or '>', got ${JSON.stringify(marker)}`);
    }
    return `<!-- agent-guards:${trimmed} -->`;
}
/** The marker first (so a cut never loses it), then the text, within GitHub's limit. */
function markedBody(marker, body) {
    return capBody(`${marker}\n${body}`);
}
/** Cuts text to GitHub's body limit with a visible notice, never splitting a surrogate pair. */
function capBody(text, limit = BODY_LIMIT) {
    if (text.length <= limit)
        return text;
    let cut = limit - BODY_TRUNCATION_NOTICE.length;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return text.slice(0, cut) + BODY_TRUNCATION_NOTICE;
}
//# sourceMappingURL=bodies.js.map
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var bottleneck_lib = __webpack_require__(62203);
;// CONCATENATED MODULE: ./packages/github/lib/octokit.js






/** Octokit with retries on 5xx, rate-limit handling, pagination and the REST methods. */
const GuardedOctokit = dist_src/* Octokit */.E.plugin(plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* paginateRest */.ud, plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._);
const DEFAULT_RETRIES = 3;
function createOctokit(options) {
    const { logger } = options;
    const retries = options.retries ?? DEFAULT_RETRIES;
    const timing = options.timing ?? {};
    const writeSpacingMs = timing.writeSpacingMs ?? 1000;
    const maxWait = timing.maxRateLimitWaitSeconds ?? 900;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const where = `${request.method} ${request.url}`;
        if (retryCount >= retries) {
            logger.warning(`GitHub ${kind} on ${where}: giving up after ${retryCount} retries.`);
            return false;
        }
        if (retryAfter > maxWait) {
            logger.warning(`GitHub ${kind} on ${where}: the wait of ${retryAfter} s is longer than ${maxWait} s, giving up.`);
            return false;
        }
        logger.warning(`GitHub ${kind} on ${where}: retrying after ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
        return true;
    };
    return new GuardedOctokit({
        auth: options.token,
        baseUrl: options.baseUrl?.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'agent-guards',
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.warning(m),
            error: (m) => logger.error(m),
        },
        // 429 is left to the throttling plugin, which waits for retry-after; the retry plugin would not.
        retry: { retries, retryAfterBaseValue: timing.retryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: timing.rateLimitSecondMs ?? 1000,
            // Our own groups, so the spacing is ours to set and not shared with other clients in the process.
            write: new bottleneck_lib.Group({ maxConcurrent: 1, minTime: writeSpacingMs }),
            notifications: new bottleneck_lib.Group({ maxConcurrent: 1, minTime: writeSpacingMs * 3 }),
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    });
}
//# sourceMappingURL=octokit.js.map
;// CONCATENATED MODULE: ./packages/github/lib/api.js
/** Request option that turns off automatic retries, for POSTs that must not be repeated blindly. */
const NO_RETRY = { retries: 0 };
const PER_PAGE = 100;
//# sourceMappingURL=api.js.map
;// CONCATENATED MODULE: ./packages/github/lib/branch-rules.js


/** The active ruleset rules that apply to one branch (GitHub resolves patterns and ~DEFAULT_BRANCH). */
async function getBranchRules(api, repo, branch) {
    const rules = await api.octokit.paginate(api.octokit.rest.repos.getBranchRules, { ...repo, branch, per_page: PER_PAGE });
    return rules.map((r) => r);
}
/** Rulesets of the repository and those it inherits from its organization. */
async function listRulesets(api, repo) {
    const rulesets = await api.octokit.paginate(api.octokit.rest.repos.getRepoRulesets, { ...repo, includes_parents: true, per_page: PER_PAGE });
    return rulesets.map((r) => r);
}
async function getRuleset(api, repo, id) {
    const { data } = await api.octokit.rest.repos.getRepoRuleset({ ...repo, ruleset_id: id, includes_parents: true });
    return data;
}
// The only 404 answers that mean "no classic protection"; any other 404 may hide a token that cannot see it.
const UNPROTECTED_MESSAGES = new Set(['Branch not protected', 'Branch not found']);
/** Classic protection of a branch, or undefined when it has none. Any other failure throws. */
async function getBranchProtection(api, repo, branch) {
    try {
        const { data } = await api.octokit.rest.repos.getBranchProtection({ ...repo, branch });
        return data;
    }
    catch (error) {
        if (statusOf(error) === 404 && UNPROTECTED_MESSAGES.has(githubMessageOf(error) ?? ''))
            return undefined;
        throw error;
    }
}
//# sourceMappingURL=branch-rules.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./packages/github/lib/create-once.js


/**
 * Creates something at most once. A POST whose answer was lost (a 5xx or a
 * dropped connection) may still have taken effect, so it is never re-sent
 * blindly: we look for its result first and send again only when it is absent.
 */
async function createOnce(options) {
    for (let attempt = 0;; attempt += 1) {
        try {
            return await options.create();
        }
        catch (error) {
            if (!isTransientError(error) || attempt >= options.retries)
                throw error;
            options.logger.warning(`${describeGitHubError(error, `creating ${options.what}`)}; checking whether it was created before trying again.`);
            await (0,promises_.setTimeout)(options.backoffMs * (attempt + 1) ** 2);
            const existing = await options.find();
            if (existing !== undefined)
                return existing;
        }
    }
}
//# sourceMappingURL=create-once.js.map
;// CONCATENATED MODULE: ./packages/github/lib/comments.js




/** The first comment on the issue or pull request that starts with the hidden marker, across all pages. */
async function findMarkedComment(api, repo, issueNumber, hidden) {
    const comments = await api.octokit.paginate(api.octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: PER_PAGE });
    // Starts-with, not contains: a reply quoting our comment carries the marker too, after a `>`.
    const marked = comments.filter((c) => (c.body ?? '').startsWith(hidden));
    if (marked.length > 1)
        api.logger.warning(`#${issueNumber} has ${marked.length} comments marked ${hidden}; updating the oldest.`);
    const first = marked[0];
    return first ? { id: first.id, body: first.body ?? '' } : undefined;
}
async function createComment(api, repo, issueNumber, hidden, text) {
    const comment = await createOnce({
        what: `a comment on #${issueNumber}`,
        find: () => findMarkedComment(api, repo, issueNumber, hidden),
        create: async () => {
            const { data } = await api.octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text, request: NO_RETRY });
            return { id: data.id, body: data.body ?? '' };
        },
        retries: api.retries,
        backoffMs: api.retryBaseMs,
        logger: api.logger,
    });
    return comment.id;
}
/** One comment per marker: a re-run edits it in place, never posts a second. */
async function upsertStickyComment(api, repo, issueNumber, marker, body) {
    const hidden = hiddenMarker(marker);
    const text = markedBody(hidden, body);
    const existing = await findMarkedComment(api, repo, issueNumber, hidden);
    if (existing) {
        if (existing.body !== text)
            await api.octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: text });
        return { id: existing.id, created: false };
    }
    return { id: await createComment(api, repo, issueNumber, hidden, text), created: true };
}
/**
 * Posts a comment. With a marker it is posted once: if a comment with that
 * marker exists it is left as it is. Without one, a fresh marker still keeps a
 * retried request from posting twice.
 */
async function commentOnIssue(api, repo, issueNumber, body, marker) {
    const hidden = hiddenMarker(marker ?? `comment:${(0,external_node_crypto_.randomUUID)()}`);
    if (marker !== undefined) {
        const existing = await findMarkedComment(api, repo, issueNumber, hidden);
        if (existing)
            return { id: existing.id, created: false };
    }
    return { id: await createComment(api, repo, issueNumber, hidden, markedBody(hidden, body)), created: true };
}
//# sourceMappingURL=comments.js.map
;// CONCATENATED MODULE: ./packages/github/lib/labels.js

const NEW_LABEL_COLOR = 'ededed';
/** Creates the labels the repository lacks. A label created meanwhile (422 already_exists) is fine. */
async function ensureLabels(api, repo, labels) {
    for (const name of unique(labels)) {
        try {
            await api.octokit.rest.issues.getLabel({ ...repo, name });
            continue;
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
        }
        try {
            await api.octokit.rest.issues.createLabel({ ...repo, name, color: NEW_LABEL_COLOR });
            api.logger.info(`Created label '${name}' in ${repo.owner}/${repo.repo}.`);
        }
        catch (error) {
            if (!hasValidationCode(error, 'already_exists'))
                throw error;
        }
    }
}
async function addLabels(api, repo, issueNumber, labels) {
    const names = unique(labels);
    if (names.length === 0)
        return;
    await ensureLabels(api, repo, names);
    // Adding labels is a set union, so a retried request changes nothing more.
    await api.octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: names });
}
/** Removing a label the issue does not carry is not an error. */
async function removeLabel(api, repo, issueNumber, label) {
    try {
        await api.octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
}
function unique(labels) {
    const seen = new Set();
    return labels.filter((l) => {
        const key = l.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
//# sourceMappingURL=labels.js.map
;// CONCATENATED MODULE: ./packages/github/lib/issues.js




/** The open issue (not pull request) carrying the first label whose body starts with the marker. */
async function findMarkedIssue(api, repo, hidden, labels) {
    const issues = await api.octokit.paginate(api.octokit.rest.issues.listForRepo, {
        ...repo,
        state: 'open',
        ...(labels[0] !== undefined ? { labels: labels[0] } : {}),
        per_page: PER_PAGE,
    });
    const found = issues.filter((i) => !i.pull_request && (i.body ?? '').startsWith(hidden)).sort((a, b) => a.number - b.number)[0];
    if (!found)
        return undefined;
    return {
        number: found.number,
        title: found.title,
        body: found.body ?? '',
        labels: found.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
    };
}
/** One open issue per marker: updated when it exists, opened (at most once) when it does not. */
async function upsertIssue(api, repo, issue) {
    const hidden = hiddenMarker(issue.marker);
    const body = markedBody(hidden, issue.body);
    const existing = await findMarkedIssue(api, repo, hidden, issue.labels);
    if (existing) {
        if (existing.title !== issue.title || existing.body !== body) {
            await api.octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: issue.title, body });
        }
        const carried = new Set(existing.labels.map((l) => l.toLowerCase()));
        const missing = issue.labels.filter((l) => !carried.has(l.toLowerCase()));
        if (missing.length > 0)
            await addLabels(api, repo, existing.number, missing);
        return { number: existing.number, created: false };
    }
    await ensureLabels(api, repo, issue.labels);
    const created = await createOnce({
        what: `the issue '${issue.title}'`,
        find: () => findMarkedIssue(api, repo, hidden, issue.labels),
        create: async () => {
            const { data } = await api.octokit.rest.issues.create({ ...repo, title: issue.title, body, labels: issue.labels, request: NO_RETRY });
            return { number: data.number, title: data.title, body: data.body ?? '', labels: issue.labels };
        },
        retries: api.retries,
        backoffMs: api.retryBaseMs,
        logger: api.logger,
    });
    return { number: created.number, created: true };
}
//# sourceMappingURL=issues.js.map
;// CONCATENATED MODULE: ./packages/github/lib/pull-requests.js




/** GitHub's caps on the lists of a pull request's commits and files. */
const PULL_REQUEST_COMMITS_CAP = 250;
const PULL_REQUEST_FILES_CAP = 3000;
/** Fetched fresh: the event payload is stale on re-runs (an edited body, new commits). */
async function getPullRequest(api, repo, number) {
    const { data } = await api.octokit.rest.pulls.get({ ...repo, pull_number: number });
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: data.merged,
        draft: data.draft ?? false,
        html_url: data.html_url,
        head: { sha: data.head.sha, ref: data.head.ref },
        base: { sha: data.base.sha, ref: data.base.ref },
        user: { login: data.user.login },
        labels: data.labels.map((l) => l.name),
        commits: data.commits,
        changed_files: data.changed_files,
    };
}
async function listPullRequestCommits(api, repo, number) {
    const commits = await api.octokit.paginate(api.octokit.rest.pulls.listCommits, { ...repo, pull_number: number, per_page: PER_PAGE });
    const list = commits.map((c) => ({ sha: c.sha, message: c.commit.message }));
    await assertComplete(api, repo, number, 'commits', list.length);
    return list;
}
/** Every path the pull request touches; a rename or copy contributes both its paths. */
async function listPullRequestFiles(api, repo, number) {
    let files;
    try {
        files = await api.octokit.paginate(api.octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: PER_PAGE });
    }
    catch (error) {
        // GitHub answers 422 when the diff is too large to list ("taking too long to generate").
        if (statusOf(error) === 422)
            throw new TruncatedListError('files', PULL_REQUEST_FILES_CAP, PULL_REQUEST_FILES_CAP, undefined, number);
        throw error;
    }
    await assertComplete(api, repo, number, 'files', files.length);
    const paths = new Set();
    for (const f of files) {
        paths.add(f.filename);
        if (f.previous_filename)
            paths.add(f.previous_filename);
    }
    return [...paths];
}
/** At the cap the list may have been cut: only the pull request's own count can say it was not. */
async function assertComplete(api, repo, number, list, listed) {
    const cap = list === 'commits' ? PULL_REQUEST_COMMITS_CAP : PULL_REQUEST_FILES_CAP;
    if (listed < cap)
        return;
    const pr = await getPullRequest(api, repo, number);
    const total = list === 'commits' ? pr.commits : pr.changed_files;
    if (total !== listed)
        throw new TruncatedListError(list, cap, listed, total, number);
}
/** Returns the open pull request for `head` → `base` if there is one, else opens it (at most once). */
async function findOrCreatePullRequest(api, repo, pr) {
    const headFilter = pr.head.includes(':') ? pr.head : `${repo.owner}:${pr.head}`;
    const find = async () => {
        const open = await api.octokit.paginate(api.octokit.rest.pulls.list, { ...repo, state: 'open', head: headFilter, base: pr.base, per_page: PER_PAGE });
        const found = open[0];
        return found ? { number: found.number, html_url: found.html_url } : undefined;
    };
    const existing = await find();
    if (existing)
        return { ...existing, created: false };
    const body = capBody(pr.body);
    try {
        const created = await createOnce({
            what: `a pull request from ${pr.head}`,
            find,
            create: async () => {
                const { data } = await api.octokit.rest.pulls.create({
                    ...repo,
                    head: pr.head,
                    base: pr.base,
                    title: pr.title,
                    body,
                    draft: pr.draft ?? false,
                    request: NO_RETRY,
                });
                return { number: data.number, html_url: data.html_url };
            },
            retries: api.retries,
            backoffMs: api.retryBaseMs,
            logger: api.logger,
        });
        return { ...created, created: true };
    }
    catch (error) {
        // Someone (or a lost earlier attempt) opened it meanwhile.
        if (statusOf(error) === 422 && !hasValidationCode(error, 'missing_field')) {
            const raced = await find();
            if (raced)
                return { ...raced, created: false };
        }
        throw error;
    }
}
//# sourceMappingURL=pull-requests.js.map
;// CONCATENATED MODULE: ./packages/github/lib/client.js






function createGitHubClient(options) {
    const octokit = createOctokit(options);
    const api = {
        octokit,
        logger: options.logger,
        retries: options.retries ?? DEFAULT_RETRIES,
        retryBaseMs: options.timing?.retryBaseMs ?? 1000,
    };
    return {
        octokit,
        getPullRequest: (repo, number) => getPullRequest(api, repo, number),
        listPullRequestCommits: (repo, number) => listPullRequestCommits(api, repo, number),
        listPullRequestFiles: (repo, number) => listPullRequestFiles(api, repo, number),
        upsertStickyComment: (repo, issueNumber, marker, body) => upsertStickyComment(api, repo, issueNumber, marker, body),
        addLabels: (repo, issueNumber, labels) => addLabels(api, repo, issueNumber, labels),
        removeLabel: (repo, issueNumber, label) => removeLabel(api, repo, issueNumber, label),
        upsertIssue: (repo, issue) => upsertIssue(api, repo, issue),
        commentOnIssue: (repo, issueNumber, body, marker) => commentOnIssue(api, repo, issueNumber, body, marker),
        findOrCreatePullRequest: (repo, pr) => findOrCreatePullRequest(api, repo, pr),
        getBranchRules: (repo, branch) => getBranchRules(api, repo, branch),
        getBranchProtection: (repo, branch) => getBranchProtection(api, repo, branch),
        listRulesets: (repo) => listRulesets(api, repo),
        getRuleset: (repo, id) => getRuleset(api, repo, id),
    };
}
//# sourceMappingURL=client.js.map
;// CONCATENATED MODULE: ./packages/github/lib/index.js







//# sourceMappingURL=index.js.map

/***/ })

};
