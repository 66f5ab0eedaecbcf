import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface SourceLocation {
  /** Relative to the workspace, forward slashes. */
  file: string;
  line?: number;
}

/** `path:line[:column]` as JavaScript, TypeScript, Rust, PHP, Go and pytest's summaries write it. */
const PATH_LINE = /(?:file:\/\/|webpack:\/\/\/)?((?:[A-Za-z]:[\\/]|[\\/]|\.{1,2}[\\/])?[\w@.~+\-\\/]*[\w-]\.[A-Za-z][A-Za-z0-9]{0,7}):(\d+)(?::\d+)?/g;
/** Python tracebacks: `File "tests/test_x.py", line 25`. */
const PYTHON = /File "([^"\n]+)", line (\d+)/g;
/** .NET stack traces: `at Ns.Class.Method() in /src/Tests/CalcTests.cs:line 42`. */
const DOTNET = / in ([^\n]+?):line (\d+)/g;
/** Java and JVM frames name a class and a file, not a path: `at com.acme.CalcTest.divides(CalcTest.java:20)`. */
const JVM = /at ([\w$]+(?:\.[\w$]+)*)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g;
/** Where JVM build tools keep sources, under the workspace or one module directory down. */
const JVM_ROOTS = ['src/test/java', 'src/main/java', 'src/test/kotlin', 'src/main/kotlin', 'src/test/scala', 'src/main/scala', 'src/test/groovy', 'src/integrationTest/java', 'src/it/java'];
const MAX_MODULES = 200;

/**
 * Turns what a report says about a failure into a place in the workspace:
 * the first stack frame that names an existing file of the workspace
 * (outside node_modules), else the test's `file`/`line` attributes.
 * Reads the file system only to check that files exist, with a cache.
 */
export class FailureLocator {
  private readonly exists = new Map<string, boolean>();
  private jvmRoots: string[] | undefined;

  constructor(private readonly workspace: string) {}

  locate(text: string | undefined, file?: string, line?: number): SourceLocation | undefined {
    if (text) {
      for (const frame of frames(text)) {
        const found = frame.jvmClass ? this.jvmFile(frame.jvmClass, frame.file) : this.inWorkspace(frame.file);
        if (found) return { file: found, line: frame.line };
      }
    }
    const attributed = file ? this.inWorkspace(file) : undefined;
    return attributed ? { file: attributed, line: line !== undefined && line > 0 ? line : undefined } : undefined;
  }

  /** A path as a report wrote it, relative to the workspace, when it names an existing file there. */
  inWorkspace(path: string): string | undefined {
    const cleaned = path.replace(/^(?:file:\/\/|webpack:\/\/\/)/, '').replace(/\\/g, '/');
    if (/(^|\/)node_modules\//.test(cleaned) || cleaned.startsWith('node:')) return undefined;
    const absolute = isAbsolute(cleaned) || /^[A-Za-z]:\//.test(cleaned) ? cleaned : resolve(this.workspace, cleaned);
    const inside = relative(this.workspace, absolute);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
    return this.isFile(absolute) ? inside.split(sep).join('/') : undefined;
  }

  private jvmFile(className: string, fileName: string): string | undefined {
    const packagePath = className.split('.').slice(0, -1).join('/');
    for (const root of this.roots()) {
      const candidate = join(root, packagePath, fileName);
      if (this.isFile(candidate)) return relative(this.workspace, candidate).split(sep).join('/');
    }
    return undefined;
  }

  /** Source roots that exist: the workspace's and its modules' (one level down), found once. */
  private roots(): string[] {
    if (this.jvmRoots) return this.jvmRoots;
    let modules: string[] = [];
    try {
      modules = readdirSync(this.workspace, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
        .slice(0, MAX_MODULES)
        .map((entry) => entry.name);
    } catch {
      // An unreadable workspace has no roots.
    }
    this.jvmRoots = ['', ...modules].flatMap((module) => JVM_ROOTS.map((root) => join(this.workspace, module, root))).filter((root) => existsSync(root));
    return this.jvmRoots;
  }

  private isFile(path: string): boolean {
    let known = this.exists.get(path);
    if (known === undefined) {
      try {
        known = statSync(path).isFile();
      } catch {
        known = false;
      }
      this.exists.set(path, known);
    }
    return known;
  }
}

interface Frame {
  index: number;
  file: string;
  line: number;
  jvmClass?: string;
}

/** Candidate frames of a failure's text, in the order they appear. */
export function frames(text: string): Frame[] {
  const found: Frame[] = [];
  for (const match of text.matchAll(PYTHON)) found.push({ index: match.index, file: match[1]!, line: Number(match[2]) });
  for (const match of text.matchAll(DOTNET)) found.push({ index: match.index, file: match[1]!.trim(), line: Number(match[2]) });
  for (const match of text.matchAll(JVM)) found.push({ index: match.index, file: match[2]!, line: Number(match[3]), jvmClass: match[1]! });
  for (const match of text.matchAll(PATH_LINE)) {
    // A JVM frame's `CalcTest.java:20` is handled by its class; a bare file name elsewhere is resolved against the workspace root.
    if (!/\.(java|kt|scala|groovy)$/.test(match[1]!)) found.push({ index: match.index, file: match[1]!, line: Number(match[2]) });
  }
  return found.sort((a, b) => a.index - b.index);
}
