#!/usr/bin/env node
// The `amo-emu` command of the npm package: finds the native binary in the
// `@amo-emu/<platform>-<arch>` package npm installed for this machine (one of
// the optionalDependencies, picked by their `os`/`cpu`, as esbuild and Biome
// ship theirs) and runs it with this process's arguments and terminal.
// `AMO_EMU_BINARY=/path/to/amo-emu` runs that binary instead.
"use strict";

const { spawn } = require("node:child_process");
const os = require("node:os");

// The one list of platforms; scripts/npm-package builds the packages from it.
const PLATFORMS = require("../platforms.json");
const VERSION = require("../package.json").version;
const OVERRIDE = "AMO_EMU_BINARY";
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];

function fail(message) {
  process.stderr.write(`amo-emu: ${message}\n`);
  process.exit(1);
}

function resolves(request) {
  try {
    return require.resolve(request);
  } catch (e) {
    if (e && e.code === "MODULE_NOT_FOUND") return null;
    throw e;
  }
}

/** The binary to run, or a one-line error saying what to do. */
function binaryPath() {
  const override = process.env[OVERRIDE];
  if (override) return override;

  const key = `${process.platform}-${process.arch}`;
  const entry = Object.prototype.hasOwnProperty.call(PLATFORMS, key) ? PLATFORMS[key] : null;
  if (!entry) {
    fail(
      `no prebuilt binary for ${key} (there are: ${Object.keys(PLATFORMS).join(", ")}); ` +
        `build amo-emu from source with Rust (cargo install --path . in a checkout) ` +
        `and set ${OVERRIDE}=/path/to/amo-emu`,
    );
  }
  const pkg = `@amo-emu/${key}`;
  const bin = resolves(`${pkg}/bin/${entry.bin}`);
  if (!bin) {
    if (resolves(`${pkg}/package.json`)) {
      fail(`${pkg} is installed but has no bin/${entry.bin}; reinstall amo-emu, or set ${OVERRIDE}=/path/to/amo-emu`);
    }
    fail(
      `the package ${pkg}, which holds the ${key} binary, is not installed ` +
        `(npm skipped optional dependencies?); reinstall with \`npm install --include=optional\` ` +
        `(not --no-optional / --omit=optional), or set ${OVERRIDE}=/path/to/amo-emu`,
    );
  }
  const installed = require(`${pkg}/package.json`).version;
  if (installed !== VERSION) {
    process.stderr.write(
      `amo-emu: warning: ${pkg} is ${installed} but the amo-emu package is ${VERSION}; reinstall amo-emu to match them\n`,
    );
  }
  return bin;
}

function main() {
  const bin = binaryPath();
  const child = spawn(bin, process.argv.slice(2), { stdio: "inherit" });

  child.on("error", (e) => {
    const from = process.env[OVERRIDE] ? ` (set by ${OVERRIDE})` : "";
    fail(`cannot run ${bin}${from}: ${e.message}`);
  });

  // Stay alive until the binary exits, so `npx amo-emu serve` stops when the
  // server has stopped. A terminal's Ctrl-C reaches the whole foreground
  // process group, the binary included; a signal sent to this process alone
  // (a process manager, `kill <pid>`) is passed on. On Windows a console's
  // Ctrl-C reaches the binary itself and child.kill() would terminate it
  // outright, so there it is only kept from stopping this process.
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (process.platform === "win32") return;
      if (child.exitCode === null && child.signalCode === null) {
        try {
          child.kill(signal);
        } catch {
          // It exited meanwhile.
        }
      }
    });
  }

  child.on("exit", (code, signal) => {
    if (signal) {
      // Die of the same signal, so whoever started us sees it.
      for (const s of SIGNALS) process.removeAllListeners(s);
      if (process.platform !== "win32") process.kill(process.pid, signal);
      process.exit(128 + (os.constants.signals[signal] || 0));
    }
    process.exit(code === null ? 1 : code);
  });
}

main();
