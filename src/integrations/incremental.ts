// Astro's incremental build (experimental.incrementalBuild) re-renders a page when its cache key or the
// code its route depends on changed. The route's code includes every module it imports, dynamic imports
// too: the lists of generated MDX files (src/site/content-index.ts) would make any added or edited page
// a change of every page's code. That module is marked as content data, as Astro marks its own content
// modules (astro/dist/content/vite-plugin-content-imports.js), which the route hash leaves out
// (astro/dist/core/build/plugins/plugin-incremental.js, `isContentDataIncrementalModule`); what a page
// renders of that data is in its cache key, which the build writes (src/mdx/index.ts, keys.json).
import type { AstroIntegration } from 'astro';

const contentIndex = /\/src\/site\/content-index\.ts$/;

export default function incrementalIntegration(): AstroIntegration {
  return {
    name: 'casefile:incremental',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
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
            ],
          },
        });
      },
    },
  };
}
