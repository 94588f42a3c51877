/**
 * `npx tsx scripts/find-dead-exports.ts`: exports of our own modules that no other file imports.
 *
 * Uses the TypeScript compiler on the project's tsconfig: every import (and `export … from`) is
 * resolved to the declaration it finally names, through barrels. An export is
 * - "dead" when no other file imports it (remove it, or drop the `export` when the file uses it);
 * - "tests only" when only tests/ import it (kept when a test checks it on purpose).
 * A barrel's own re-export that nobody imports through the barrel is listed as dead too.
 * Not seen: names taken from a dynamic `import()` other than `const { a } = await import('./x')`
 * (the script lists the files that have one), and
 * default exports of WXT entrypoints and config files, which the build reads.
 * Exit status 1 when something is dead, so it can guard a branch.
 */
import { relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const OURS = /^(?:lib|components|entrypoints|modules|bin|scripts|tests)\//;
/** Files whose exports a tool reads: WXT entrypoints and config, Vitest configs. */
const READ_BY_TOOLS = /^(?:entrypoints\/|[^/]+\.config\.ts$)/;

function program(): ts.Program {
  const configPath = resolve(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(parsed.fileNames, parsed.options);
}

const rel = (file: ts.SourceFile) => relative(ROOT, file.fileName);
const isOurs = (file: ts.SourceFile) => !file.isDeclarationFile && OURS.test(rel(file));

function main(): void {
  const prog = program();
  const checker = prog.getTypeChecker();
  const files = prog.getSourceFiles().filter(isOurs);

  /** Declaration symbol → files (other than its own) that import it. */
  const importers = new Map<ts.Symbol, Set<string>>();
  /** Marks the imported name and every export it passes through (barrels) down to its declaration. */
  const use = (s: ts.Symbol | undefined, from: string) => {
    for (let target = s; target;) {
      const set = importers.get(target) ?? new Set<string>();
      set.add(from);
      importers.set(target, set);
      target =
        target.flags & ts.SymbolFlags.Alias ? checker.getImmediateAliasedSymbol(target) : undefined;
    }
  };
  const dynamic = new Set<string>();

  for (const file of files) {
    const from = rel(file);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && node.importClause) {
        const clause = node.importClause;
        if (clause.name) use(checker.getSymbolAtLocation(clause.name), from);
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamedImports(bindings))
          for (const el of bindings.elements) use(checker.getSymbolAtLocation(el.name), from);
        if (bindings && ts.isNamespaceImport(bindings)) {
          // `import * as x`: every export of that module counts as used.
          const mod = checker.getSymbolAtLocation(node.moduleSpecifier);
          if (mod) for (const e of checker.getExportsOfModule(mod)) use(e, from);
        }
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        // `const { a, b } = await import('./x')` with a literal path: a and b are used.
        const [arg] = node.arguments;
        const mod = arg && ts.isStringLiteral(arg) ? checker.getSymbolAtLocation(arg) : undefined;
        const pattern = ts.isAwaitExpression(node.parent)
          ? ts.isVariableDeclaration(node.parent.parent) && node.parent.parent.name
          : undefined;
        if (mod && pattern && ts.isObjectBindingPattern(pattern)) {
          const exports = checker.getExportsOfModule(mod);
          for (const el of pattern.elements) {
            const name = (el.propertyName ?? el.name).getText(file);
            use(
              exports.find((e) => e.name === name),
              from,
            );
          }
        } else dynamic.add(from);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  const dead: string[] = [];
  const testsOnly: string[] = [];
  for (const file of files) {
    const path = rel(file);
    if (path.startsWith('tests/') || path.startsWith('scripts/') || path.startsWith('bin/'))
      continue;
    const mod = checker.getSymbolAtLocation(file);
    if (!mod) continue;
    for (const exp of checker.getExportsOfModule(mod)) {
      if (exp.name === 'default' && READ_BY_TOOLS.test(path)) continue;
      // A re-export counts only when imported through this file; a declaration is reached by
      // every import of it, through barrels too.
      const users = new Set(importers.get(exp) ?? []);
      users.delete(path);
      const where = `${path}: ${exp.name}`;
      if (users.size === 0) dead.push(where);
      else if ([...users].every((u) => u.startsWith('tests/'))) testsOnly.push(where);
    }
  }

  const print = (title: string, items: string[]) => {
    console.log(`${title} (${items.length})`);
    for (const item of items.sort()) console.log(`  ${item}`);
  };
  print('dead: no other file imports these', dead);
  print('tests only: imported by tests/ alone', testsOnly);
  if (dynamic.size > 0) print('not checked: files with a dynamic import()', [...dynamic]);
  process.exitCode = dead.length > 0 ? 1 : 0;
}

main();
