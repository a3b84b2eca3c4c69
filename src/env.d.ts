/// <reference types="astro/client" />

// Plain `tsc` does not read .astro files (Astro's language tools do); type their default export for
// the TypeScript modules that import components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
