// Every test run keeps its temporary folders (the many small dossiers the tests build) under one scratch folder that
// tests/global-setup.ts makes and removes when the run ends, so that nothing piles up in the system's temporary folder.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it("gives the test files the run's own temporary folder, which the builds they spawn inherit", () => {
  expect(path.basename(tmpdir())).toMatch(/^casefile-tests-/);
  expect(process.env.TMPDIR).toBe(tmpdir());
});
