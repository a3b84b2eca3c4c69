// The code's own text: a pattern written through another program's string escapes once carried a backspace character
// where a word boundary ("\b") was meant, and matched nothing for sessions. No control character belongs in the code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(?:ts|mts|astro|mjs|js)$/u.test(name) ? [full] : [];
  });
}

describe('source text', () => {
  it('holds no control character but tabs and line ends', () => {
    const found = [...files('src'), ...files('scripts')].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, at) => (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(line) ? [`${file}:${at + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
