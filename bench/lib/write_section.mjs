// Replaces (or appends) one "## Heading" section of docs/PERFORMANCE.md with
// the text on standard input, so each benchmark owns its own section.
// Usage: node write_section.mjs FILE "## Heading" < section.md
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [file, heading] = process.argv.slice(2);
const body = readFileSync(0, 'utf8').trimEnd() + '\n';
let text = existsSync(file) ? readFileSync(file, 'utf8')
  : '# Performance\n\nFigures written by `make bench`; each section names the command that produced it. The machines are ' +
    'shared and noisy, so every figure is given next to a baseline measured in the same run.\n';
const start = text.indexOf(heading + '\n');
if (start === -1) {
  text = text.trimEnd() + '\n\n' + heading + '\n\n' + body;
} else {
  const next = text.indexOf('\n## ', start + heading.length);
  text = text.slice(0, start) + heading + '\n\n' + body + (next === -1 ? '' : text.slice(next));
}
writeFileSync(file, text);
