import type { ReactNode } from 'react';
import 'verikit/styles.css';

export const metadata = { title: 'verikit + Next.js App Router', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, padding: 24, fontFamily: 'system-ui, sans-serif' }}>{children}</body>
    </html>
  );
}
