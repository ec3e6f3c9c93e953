import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { OtpInput } from '../../../src/components/otp-input';

const textbox = () => screen.getByRole<HTMLInputElement>('textbox');

describe('<OtpInput> (jsdom)', () => {
  it('is one labelled textbox with the one-time-code attributes', () => {
    render(<OtpInput name="code" />);
    const input = textbox();
    expect(input).toHaveAccessibleName('Verification code');
    expect(input).toHaveAccessibleDescription('6 digits');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('maxlength', '6');
    expect(input).toHaveAttribute('name', 'code');
    expect(input).toHaveAttribute('enterkeyhint', 'done');
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });

  it('uses inputmode=text and says "characters" for alphanumeric codes', () => {
    render(<OtpInput pattern="alphanumeric" length={8} />);
    expect(textbox()).toHaveAttribute('inputmode', 'text');
    expect(textbox()).toHaveAccessibleDescription('8 characters');
  });

  it('draws non-focusable slots with data-part and state attributes', () => {
    const { container } = render(<OtpInput defaultValue="12" invalid disabled />);
    const slots = container.querySelectorAll('[data-part="slot"]');
    expect(slots).toHaveLength(6);
    for (const slot of slots) {
      expect(slot).not.toHaveAttribute('tabindex');
      expect(slot).toHaveAttribute('aria-hidden', 'true');
      expect(slot).toHaveAttribute('data-invalid');
      expect(slot).toHaveAttribute('data-disabled');
    }
    expect(slots[0]).toHaveAttribute('data-filled');
    expect(slots[2]).not.toHaveAttribute('data-filled');
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-invalid');
    expect(textbox()).toHaveAttribute('data-invalid');
  });

  it('wires aria-invalid and aria-describedby to the error message', () => {
    render(<OtpInput error="Wrong code" aria-describedby="extra" />);
    const input = textbox();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids).toContain('extra');
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain('Wrong code');
  });

  it('uses a visible label when given one', () => {
    render(<OtpInput label="Code from your email" />);
    expect(textbox()).toHaveAccessibleName('Code from your email');
  });

  it('masks the characters but keeps the value', () => {
    const { container } = render(<OtpInput mask defaultValue="1234" />);
    expect(container.querySelector('[data-part="field"]')!.textContent).toBe('••••');
    expect(textbox()).toHaveValue('1234');
  });

  it('applies classNames per part, and custom slots through render and OtpInput.Slot', () => {
    const { container, unmount } = render(
      <OtpInput defaultValue="7" classNames={{ root: 'r', slot: 's', field: 'f', input: 'i' }} separatorAfter={3} />,
    );
    expect(container.querySelector('.r')).toHaveAttribute('data-part', 'root');
    expect(container.querySelectorAll('.s')).toHaveLength(6);
    expect(container.querySelector('.f')).toHaveAttribute('data-part', 'field');
    expect(container.querySelector('.i')).toBe(textbox());
    expect(container.querySelectorAll('[data-part="separator"]')).toHaveLength(1);
    unmount();

    render(<OtpInput length={4} defaultValue="42" render={({ slots }) => slots.map((s) => <i key={s.index}>{s.char ?? '_'}</i>)} />);
    expect(document.querySelector('[data-part="field"]')!.textContent).toBe('42__');
  });

  it('OtpInput.Slot and OtpInput.Separator draw custom layouts from the render prop', () => {
    render(
      <OtpInput
        length={4}
        defaultValue="98"
        classNames={{ slot: 'never-used-by-custom-render' }}
        render={({ slots }) => [
          <OtpInput.Slot key={0} {...slots[0]!} />,
          <OtpInput.Slot key={1} {...slots[1]!}>{(slot) => <b>[{slot.char}]</b>}</OtpInput.Slot>,
          <OtpInput.Separator key="sep" />,
          ...slots.slice(2).map((s) => <OtpInput.Slot key={s.index} {...s} className="custom" />),
        ]}
      />,
    );
    const field = document.querySelector('[data-part="field"]')!;
    expect(field.textContent).toBe('9[8]–');
    expect(field.querySelectorAll('[data-part="slot"]')).toHaveLength(4);
    expect(field.querySelectorAll('.custom')).toHaveLength(2);
    expect(field.querySelector('[data-part="slot"]')).toHaveAttribute('data-filled');
  });

  it('drops disallowed characters from a change and keeps the rest', () => {
    const onChange = vi.fn();
    render(<OtpInput onChange={onChange} />);
    fireEvent.change(textbox(), { target: { value: '1a2😀3' } });
    expect(textbox()).toHaveValue('123');
    expect(onChange).toHaveBeenLastCalledWith('123');
  });

  it('treats a null or undefined value as uncontrolled and keeps typed text', () => {
    const { rerender } = render(<OtpInput value={null} />);
    fireEvent.change(textbox(), { target: { value: '12' } });
    expect(textbox()).toHaveValue('12');
    rerender(<OtpInput value={undefined} />);
    expect(textbox()).toHaveValue('12');
  });

  it('throws a clear error in development for a length outside 4–8', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<OtpInput length={3} />)).toThrow('OtpInput length must be an integer from 4 to 8, got 3');
    vi.mocked(console.error).mockRestore();
  });

  it('calls requestSubmit on the enclosing form when autoSubmit is on', () => {
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <OtpInput autoSubmit length={4} />
      </form>,
    );
    fireEvent.change(textbox(), { target: { value: '123' } });
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(textbox(), { target: { value: '1234' } });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('fires onComplete exactly once per completion, for any sequence of values', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9]{0,4}$/), { maxLength: 25 }), (values) => {
        const onComplete = vi.fn();
        const { rerender, unmount } = render(<OtpInput length={4} value="" onComplete={onComplete} />);
        let expected = 0;
        let previous = '';
        for (const value of values) {
          rerender(<OtpInput length={4} value={value} onComplete={onComplete} />);
          if (value.length === 4 && value !== previous) expected += 1;
          previous = value;
        }
        expect(onComplete).toHaveBeenCalledTimes(expected);
        unmount();
      }),
      { numRuns: 60 },
    );
  });

  it('does not fire onComplete for a complete initial value', () => {
    const onComplete = vi.fn();
    render(<OtpInput defaultValue="123456" onComplete={onComplete} />);
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('works with react-hook-form register(); the ref is the real input', async () => {
    let submitted: string | undefined;
    let focusField: () => void = () => {};
    function Form() {
      const { register, handleSubmit, setFocus } = useForm<{ code: string }>();
      focusField = () => setFocus('code');
      return (
        <form onSubmit={handleSubmit((d) => void (submitted = d.code))}>
          <OtpInput {...register('code')} />
          <button type="submit">Go</button>
        </form>
      );
    }
    render(<Form />);
    fireEvent.change(textbox(), { target: { value: '12-34 56' } });
    // setFocus focuses on the next task.
    act(() => focusField());
    await waitFor(() => expect(document.activeElement).toBe(textbox()));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Go' })));
    expect(submitted).toBe('123456');
  });

  it('works with {...field} from a react-hook-form Controller', async () => {
    let submitted: string | undefined;
    function Form() {
      const { control, handleSubmit } = useForm<{ code: string }>({ defaultValues: { code: '' } });
      return (
        <form onSubmit={handleSubmit((d) => void (submitted = d.code))}>
          <Controller control={control} name="code" render={({ field }) => <OtpInput {...field} />} />
          <button type="submit">Go</button>
        </form>
      );
    }
    render(<Form />);
    fireEvent.change(textbox(), { target: { value: '654321' } });
    expect(textbox()).toHaveValue('654321');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Go' })));
    expect(submitted).toBe('654321');
  });

  it('controlled: the parent owns the value', () => {
    function Parent() {
      const [v, setV] = useState('12');
      return <OtpInput value={v} onChange={(next) => setV(next.slice(0, 3))} />;
    }
    render(<Parent />);
    fireEvent.change(textbox(), { target: { value: '12345' } });
    expect(textbox()).toHaveValue('123');
  });

  it('listens for WebOTP when asked, fills the code, and aborts on unmount', async () => {
    const signals: AbortSignal[] = [];
    let resolve: (c: { code: string }) => void = () => {};
    Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
    Object.defineProperty(navigator, 'credentials', {
      configurable: true,
      value: {
        get: vi.fn((opts: { signal: AbortSignal; otp: { transport: string[] } }) => {
          expect(opts.otp.transport).toEqual(['sms']);
          signals.push(opts.signal);
          return new Promise((r) => (resolve = r));
        }),
      },
    });
    const onComplete = vi.fn();
    const { unmount } = render(<OtpInput webOtp onComplete={onComplete} />);
    expect(signals).toHaveLength(1);
    await act(async () => resolve({ code: '482913' }));
    expect(textbox()).toHaveValue('482913');
    expect(onComplete).toHaveBeenCalledWith('482913');
    // Complete: the request is aborted and not restarted.
    expect(signals[0]!.aborted).toBe(true);
    unmount();
    // @ts-expect-error cleaning up the stub
    delete window.OTPCredential;
  });

  it('does nothing for webOtp where the API is missing', () => {
    render(<OtpInput webOtp />);
    expect(textbox()).toHaveValue('');
  });
});
