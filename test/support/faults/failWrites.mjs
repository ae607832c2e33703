// Preloaded into a build by tests (node --import): every write under a folder whose name contains
// FAULT_PATH fails with the system error FAULT_CODE (ENOSPC: a full disk; EACCES: no permission),
// as the kernel would report it. Node's built-in ESM exports are synced, so Eleventy's imports see it.
import fs from "node:fs";
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

const { FAULT_PATH: fragment, FAULT_CODE: code = "ENOSPC", FAULT_CALL: call = "writeFile" } = process.env;
const MESSAGES = { ENOSPC: "no space left on device", EACCES: "permission denied", EPERM: "operation not permitted" };

function fault(path) {
  const error = new Error(`${code}: ${MESSAGES[code] ?? "fault"}, open '${path}'`);
  Object.assign(error, { code, errno: -28, syscall: "open", path: String(path) });
  return error;
}

const failing = (original) =>
  async function (path, ...rest) {
    if (fragment && String(path).includes(fragment)) throw fault(path);
    return original.call(this, path, ...rest);
  };
const failingSync = (original) =>
  function (path, ...rest) {
    if (fragment && String(path).includes(fragment)) throw fault(path);
    return original.call(this, path, ...rest);
  };

fsp[call] = failing(fsp[call]);
if (typeof fs[`${call}Sync`] === "function") fs[`${call}Sync`] = failingSync(fs[`${call}Sync`]);
syncBuiltinESMExports();
