import { transform } from 'lightningcss';
import type { Plugin } from 'vite';
import { collapseHtml } from './collapse-html.mjs';

/**
 * Build-time size trims for the one-file bundle (every byte ships to every visitor):
 *  - css`` in *.styles.ts and src/ui/styles/: minified by Lightning CSS (comments, whitespace, shorter values);
 *  - html`` literals (nested ones too: scripts/collapse-html.mjs) and css`` literals: line breaks with indentation collapsed to one space (same rendering);
 *  - msg(…, {desc: '…'}): the translator note is only for XLIFF extraction, so it is removed;
 *  - lit-html: its Trusted Types policy is created by src/trusted-types.ts (named "resource-finder");
 *  - the JSON Schema: annotations people read (title, description, $id, and the x-fix advice, which
 *    the CLI gives) are removed; every rule stays, so the widget enforces exactly what the CLI does.
 */
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';

export function embedMinify(): Plugin {
  return {
    name: 'rf-embed-minify',
    enforce: 'pre',
    transform(code, id) {
      if (/\/lit-html\/lit-html\.js$/.test(id)) {
        // Trusted Types: Lit's policy is created through src/trusted-types.ts (renamed, and refusal contained).
        if (!code.includes(LIT_POLICY)) this.error('lit-html changed: update the Trusted Types patch in scripts/vite-embed-minify.ts');
        const helper = new URL('../src/trusted-types.ts', import.meta.url).pathname;
        return {
          code: `import { createTrustedPolicy as __rfPolicy } from ${JSON.stringify(helper)};\n` + code.replace(LIT_POLICY, 's?__rfPolicy(s):void 0'),
          map: null,
        };
      }
      if (id.endsWith('.schema.json')) {
        const schema = JSON.parse(code) as Record<string, unknown>;
        // Keep `properties` entries even when a property is *named* "description" or "title".
        const keepNames = (node: unknown, inProperties = false): unknown => {
          if (Array.isArray(node)) return node.map((n) => keepNames(n));
          if (node && typeof node === 'object') {
            return Object.fromEntries(
              Object.entries(node)
                .filter(([key]) => inProperties || !['title', 'description', '$id', '$schema', '$comment', 'x-fix'].includes(key))
                .map(([key, value]) => [key, keepNames(value, key === 'properties')]),
            );
          }
          return node;
        };
        return { code: JSON.stringify(keepNames(schema)), map: null };
      }
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let out = code.replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, '').replace(/,\s*desc:\s*"(?:[^"\\]|\\.)*"/g, '');
      if (id.endsWith('.styles.ts') || id.includes('/src/ui/styles/')) {
        // Lightning CSS (Vite's own CSS minifier) parses each body, so no value or selector can be
        // mangled the way a regex pass could. Bodies have no ${} and no backslash or backtick (checked).
        out = out.replace(/css`([\s\S]*?)`/g, (_, body: string) => {
          if (/[`\\]|\$\{/.test(body)) this.error(`${id}: css\`\` with \${}, \\ or \` cannot be minified here`);
          const css = transform({ filename: id, code: Buffer.from(body), minify: true }).code.toString();
          if (/[`\\]|\$\{/.test(css)) this.error(`${id}: minified CSS has \${}, \\ or \``);
          return 'css`' + css + '`';
        });
      } else {
        out = collapseHtml(out);
      }
      return { code: out, map: null };
    },
  };
}
