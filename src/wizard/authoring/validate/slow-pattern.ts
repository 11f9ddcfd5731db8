/**
 * Patterns that can backtrack catastrophically: `(a+)+b` takes seconds on 30 characters and
 * doubles with each one more, freezing the page on Continue. recheck analyses the pattern as
 * the engine runs it (whole answer, `u` flag).
 */
import { checkSync } from 'recheck';

// recheck's checkSync would start a worker that spawns its native binary or a JVM; its
// pure-JavaScript checker runs in this process, as fast here, the same on every machine.
process.env.RECHECK_SYNC_BACKEND ??= 'pure';

/** What is wrong with `pattern`'s running time, or undefined when it is linear. */
export function slowPatternProblem(pattern: string): string | undefined {
  const result = checkSync(`^(?:${pattern})$`, 'u', { timeout: 10_000 });
  if (result.status === 'safe') return undefined;
  if (result.status === 'unknown')
    return `the pattern "${pattern}" could not be proved fast to check (${result.error.kind}); simplify it`;
  return `the pattern "${pattern}" takes ${result.complexity.summary} time on some answers (for example ${result.attack.pattern}), which freezes the page; rewrite it so each character can match in only one way, for example (a+)+ as a+`;
}
