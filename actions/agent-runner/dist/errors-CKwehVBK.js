// packages/action-kit/lib/errors.js
var ConfigurationError = class extends Error {
	file;
	field;
	line;
	fix;
	constructor(problem, details = {}) {
		super(formatConfigurationMessage(problem, details));
		this.name = "ConfigurationError";
		this.file = details.file;
		this.field = details.field;
		this.line = details.line;
		this.fix = details.fix;
	}
	/** What a report says of it: one finding (an error in a file with several problems gives one each). */
	reportedProblems() {
		return [{ message: this.message }];
	}
};
function formatConfigurationMessage(problem, d) {
	const where = [d.file ? `${d.file}${d.line ? `:${d.line}` : ""}` : void 0, d.field ? `field '${d.field}'` : void 0].filter(Boolean);
	return `${where.length > 0 ? `${where.join(", ")}: ` : ""}${problem}${d.fix ? ` Fix: ${d.fix}` : ""}`;
}
function isConfigurationError(error) {
	return error instanceof ConfigurationError;
}
/** A readable one-line description of anything thrown. */
function describeError(error) {
	if (error instanceof Error) return error.message;
	return String(error);
}
export { describeError as n, isConfigurationError as r, ConfigurationError as t };
