import '@testing-library/jest-dom/vitest';
import '../../src/theme/styles.css';
