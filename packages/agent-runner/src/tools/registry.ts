import { KNOWN_TOOLS, type Mode, type ModeTools, type ToolName } from '@agent-guards/config';
import { readDependencyGraphTool } from './dependency-graph.js';
import { deleteFileTool, editFileTool, grepTool, listDirTool, readFileTool, writeFileTool } from './file-tools.js';
import { gitCommitTool, gitDiffTool, gitLogTool, gitPushTool } from './git-tools.js';
import { ghPrCommentTool, ghPrCreateTool } from './github-tools.js';
import { installDevDependencyTool, readTestOutputTool, runLinterTool, runTestsTool } from './process-tools.js';
import { askUserQuestionTool } from './question-tool.js';
import type { ToolSpec } from './tool.js';

/** Every implemented tool, by the manifest's names (KNOWN_TOOLS). */
const IMPLEMENTATIONS: Record<ToolName, ToolSpec> = {
  read_file: readFileTool,
  list_dir: listDirTool,
  grep: grepTool,
  read_dependency_graph: readDependencyGraphTool,
  ask_user_question: askUserQuestionTool,
  run_tests: runTestsTool,
  run_linter: runLinterTool,
  read_test_output: readTestOutputTool,
  edit_file: editFileTool,
  write_file: writeFileTool,
  delete_file: deleteFileTool,
  git_commit: gitCommitTool,
  git_diff: gitDiffTool,
  git_log: gitLogTool,
  git_push_non_protected: gitPushTool,
  gh_pr_create: ghPrCreateTool,
  gh_pr_comment: ghPrCommentTool,
  install_dev_dependency: installDevDependencyTool,
};

/**
 * The tools bound in one mode: exactly the manifest's tools for it, in the
 * fixed KNOWN_TOOLS order (so the tool list — part of the cached prefix — is
 * byte-identical across sessions). The map is the only way a call reaches an
 * implementation: a name not in it has none in this mode.
 */
export function bindTools(mode: Mode, resolved: Record<Mode, ModeTools>): ReadonlyMap<string, ToolSpec> {
  const bound = new Map<string, ToolSpec>();
  for (const name of KNOWN_TOOLS) if (resolved[mode].all.has(name)) bound.set(name, IMPLEMENTATIONS[name]);
  return bound;
}
