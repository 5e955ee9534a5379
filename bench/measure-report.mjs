// Runs one `telltale report` in this process and prints its peak RSS, for bench/run.mjs to collect.
import { main } from "../packages/server/dist/cli/main.js";

const quiet = { stdout: () => {}, stderr: (t) => process.stderr.write(`${t}\n`) };
const code = await main(process.argv.slice(2), quiet);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ code, maxRssMb })}\n`);
