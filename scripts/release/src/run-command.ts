import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export interface CommandOptions {
  cwd: string;
  env?: Record<string, string>;
}

export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/**
 * Variables that `pnpm run` / `npm run` give to a script about the project they run in. A nested
 * npm/pnpm call in another project must not see them. User settings (`npm_config_registry`, ...)
 * are kept.
 */
const INHERITED_SCRIPT_VARIABLE =
  /^(npm_package_|npm_lifecycle_|npm_command$|npm_execpath$|npm_node_execpath$|npm_config_user_agent$|pnpm_package_name$|pnpm_script_src_dir$)/i;

/**
 * The inherited environment without script variables, with `overrides` on top. An inherited
 * variable that differs from an override only in case (`NPM_CONFIG_REGISTRY` against
 * `npm_config_registry`) is dropped too: npm and pnpm read both spellings.
 */
function childEnvironment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const overridden = new Set(Object.keys(overrides).map((key) => key.toLowerCase()));
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!INHERITED_SCRIPT_VARIABLE.test(key) && !overridden.has(key.toLowerCase())) {
      env[key] = value;
    }
  }
  return { ...env, ...overrides };
}

/**
 * Runs a command asynchronously. It must never be synchronous: the registry under test runs in
 * this process, and a blocked event loop would leave `npm publish` waiting forever.
 */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandOutput> {
  try {
    const { stdout, stderr } = await execFileAsync(command, [...args], {
      cwd: options.cwd,
      env: childEnvironment(options.env),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr };
  } catch (error) {
    const failure = error as { code?: unknown; stdout?: string; stderr?: string };
    throw new Error(
      [
        `\`${command} ${args.join(" ")}\` failed in ${options.cwd} (exit code ${String(failure.code)})`,
        "--- stdout ---",
        failure.stdout ?? "",
        "--- stderr ---",
        failure.stderr ?? "",
      ].join("\n"),
    );
  }
}
