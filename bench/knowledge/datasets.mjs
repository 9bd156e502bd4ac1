// Where the shared data sets live, for every Node benchmark script: AIGENTFORCE_DATASETS when set, otherwise
// ../shared/datasets beside the repository (DESIGN.md); bench/lib.sh resolves the same folder for the shell scripts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
export const datasetsDir = resolve(process.env.AIGENTFORCE_DATASETS || resolve(repositoryRoot, '../shared/datasets'));

// the folder of one data set; fails with the setting to change instead of a bare ENOENT on its first file
export function dataset(name) {
  const dir = resolve(datasetsDir, name);
  if (!existsSync(dir)) throw new Error(`data set ${name} not found in ${dir}: set AIGENTFORCE_DATASETS to the data-sets folder`);
  return dir;
}
