// Rebuilds that cost what changed, on Astro's side. Two Vite plugins:
//
// - Astro's incremental build (experimental.incrementalBuild) re-renders a page when its cache key or the
//   code its route depends on changed. The route's code includes every module it imports, dynamic imports
//   too: the lists of generated MDX files (src/site/content-index.ts) would make any added or edited page
//   a change of every page's code. That module is marked as content data, as Astro marks its own content
//   modules (astro/dist/content/vite-plugin-content-imports.js), which the route hash leaves out
//   (astro/dist/core/build/plugins/plugin-incremental.js, `isContentDataIncrementalModule`); what a page
//   renders of that data is in its cache key, which the build writes (src/mdx/index.ts, keys.json).
// - The incremental build skips rendering, not bundling: every MDX page is compiled again by
//   @astrojs/mdx on each build. Its output for an unchanged file is kept in .cache/mdx/, by a digest of
//   the file's path and text and of package-lock.json, and a compiled page is read back instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const contentIndex = /\/src\/site\/content-index\.ts$/;

interface Compiled {
  code: string;
  map: unknown;
  meta: unknown;
}

type TransformHandler = (this: unknown, code: string, id: string) => Promise<Compiled | null | undefined>;

export default function incrementalIntegration(): AstroIntegration {
  return {
    name: 'casefile:incremental',
    hooks: {
      'astro:config:setup': ({ updateConfig, config, command }) => {
        const root = fileURLToPath(config.root);
        const folder = path.join(fileURLToPath(config.cacheDir), 'mdx');
        // `npm run build -- --force` compiles every page again (and keeps the results for the next build).
        const fresh = process.env.CASEFILE_FORCE === '1';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'casefile:content-index-as-data',
                enforce: 'post',
                transform(code: string, id: string) {
                  if (!contentIndex.test(id)) return null;
                  return { code, map: null, meta: { astroIncremental: { kind: 'content-data' } } };
                },
              },
              ...(command === 'build' ? [compiledMdxCache(root, folder, fresh)] : []),
            ],
          },
        });
      },
    },
  };
}

/** Wraps @astrojs/mdx's transform: a file compiled before, with the same text, is read back. */
function compiledMdxCache(root: string, folder: string, fresh: boolean) {
  const used = new Set<string>();
  // The installed packages, @astrojs/mdx and what it compiles with among them.
  const packages = readFileSync(path.join(root, 'package-lock.json'), 'utf8');
  return {
    name: 'casefile:compiled-mdx-cache',
    configResolved(resolved: { plugins: readonly { name: string; transform?: unknown }[] }) {
      const mdx = resolved.plugins.find((plugin) => plugin.name === '@mdx-js/rolldown');
      const transform = mdx?.transform as { handler: TransformHandler } | undefined;
      if (!transform?.handler) return;
      const compile = transform.handler;
      transform.handler = async function (this: unknown, code: string, id: string) {
        const key = createHash('sha256').update(packages).update('\0').update(id).update('\0').update(code).digest('hex').slice(0, 40);
        const file = path.join(folder, `${key}.json`);
        used.add(`${key}.json`);
        if (!fresh) {
          try {
            return JSON.parse(readFileSync(file, 'utf8')) as Compiled;
          } catch {
            // Not compiled before: compile below.
          }
        }
        const compiled = await compile.call(this, code, id);
        if (compiled) {
          mkdirSync(folder, { recursive: true });
          writeFileSync(`${file}.tmp`, JSON.stringify(compiled));
          renameSync(`${file}.tmp`, file);
        }
        return compiled;
      };
    },
    buildEnd() {
      // Pages no longer built leave their compiled copies: dropped, once this build has compiled its pages.
      if (used.size === 0) return;
      for (const name of readdirSync(folder).filter((entry) => !used.has(entry))) rmSync(path.join(folder, name), { force: true });
    },
  };
}
