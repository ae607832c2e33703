import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join, relative } from "node:path";

/**
 * Calls `onChange(path, folder)` for every event under `root` (path relative to it). One
 * watcher per folder: Node 20's recursive `fs.watch` on Linux loses a file once an editor
 * has replaced it by renaming a temporary file over it (`sed -i`, vim), and misses the next save.
 */
function watchTree(root: string, onChange: (path: string, folder: boolean) => void, onEvent: () => void): void {
  const watched = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watched.has(dir)) return;
    watched.set(
      dir,
      watch(dir, (_event, name) => {
        if (!name) return;
        const path = join(dir, name);
        const folder = statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
        const wasFolder = watched.has(path);
        // A new folder (a new language) is watched too; one moved away or deleted no longer.
        if (folder) add(path);
        else if (wasFolder) forget(path);
        onChange(relative(root, path), folder || wasFolder);
        onEvent();
      }).on("error", () => watched.delete(dir)),
    );
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) add(join(dir, entry.name));
  };
  const forget = (dir: string) => {
    for (const [path, watcher] of watched) {
      if (path !== dir && !path.startsWith(`${dir}/`)) continue;
      watcher.close();
      watched.delete(path);
    }
  };
  add(root);
}

/**
 * Watches each folder; `settled()` runs once no event came for `quietMs` (a save is several
 * events: a temporary file written, then renamed).
 */
export function watchFolders(
  folders: { dir: string; onChange: (path: string, folder: boolean) => void }[],
  quietMs: number,
  settled: () => void,
): void {
  let timer: NodeJS.Timeout | undefined;
  const onEvent = () => {
    clearTimeout(timer);
    timer = setTimeout(settled, quietMs);
  };
  for (const { dir, onChange } of folders) watchTree(dir, onChange, onEvent);
}
