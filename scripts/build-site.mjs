// Writes dist/: the site to deploy, built from www/ (and the wasm package
// in www/pkg/). Every JavaScript and CSS file is minified on its own with
// esbuild's transform API, which bundles nothing: the modules keep their
// names, their relative imports and their `import.meta.url` look-ups, so
// dist/ has the same layout as www/ and the widget finds its stylesheet
// and wasm next to its script as it does in development. Everything else
// (HTML, wasm, icons) is copied as it is. Files of the wasm package that a
// page never loads (README, package.json, TypeScript declarations) stay
// out.
//
//   node scripts/build-site.mjs
//
// Fails, naming the file, when one cannot be minified.
import { transform } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'www');
const target = join(root, 'dist');

/** Files of www/ that the site does not serve. */
const LEFT_OUT = new Set(['.gitignore', 'README.md', 'package.json']);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (!LEFT_OUT.has(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.keep')) yield path;
  }
}

rmSync(target, { recursive: true, force: true });
let count = 0;
for (const path of files(source)) {
  const name = relative(source, path);
  const out = join(target, name);
  mkdirSync(dirname(out), { recursive: true });
  const loader = { '.js': 'js', '.css': 'css' }[extname(path)];
  if (!loader) {
    copyFileSync(path, out);
  } else {
    try {
      // format "esm" keeps import/export as they are; no target lowering,
      // the widget already needs a browser with custom elements and wasm.
      const result = await transform(readFileSync(path, 'utf8'), {
        loader,
        minify: true,
        format: loader === 'js' ? 'esm' : undefined,
        sourcefile: `www/${name}`,
      });
      writeFileSync(out, result.code);
    } catch (e) {
      console.error(`build-site: www/${name}: ${e.message}`);
      process.exit(1);
    }
  }
  count += 1;
}
console.log(`dist/: ${count} files from www/ (JavaScript and CSS minified)`);
