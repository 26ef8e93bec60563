// Runs a script's `main()` when the script is the process's entry point: its exit code, or 2
// with the error's message when it throws (an unusable setup, not a verdict).
import { pathToFileURL } from "node:url";

/**
 * @param {string} moduleUrl the script's import.meta.url
 * @param {string} name the prefix of its error messages
 * @param {() => Promise<number>} main
 */
export function runWhenMain(moduleUrl, name, main) {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? "").href) return;
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
