#!/usr/bin/env node
// Entry point: runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` runs via prepare).
import { main } from "../dist/cli/main.js";
await main(process.argv);
