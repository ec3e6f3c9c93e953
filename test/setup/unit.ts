import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// waitFor/findBy wait for behaviour, never assert speed: testing-library's 1 s default fails when a
// lazy chunk (libphonenumber-js's metadata for the country list) loads slowly because many test
// workers share the machine. Same 10 s as `expect.poll` in vite.config.ts.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
