import {
  formatBytes,
  formatMs,
  formatNumber,
  formatRatio,
  markdownTable,
  median,
  ratio,
  replaceBenchBlock,
  rotate,
  textTable,
} from '../../../bench/lib/stats.mjs';

describe('bench helpers', () => {
  it('median: odd and even counts, ignores missing values, null when empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, null, undefined, Number.NaN, 1])).toBe(3);
    expect(median([])).toBeNull();
    expect(median([null])).toBeNull();
  });

  it('median does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('ratio: null when a side is missing or the divisor is 0', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(2, undefined)).toBeNull();
  });

  it('formats ratios, times, bytes and numbers', () => {
    expect(formatRatio(0.5234)).toBe('0.52×');
    expect(formatRatio(1)).toBe('1.00×');
    expect(formatRatio(12.34)).toBe('12.3×');
    expect(formatRatio(null)).toBe('n/a');
    expect(formatMs(1.234)).toBe('1.23 ms');
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(123.4)).toBe('123 ms');
    expect(formatMs(undefined)).toBe('n/a');
    expect(formatBytes(3456)).toBe('3\u202f456 B');
    expect(formatBytes(12)).toBe('12 B');
    expect(formatNumber(1)).toBe('1');
    expect(formatNumber(3.0208)).toBe('3.02');
    expect(formatNumber(null)).toBe('n/a');
  });

  it('rotate gives each item the first place in turn', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b']);
    expect(rotate([], 2)).toEqual([]);
  });

  it('tables', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']], ['l', 'r'])).toBe('| a | b |\n| --- | ---: |\n| 1 | 2 |');
    expect(textTable(['name', 'n'], [['x', '10']], ['l', 'r'])).toBe('name   n\n────  ──\nx     10');
  });

  describe('replaceBenchBlock', () => {
    it('replaces what is between the markers and nothing else', () => {
      const readme = '# x\n\n## Performance\n\ntext\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\n## After\n';
      expect(replaceBenchBlock(readme, 'new')).toBe('# x\n\n## Performance\n\ntext\n\n<!-- bench:start -->\nnew\n<!-- bench:end -->\n\n## After\n');
    });

    it('adds a Performance section with the markers at the end when there is none', () => {
      expect(replaceBenchBlock('# x\n\nbody\n', 'table', 'Intro.')).toBe(
        '# x\n\nbody\n\n## Performance\n\nIntro.\n\n<!-- bench:start -->\ntable\n<!-- bench:end -->\n',
      );
    });

    it('puts the markers at the end of an existing Performance section', () => {
      const readme = '# x\n\n## Performance\n\nSome words.\n\n## Next\n\nmore\n';
      expect(replaceBenchBlock(readme, 'table')).toBe(
        '# x\n\n## Performance\n\nSome words.\n\n<!-- bench:start -->\ntable\n<!-- bench:end -->\n\n## Next\n\nmore\n',
      );
    });

    it('is stable: a second write gives the same file', () => {
      const once = replaceBenchBlock('# x\n', 'table', 'Intro.');
      expect(replaceBenchBlock(once, 'table', 'Intro.')).toBe(once);
    });
  });
});
