import { render } from '@testing-library/react';
import { OtpInput } from '../../../src/components/otp-input';

// Issue 18: per-keystroke cost must not grow with the number of fields, so the page gets one
// document selectionchange listener however many fields it has (not one per field).
describe('OtpInput selectionchange listener', () => {
  it('is added once for 50 fields and removed when the last one unmounts', () => {
    // React adds its own document selectionchange listener once per document: let it do so first.
    render(<input />).unmount();
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    const count = (spy: typeof add) => spy.mock.calls.filter(([type]) => type === 'selectionchange').length;
    const { rerender, unmount } = render(
      <>
        {Array.from({ length: 50 }, (_, i) => (
          <OtpInput key={i} aria-label={`code ${i}`} />
        ))}
      </>,
    );
    expect(count(add)).toBe(1);
    rerender(<OtpInput key={0} aria-label="code 0" />);
    expect(count(remove)).toBe(0);
    unmount();
    expect(count(remove)).toBe(1);
    add.mockRestore();
    remove.mockRestore();
  });
});
