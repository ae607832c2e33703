import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join, relative } from "node:path";

/**
 * Calls `onChange(path)` for every file event under `root` (path relative to it). One
 * watcher per folder: Node 20's recursive `fs.watch` on Linux loses a file once an editor
 * has replaced it by renaming a temporary file over it (`sed -i`, vim), and misses the next save.
 */
function watchTree(root: string, onChange: (path: string) => void, onEvent: () => void): void {
  const watched = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watched.has(dir)) return;
    watched.set(
      dir,
      watch(dir, (_event, name) => {
        if (!name) return;
        const path = join(dir, name);
        // A new folder (a new language) is watched too.
        if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) add(path);
        onChange(relative(root, path));
        onEvent();
      }).on("error", () => watched.delete(dir)),
    );
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) add(join(dir, entry.name));
  };
  add(root);
}

/**
 * Watches each folder; `settled()` runs once no event came for `quietMs` (a save is several
 * events: a temporary file written, then renamed).
 */
export function watchFolders(folders: { dir: string; onChange: (path: string) => void }[], quietMs: number, settled: () => void): void {
  let timer: NodeJS.Timeout | undefined;
  const onEvent = () => {
    clearTimeout(timer);
    timer = setTimeout(settled, quietMs);
  };
  for (const { dir, onChange } of folders) watchTree(dir, onChange, onEvent);
}
