// Pure helpers for the bench: statistics and formatting. Unit-tested in test/unit/bench/.

/** Median of the finite numbers in `values`; null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

/** "0.52×"; "n/a" for null. Two significant decimals below 10, one above. */
export function formatRatio(value) {
  if (value == null || !Number.isFinite(value)) return 'n/a';
  return `${value.toFixed(value >= 10 ? 1 : 2)}×`;
}

/** "1.23 ms", "123 ms"; "n/a" for null. */
export function formatMs(value) {
  if (value == null || !Number.isFinite(value)) return 'n/a';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ms`;
}

/** "3 456 B" (exact, thin-space groups); "n/a" for null. */
export function formatBytes(value) {
  if (value == null || !Number.isFinite(value)) return 'n/a';
  return `${Math.round(value).toLocaleString('en-US').replace(/,/g, '\u202f')} B`;
}

/** Plain number with up to `digits` decimals, trailing zeros dropped: 1, 1.5, 3.02. */
export function formatNumber(value, digits = 2) {
  if (value == null || !Number.isFinite(value)) return 'n/a';
  return String(Number(value.toFixed(digits)));
}

/** `list` rotated left by `by`: the order libraries run in during run `by`. */
export function rotate(list, by) {
  if (!list.length) return [];
  const shift = ((by % list.length) + list.length) % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/** A Markdown table: `rows` are arrays of cells; `align` per column, 'l' or 'r'. */
export function markdownTable(header, rows, align = []) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A plain-text table for the terminal, columns padded; `align` as for markdownTable. */
export function textTable(header, rows, align = []) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? '')].length)));
  const pad = (cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]));
  const out = all.map((row) => row.map(pad).join('  ').trimEnd());
  out.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return out.join('\n');
}

/**
 * `readme` with `block` between `<!-- bench:start -->` and `<!-- bench:end -->`. When the markers
 * are missing they are added: inside an existing `## Performance` section (at its end), or in a
 * new `## Performance` section (with `intro` under its heading) at the end of the file. Nothing
 * else changes.
 */
export function replaceBenchBlock(readme, block, intro = '') {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const marked = `${start}\n${block.trim()}\n${end}`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i !== -1 && j > i) return readme.slice(0, i) + marked + readme.slice(j + end.length);
  const heading = /^## Performance[ \t]*$/m.exec(readme);
  if (heading) {
    const after = heading.index + heading[0].length;
    const next = readme.slice(after).search(/^#{1,2} /m);
    const at = next === -1 ? readme.length : after + next;
    const before = readme.slice(0, at).replace(/\s*$/, '');
    const rest = readme.slice(at);
    return `${before}\n\n${marked}\n${rest ? `\n${rest}` : ''}`;
  }
  const body = readme.replace(/\s*$/, '');
  return `${body}\n\n## Performance\n\n${intro ? `${intro.trim()}\n\n` : ''}${marked}\n`;
}
