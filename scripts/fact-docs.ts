/**
 * What each fact and fact field means, read from the TSDoc of the fact
 * declarations (`defineFact` in `src/facts/`), for the generated
 * documentation. The words live in comments, next to the field they
 * describe, so they reach editors (on hover) and the README without adding
 * a byte to the library's bundle.
 *
 * The TypeScript checker reads `FACT_DECLARATIONS` in `src/facts/catalog.ts`:
 * each element's declaration gives the fact's description, and each property
 * of its `fields` (nested groups as dotted paths) a field's. Only the files
 * of `src/facts/` are read (imports from elsewhere are left unresolved):
 * declarations need nothing else, and it keeps the run short.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const FACTS_DIR = join(import.meta.dirname, '..', 'src', 'facts');
const CATALOG = join(FACTS_DIR, 'catalog.ts');

function fail(why: string): never {
  throw new Error(`Cannot read the fact declarations: ${why}`);
}

/** The TSDoc text of a symbol, on one line. */
function docOf(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  return ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** The declaration a catalog entry names, through its import. */
function declared(element: ts.Expression, checker: ts.TypeChecker): ts.Symbol {
  const symbol = checker.getSymbolAtLocation(element) ?? fail(`${element.getText()} is not a name`);
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** Docs of each field of `type` (a declaration's `fields`), by dotted path. */
function fieldDocs(
  type: ts.Type,
  prefix: string,
  checker: ts.TypeChecker,
  docs: Record<string, string>,
): void {
  for (const field of checker.getPropertiesOfType(type)) {
    const fieldType = checker.getTypeOfSymbol(field);
    const path = `${prefix}.${field.getName()}`;
    if (fieldType.isStringLiteral()) docs[path] = docOf(field, checker);
    else fieldDocs(fieldType, path, checker, docs);
  }
}

/**
 * Every fact's description by name, and every field's by `fact.path`, in
 * catalog order.
 */
export function readFactDocs(): Record<string, string> {
  const files = readdirSync(FACTS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(FACTS_DIR, f));
  const program = ts.createProgram(files, {
    noResolve: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(CATALOG) ?? fail('no catalog.ts');
  let list: ts.ArrayLiteralExpression | undefined;
  ts.forEachChild(source, function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'FACT_DECLARATIONS') {
      let init = node.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) {
        init = init.expression;
      }
      if (init && ts.isArrayLiteralExpression(init)) list = init;
    }
    ts.forEachChild(node, find);
  });
  if (list === undefined) fail('FACT_DECLARATIONS is not an array literal');
  const docs: Record<string, string> = {};
  for (const element of list.elements) {
    const symbol = declared(element, checker);
    const type = checker.getTypeOfSymbol(symbol);
    const nameType = checker.getTypeOfSymbol(
      type.getProperty('name') ?? fail(`${symbol.getName()} has no name`),
    );
    if (!nameType.isStringLiteral()) fail(`${symbol.getName()}'s name is not a literal`);
    const name = nameType.value;
    docs[name] = docOf(symbol, checker);
    const fields = type.getProperty('fields');
    if (fields !== undefined) fieldDocs(checker.getTypeOfSymbol(fields), name, checker, docs);
  }
  return docs;
}

/** What each fact and fact field means, by `fact` and `fact.path`. */
export const FACT_DOCS: Readonly<Record<string, string>> = readFactDocs();
