// Where the gold annotations of the seeds are: CASEFILE_GOLD, else ../shared/gold beside this checkout
// (where the team keeps them), else the copy in tests/fixtures/gold, so that a clone anywhere can test.
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export const goldDir = path.resolve(
  process.env.CASEFILE_GOLD ?? [path.join(root, '../shared/gold'), path.join(root, 'tests/fixtures/gold')].find((folder) => existsSync(folder)) ?? path.join(root, '../shared/gold'),
);
