// Preloaded (node --require) by bench/scale.mjs into each generator run: writes the process's
// peak resident memory, in bytes, to the file named by USERS_API_MAX_RSS_FILE when it exits.
const { writeFileSync } = require("node:fs");

const file = process.env.USERS_API_MAX_RSS_FILE;
if (file) {
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
}
