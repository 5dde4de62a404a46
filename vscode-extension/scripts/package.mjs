// `npm run package`: builds the extension and makes touchbase-VERSION.vsix
// with the language server jar inside.
//
// The jar is copied from ../server/target/touchbase.jar, which
// `mvn -B -DskipTests package` at the repository root builds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '..');
const jar = join(repo, 'server', 'target', 'touchbase.jar');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = `touchbase-${version}.vsix`;

function run(args, what) {
  console.log(`> ${what}`);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
}

function newestSource(dirs) {
  let newest = 0;
  let file = '';
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else {
        const time = statSync(path).mtimeMs;
        if (time > newest) {
          newest = time;
          file = path;
        }
      }
    }
  };
  for (const dir of dirs) {
    if (existsSync(dir)) {
      walk(dir);
    }
  }
  return { newest, file };
}

if (!existsSync(jar)) {
  console.error(
    `The language server jar is missing: ${relative(process.cwd(), jar)}\n` +
      'Build it first, at the repository root:  mvn -B -DskipTests package',
  );
  process.exit(1);
}
const sources = newestSource(['grammar', 'core', 'server'].map((m) => join(repo, m, 'src')));
if (sources.newest > statSync(jar).mtimeMs) {
  console.warn(
    `warning: ${relative(process.cwd(), sources.file)} is newer than the server jar; ` +
      'rebuild it with `mvn -B -DskipTests package` at the repository root to package the current server.',
  );
}

mkdirSync(join(root, 'server'), { recursive: true });
copyFileSync(jar, join(root, 'server', 'touchbase.jar'));
console.log(`> copied ${relative(root, jar)} to server/touchbase.jar`);

run([join(root, 'scripts', 'build-grammar.mjs')], 'grammar');
run([join(root, 'scripts', 'build.mjs'), '--production'], 'bundle');
run(
  [
    join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
    'package',
    '--no-dependencies',
    '--skip-license',
    '--allow-missing-repository',
    '--no-rewrite-relative-links',
    '--out',
    vsix,
  ],
  `vsce package --out ${vsix}`,
);
console.log(`Packaged ${vsix}. Install it with:  code --install-extension ${vsix}`);
