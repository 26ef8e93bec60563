// What the numbers were measured on.
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem, platform, release } from "node:os";

export function machine() {
  const cpu = cpus();
  // Under `pnpm bench`, pnpm says which it is (npm_config_user_agent: "pnpm/10.x.y npm/? node/...")
  // and asking it again would start a second pnpm (~0.7 CPU-s).
  let pnpm = /^pnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? "")?.[1] ?? "unknown";
  if (pnpm === "unknown") {
    try {
      pnpm = execFileSync("pnpm", ["--version"], { encoding: "utf8" }).trim();
    } catch {}
  }
  return {
    date: new Date().toISOString(),
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGiB: totalmem() / 1024 ** 3,
    os: `${platform()} ${release()}`,
    node: process.version,
    pnpm,
  };
}

export const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
