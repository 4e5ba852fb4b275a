/**
 * Astro integration: the browser's own import() for the widgets, without Vite's preload helper.
 *
 * Vite wraps every import() of the client code in `__vitePreload`, about 0.7 KB gzip of code that
 * fetches a lazy chunk's imports and CSS alongside it. The helper lives in the shared script every
 * page loads (src/client/site.ts), so every page paid for it on open, to speed up the few widgets
 * that have imports at all by one round trip once they are needed. Here the helper is replaced by
 * one that just calls import(): a widget's imports then arrive after the widget's own chunk.
 *
 * It would also drop a lazy chunk's CSS, which Vite would otherwise load with it; the widgets
 * import none (their styles come with the components that render them), and
 * build.modulePreload: false leaves Vite listing only CSS among a chunk's preloads, so a widget
 * that ever imports CSS shows up as a `__vite__mapDeps` table in the built code: tests/site/scripts.test.ts
 * fails on it.
 */
import type { AstroIntegration } from 'astro';

/** Vite's id of its preload helper (vite/src/node/plugins/importAnalysisBuild.ts, preloadHelperId). */
const preloadHelperId = '\0vite/preload-helper.js';

export default function plainDynamicImport(): AstroIntegration {
  return {
    name: 'plain-dynamic-import',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'plain-dynamic-import',
                apply: 'build',
                enforce: 'pre',
                // Astro sets build.modulePreload itself and rebuilds the client environment's build
                // options, so the setting goes in here, where it is merged last.
                configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
                resolveId: (id) => (id === preloadHelperId ? id : undefined),
                load: (id) => (id === preloadHelperId ? 'export const __vitePreload = (load) => load();' : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
