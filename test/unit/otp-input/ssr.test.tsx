import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { OtpInput } from '../../../src/components/otp-input';

describe('<OtpInput> server rendering', () => {
  it('renders to a string and hydrates without a mismatch', async () => {
    const tree = <OtpInput defaultValue="12" name="code" separatorAfter={3} />;
    const html = renderToString(tree);
    expect(html.toLowerCase()).toContain('autocomplete="one-time-code"');
    expect(html).toContain('data-part="slot"');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('input')).toHaveValue('12');
    errors.mockRestore();
    container.remove();
  });

  it('imports without touching window', async () => {
    const { execFileSync } = await import('node:child_process');
    // A plain Node process has no window: importing the module graph must not throw there.
    const out = execFileSync(
      'node',
      ['--import', 'tsx', '-e', "import('./src/entry/otp-input.ts').then(m => console.log(typeof m.OtpInput))"],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('object');
  });
});
